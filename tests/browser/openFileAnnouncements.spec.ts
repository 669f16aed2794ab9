import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';
import { liveRecord, liveRegionsHolding, recordLiveRegions, watchLiveRegions } from './liveRegions.ts';

/*
 * What the opened-file flow says to a screen reader. Screen readers reliably read a change to a
 * live region already in the page, not a region inserted already holding its text: each status is
 * to be written into a live region that was there, empty, before the reader acted; and said once
 * (its visible copy is not live).
 */

/** Opens letters.csv with "Open a file", as a reader does. */
async function openLetters(page: Page) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
}

test('"Opening letters.csv…" is said by a live region that was in the page, empty, when the reader pressed "Open a file"; once', async ({ page }) => {
  await recordLiveRegions(page);
  // Its reading held back 1.5 s: the status stays for that long.
  await page.route('**/assets/datasetWorker-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await openLetters(page);
  await expect(page.getByRole('progressbar', { name: 'Opening letters.csv…' })).toBeVisible();
  // Chromium's accessibility tree follows the page a moment later: polled, not read once.
  await expect.poll(() => liveRegionsHolding(page, 'Opening letters.csv…')).toBe(1);
  await expect(page.getByRole('region', { name: 'Opened file' })).toBeFocused();
  const { said, insertedSaying } = await liveRecord(page);
  expect(said.filter((s) => s.text.includes('Opening letters.csv…'))).toEqual([{ text: 'Opening letters.csv…', wasThere: true, before: '' }]);
  expect(insertedSaying.filter((s) => s.includes('Opening'))).toEqual([]);
});

test('"The file letters.csv was closed" (Back to a view of a file closed since) is said by a live region that was in the page; once', async ({ page }) => {
  await recordLiveRegions(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await openLetters(page);
  // An event of the file opened: a history entry of the file's view, to come back to once it is closed.
  await page.getByRole('button', { name: /^NASA says the station runs as before, / }).click();
  await expect(page).toHaveURL(/[?&]event=reply\b/);
  await page.getByRole('region', { name: 'Opened file' }).getByRole('button', { name: 'Close the file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await page.goBack();
  const closed = 'The file letters.csv was closed. Open it again to go on reading it.';
  // Shown, as a status that is not live itself …
  await expect(page.getByRole('status').filter({ hasText: closed })).toBeVisible();
  // … and said by the one live region that holds it.
  // Chromium's accessibility tree follows the page a moment later: polled, not read once.
  await expect.poll(() => liveRegionsHolding(page, closed)).toBe(1);
  const { said, insertedSaying } = await liveRecord(page);
  expect(said.filter((s) => s.text.includes('letters.csv'))).toEqual([{ text: closed, wasThere: true, before: '' }]);
  expect(insertedSaying.filter((s) => s.includes('letters.csv'))).toEqual([]);
});

test('where the browser cannot keep the file, its notice\'s "cannot keep" is said by a live region that was in the page, though the notice is shown with it; once', async ({ page }) => {
  await recordLiveRegions(page);
  // As in a browser that keeps nothing for the page: known at once, as the notice is shown.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await openLetters(page);
  const cannotKeep = 'This browser cannot keep the file for this page: a reload will close it.';
  await expect(page.getByRole('region', { name: 'Opened file' })).toContainText(cannotKeep);
  // Chromium's accessibility tree follows the page a moment later: polled, not read once.
  await expect.poll(() => liveRegionsHolding(page, cannotKeep)).toBe(1);
  const { said, insertedSaying } = await liveRecord(page);
  // In the same commit as "Opening letters.csv…" goes: the region may pass from one to the other.
  expect(said.filter((s) => s.text.includes('cannot keep'))).toEqual([expect.objectContaining({ text: cannotKeep, wasThere: true })]);
  expect(insertedSaying.filter((s) => s.includes('cannot keep'))).toEqual([]);
});
