import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { longTasksSince, observeLongTasks } from './helpers.ts';
import { exportCsvText } from '../../src/features/export/exportCsv.ts';
import { exportJsonText } from '../../src/features/export/exportJson.ts';
import type { Dataset } from '../../src/shared/dataset/schema.ts';
import { buildTimelineModel } from '../../src/shared/model/timelineModel.ts';

test.describe.configure({ timeout: 180_000 });

/*
 * Download › CSV and JSON of 100,000 events: each was one task of 1.1 s (CSV, 20.7 MB) and 0.6 s
 * (JSON, 48.5 MB; 4.6 s at 200,000) with nothing on the page saying so. They are built in slices
 * now: the page says what it prepares, the button is busy, no task runs long, and the files hold
 * the same bytes as the text made at once (exportCsvText, exportJsonText).
 */
test('at 100,000 events the CSV and JSON downloads say they are being prepared, freeze nothing over 200 ms, and hold every event', { tag: '@timing' }, async ({ page }, info) => {
  await observeLongTasks(page);
  await page.goto('/?data=/fixtures/generated/gen-100000.json');
  await expect(page.getByText('Showing 100,000 of 100,000 events')).toBeVisible({ timeout: 60_000 });
  const model = buildTimelineModel(JSON.parse(readFileSync('tests/fixtures/generated/gen-100000.json', 'utf8')) as Dataset);
  const downloads = page.getByRole('group', { name: 'Download', exact: true });

  for (const [format, expected] of [
    ['CSV', () => exportCsvText(model, model.events, false)],
    ['JSON', () => exportJsonText(model, model.events, false)],
  ] as const) {
    const button = downloads.getByRole('button', { name: `Download shown events as ${format}`, exact: true });
    // The export script loads on the first download: its parsing is not the export's work.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const since = await page.evaluate(() => performance.now());
    // What the group says and whether the button is busy, recorded as it changes: a fast export may be over before a poll looks.
    await downloads.evaluate((group, format) => {
      const seen: string[] = [];
      (window as unknown as { exportStates: string[] }).exportStates = seen;
      const button = group.querySelector<HTMLButtonElement>(`button[aria-label="Download shown events as ${format}"]`);
      new MutationObserver(() => {
        const state = `${group.textContent ?? ''}|busy=${button?.getAttribute('aria-busy') ?? ''}`;
        if (seen[seen.length - 1] !== state) seen.push(state);
      }).observe(group, { subtree: true, childList: true, characterData: true, attributes: true });
    }, format);
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await button.click();
    const download = await downloading;
    await expect(downloads.getByText(`${format} downloaded.`)).toBeVisible();
    await expect(button).not.toHaveAttribute('aria-busy');
    const states = await page.evaluate(() => (window as unknown as { exportStates: string[] }).exportStates);
    expect(
      states.some((s) => s.includes(`Preparing the ${format}…`) && s.endsWith('|busy=true')),
      `said "Preparing the ${format}…" with the button busy: ${states.join(' / ')}`,
    ).toBe(true);
    const path = info.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text === expected(), `${format} download equals the text made at once`).toBe(true);

    const tasks = await longTasksSince(page, since);
    expect(tasks.filter((d) => d > 200), `long tasks while the ${format} was made (ms): ${tasks.join(', ')}`).toEqual([]);
  }
});
