import { readFileSync } from 'node:fs';
import { en } from '../../src/shared/i18n/catalogues/en.ts';
import { expect, test } from './fixtures.ts';

interface Entry {
  file: string;
  why: string;
  outcome: 'fatal' | 'partial' | 'valid';
  events: number;
  message?: string;
  /** What the app says or shows instead, as it also reads spreadsheets and UTF-16 (tests/shared/dataset/hostileCatalogue.test.ts). */
  loaded?: { message: string } | { outcome: 'valid'; events: number };
}

const manifest = JSON.parse(readFileSync('tests/fixtures/hostile/manifest.json', 'utf8')) as Entry[];

/** The filter bar's status with every one of `n` events shown: "Showing 1 of 1 event", "Showing 19 of 19 events". */
const allShown = (n: number) => {
  const count = n.toLocaleString('en-US');
  const form = new Intl.PluralRules('en-US').select(n) as keyof typeof en.events;
  return en.filters.showing(count, count, (en.events[form] ?? en.events.other).replace('#', count));
};

test.describe.configure({ timeout: 90_000 });

for (const entry of manifest) {
  test(`hostile dataset through ?data=: ${entry.why} → ${entry.outcome}`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/?data=/fixtures/hostile/${entry.file}`);
    // What the app does with the file: the validator's outcome, unless the app reads more of it.
    const loaded = entry.loaded && 'outcome' in entry.loaded ? entry.loaded : null;
    const outcome = loaded ? loaded.outcome : entry.outcome;
    const events = loaded ? loaded.events : entry.events;
    if (outcome === 'fatal') {
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible({ timeout: 60_000 });
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expect(alert.getByRole('link', { name: 'Open the bundled dataset' })).toBeVisible();
      const message = entry.loaded && 'message' in entry.loaded ? entry.loaded.message : entry.message;
      if (message) await expect(alert).toContainText(message);
    } else {
      await expect(page.getByText(allShown(events), { exact: true })).toBeVisible({ timeout: 60_000 });
      await expect(page.getByRole('status', { name: 'Problems in the dataset' })).toHaveCount(outcome === 'partial' ? 1 : 0);
    }
    // Script payloads in any string field never run.
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
}
