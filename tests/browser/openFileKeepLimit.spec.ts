import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled, expectNoAxeViolations } from './helpers.ts';
import { KEPT_FILE_BYTES } from '../../src/features/openFile/keptFiles.ts';

/** A valid dataset of one event, padded with spaces (which JSON allows) to `bytes`. */
function datasetOfSize(title: string, bytes: number): Buffer {
  const json = JSON.stringify({
    version: 1,
    title,
    actors: [{ id: 'nasa', name: 'NASA', color: '#0072B2' }],
    events: [{ id: 'one', date: '2022-03-12', kind: 'letter', from: 'nasa', to: ['nasa'], title: 'The one letter', summary: 'It is here.', sources: [{ title: 'A source', publisher: 'TASS', url: 'https://tass.com/' }] }],
  });
  return Buffer.concat([Buffer.from(json), Buffer.alloc(bytes - json.length, ' ')]);
}

async function openFile(page: Page, name: string, buffer: Buffer, title: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
}

/**
 * How many files the page has kept (keptFiles.ts's store), without creating the store: the notice
 * says nothing once a file is kept, and writing 16 MB can take seconds on a busy machine, so a
 * reload at once could come before the write (the test failed so once, in a full run).
 */
function keptFileCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'opened-files')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('opened-files');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('files').objectStore('files').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
      };
    });
  });
}

test.describe('the largest file a reload keeps (16 MB), in a browser', () => {
  test('a file of exactly 16 MB is kept: a reload shows it again', async ({ page }) => {
    await openFile(page, 'at-limit.json', datasetOfSize('At the limit', KEPT_FILE_BYTES), 'At the limit');
    await expect(page.getByRole('region', { name: 'Opened file' })).not.toContainText(/not kept|cannot keep/);
    await expect.poll(() => keptFileCount(page), { timeout: 30_000 }).toBe(1);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'At the limit' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('at-limit.json');
  });

  test('a file one byte over is shown but not kept: its notice says so, and a reload shows the bundled dataset and says to open it again', async ({ page }) => {
    await openFile(page, 'over-limit.json', datasetOfSize('Over the limit', KEPT_FILE_BYTES + 1), 'Over the limit');
    await expect(page.getByRole('region', { name: 'Opened file' })).toContainText('Files over 16 MB are not kept for a reload: reloading this page will close this one.');
    // A view of the file: a search and the list.
    await page.getByRole('searchbox', { name: 'Search' }).fill('letter');
    await expect(page).toHaveURL(/[?&]q=letter\b/);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page).toHaveURL(/[?&]view=list\b/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    // Before: "was not kept in this browser … only if this browser allows it and it is at most 16 MB", and opened again it came on a fresh view.
    await expect(page.getByRole('status').filter({ hasText: 'The file over-limit.json (16,777,217 bytes) was too large to keep for a reload: files of at most 16 MB are kept. Open it again to go on reading it, in the view you left.' })).toBeVisible();
    await expect(page).not.toHaveURL(/q=letter/);
    await expectNoAxeViolations(page);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a file' }).click();
    await (await choosing).setFiles({ name: 'over-limit.json', mimeType: 'application/json', buffer: datasetOfSize('Over the limit', KEPT_FILE_BYTES + 1) });
    await expect(page.getByRole('heading', { level: 1, name: 'Over the limit' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('letter');
    await expect(page).toHaveURL(/[?&]view=list\b/);
    await expect(page.getByRole('table')).toContainText('The one letter');
  });
});
