import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

/*
 * Where focus is while a file opens: on something a keyboard or screen-reader
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
