import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

/*
 * Where focus is while a file opens, and after Cancel: on something a keyboard or screen-reader
 * reader can go on from, never on the page itself (<body>), not even for a frame.
 */

/**
 * Records every moment, from `watchFocus()` on, at which focus is on <body>: after every change to
 * the page (a MutationObserver sees the page as it is once React has committed) and every frame.
 */
async function recordFocusOnBody(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { onBody: string[]; watching: boolean };
    w.onBody = [];
    w.watching = false;
    const check = (when: string) => {
      const active = document.activeElement;
      if (w.watching && (active === null || active === document.body)) w.onBody.push(`${when} at ${Math.round(performance.now())} ms`);
    };
    new MutationObserver(() => check('after a change')).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => {
      check('in a frame');
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const watchFocus = (page: Page) => page.evaluate(() => void ((window as unknown as { watching: boolean }).watching = true));
const focusOnBody = (page: Page) => page.evaluate(() => (window as unknown as { onBody: string[] }).onBody);

/** Holds back the opened file's on-demand script by `ms`: the window in which focus was lost, made wide. */
const delayOpenFileScript = (page: Page, ms: number) =>
  page.route('**/assets/openFileScript-*.js', async (route: Route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });

test('a file opened with the keyboard while its notice\'s script is on its way: focus is never on the page, and ends on the notice', async ({ page }) => {
  await recordFocusOnBody(page);
  await delayOpenFileScript(page, 800);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const button = page.getByRole('button', { name: 'Open a file' });
  await button.focus();
  const choosing = page.waitForEvent('filechooser');
  await watchFocus(page);
  await page.keyboard.press('Enter');
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opened file' })).toBeFocused();
  expect(await focusOnBody(page)).toEqual([]);
});

/** From the next load on (a reload), the browser's storage answers `ms` late: a reload's restore of the kept file takes that long. */
async function holdRestore(page: Page, ms: number) {
  await page.addInitScript(() => {
    const hold = Number(sessionStorage.getItem('hold-restore') ?? 0);
    if (!hold) return;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      // The page sets onsuccess once open() has returned: it is called `hold` ms after the real success.
      let onsuccess: ((e: Event) => void) | null = null;
      Object.defineProperty(request, 'onsuccess', { get: () => onsuccess, set: (f: ((e: Event) => void) | null) => void (onsuccess = f) });
      request.addEventListener('success', (e) =>
        setTimeout(() => {
          onsuccess?.call(request, e);
          (window as unknown as { storageAnswered: boolean }).storageAnswered = true;
        }, hold),
      );
      return request;
    };
  });
  await page.evaluate((ms) => sessionStorage.setItem('hold-restore', String(ms)), ms);
}

/** Until the file opened is kept in this browser's storage (keptFiles.ts), which a reload reads. */
const waitUntilKept = (page: Page) =>
  page.waitForFunction(async () => {
    // Opened only once the page has made it: opening a database that does not exist would make it, empty.
    if (!(await indexedDB.databases()).some((d) => d.name === 'opened-files')) return false;
    return new Promise<boolean>((resolve) => {
      const open = indexedDB.open('opened-files');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('files').objectStore('files').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result > 0);
        };
      };
    });
  });

/** Opens letters.csv over `address` with the keyboard's "Open a file", then reloads with the restore held back; focuses the restore's Cancel. */
async function reloadAndCancelRestore(page: Page, address: string, title: string, beforeReload: () => Promise<unknown> = async () => undefined) {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  await waitUntilKept(page);
  await holdRestore(page, 1500);
  await beforeReload();
  await page.reload();
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(page.getByRole('progressbar', { name: 'Opening letters.csv…' })).toBeVisible();
  await cancel.focus();
  await watchFocus(page);
  await page.keyboard.press('Enter');
  await expect(cancel).toHaveCount(0);
}

/** Once the held storage has answered the restore (cancelled by then): nothing of the file comes back. */
async function expectRestoreStaysCancelled(page: Page, title: string) {
  await page.waitForFunction(() => (window as unknown as { storageAnswered?: boolean }).storageAnswered === true);
  // letters.csv, were it read now, would be shown within a few hundred ms.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opened file' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
}

test.describe('Cancel while a reload opens the kept file again', () => {
  test('over the bundled dataset: focus goes to "Open a file", never to the page', async ({ page }) => {
    await recordFocusOnBody(page);
    await reloadAndCancelRestore(page, '/', bundled.title);
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    await expectRestoreStaysCancelled(page, bundled.title);
    expect(await focusOnBody(page)).toEqual([]);
  });

  test('over a dataset from an address still on its way: the loading state holds focus, then "Open a file" takes it, never the page', async ({ page }) => {
    await recordFocusOnBody(page);
    const data = '/fixtures/timelinejs/space-race.json';
    await reloadAndCancelRestore(page, `/?data=${data}`, 'The space race', () =>
      page.route(`**${data}`, async (route) => {
        await new Promise((r) => setTimeout(r, 2500));
        await route.continue();
      }),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    await expectRestoreStaysCancelled(page, 'The space race');
    expect(await focusOnBody(page)).toEqual([]);
  });
});

/** Storage answers `ms` late from now on, in this page (as holdRestore does from the next load on): Back's lookup of a kept file takes that long. */
const holdStorageNow = (page: Page, ms: number) =>
  page.evaluate((hold) => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      let onsuccess: ((e: Event) => void) | null = null;
      Object.defineProperty(request, 'onsuccess', { get: () => onsuccess, set: (f: ((e: Event) => void) | null) => void (onsuccess = f) });
      request.addEventListener('success', (e) => setTimeout(() => onsuccess?.call(request, e), hold));
      return request;
    };
  }, ms);

test('Forward to a view of a file kept in this browser: focus is never on the page while the file is looked up and read, and ends on its notice', async ({ page }) => {
  await recordFocusOnBody(page);
  await page.goto('/?kind=letter');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  await waitUntilKept(page);
  // Back to the view the file was opened over, of no file: the bundled dataset, focus on "Open a file".
  await page.goBack();
  await expect(page).toHaveURL(/kind=letter/);
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
  // Forward to the file's view, its lookup held back 800 ms: the window in which focus was lost, made wide.
  await holdStorageNow(page, 800);
  await watchFocus(page);
  await page.goForward();
  // Meanwhile the page's heading, naming the file (not the app), holds it: a screen reader says where the reader is; so does the tab.
  await expect(page.getByRole('heading', { level: 1, name: 'letters.csv' })).toBeFocused();
  await expect(page).toHaveTitle('Opening letters.csv…');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opened file' })).toBeFocused();
  expect(await focusOnBody(page)).toEqual([]);
});

test.describe('Retry on a dataset that could not be loaded', () => {
  /** Answers the dataset's requests with HTTP 500 until `mend()`, and then after `ms` as the server does. */
  const failUntilMended = async (page: Page, path: string, ms: number) => {
    let broken = true;
    await page.route((url) => url.pathname === path, async (route: Route) => {
      if (broken) return route.fulfill({ status: 500, body: 'boom' });
      await new Promise((r) => setTimeout(r, ms));
      return route.continue();
    });
    return () => void (broken = false);
  };

  test('pressed from the keyboard and failing again: focus is never on the page meanwhile, and ends on Retry', async ({ page }) => {
    // Before, the Retry pressed went with the error, and focus stayed on <body> through the loading and the new error.
    await recordFocusOnBody(page);
    await page.route('**/__fault/500', async (route: Route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await page.goto('/?data=/__fault/500');
    const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    await retry.focus();
    await watchFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeFocused();
    await expect(retry).toBeFocused();
    expect(await focusOnBody(page)).toEqual([]);
  });

  test('pressed from the keyboard and loading the dataset: focus is never on the page meanwhile, and ends on "Open a file"', async ({ page }) => {
    await recordFocusOnBody(page);
    const mend = await failUntilMended(page, '/fixtures/valid-minimal.json', 500);
    await page.goto('/?data=/fixtures/valid-minimal.json');
    const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    await retry.focus();
    mend();
    await watchFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Two letters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
    expect(await focusOnBody(page)).toEqual([]);
  });

  test('in an embed, pressed from the keyboard and loading the dataset: focus is never on the page meanwhile, and ends on the heading', async ({ page }) => {
    // Before, an embed has no "Open a file": the focus, held by the loading state, was left on the page's body.
    await recordFocusOnBody(page);
    const mend = await failUntilMended(page, '/fixtures/valid-minimal.json', 500);
    await page.goto('/?embed=1&lang=en&data=/fixtures/valid-minimal.json');
    const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    await retry.focus();
    mend();
    await watchFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Two letters' })).toBeFocused();
    expect(await focusOnBody(page)).toEqual([]);
  });
});
