import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

interface Entry {
  file: string;
  why: string;
  outcome: 'fatal' | 'partial' | 'valid';
  events: number;
  message?: string;
  /** What the app says instead, as it also reads spreadsheets (tests/shared/dataset/hostileCatalogue.test.ts). */
  loaded?: { message: string };
}

const manifest = JSON.parse(readFileSync('tests/fixtures/hostile/manifest.json', 'utf8')) as Entry[];

test.describe.configure({ timeout: 90_000 });

for (const entry of manifest) {
  test(`hostile dataset through ?data=: ${entry.why} → ${entry.outcome}`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/?data=/fixtures/hostile/${entry.file}`);
    if (entry.outcome === 'fatal') {
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible({ timeout: 60_000 });
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expect(alert.getByRole('link', { name: 'Open the bundled dataset' })).toBeVisible();
      const message = entry.loaded?.message ?? entry.message;
      if (message) await expect(alert).toContainText(message);
    } else {
      await expect(page.getByText(`Showing ${entry.events.toLocaleString('en-US')} of ${entry.events.toLocaleString('en-US')} events`)).toBeVisible({ timeout: 60_000 });
      await expect(page.getByRole('status', { name: 'Problems in the dataset' })).toHaveCount(entry.outcome === 'partial' ? 1 : 0);
    }
    // Script payloads in any string field never run.
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
}
