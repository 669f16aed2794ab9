import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

/*
 * Whatever a keyboard or screen-reader user does, focus lands somewhere that says what happened,
 * never on the page's body (where a screen reader says nothing and the next Tab starts over).
 */

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
const titleOf = (id: string) => bundled.events.find((e) => e.id === id)!.title;

/** Where the focused mark is drawn: its centre's x in the chart, and the chart's width. */
async function focusedMarkX(page: Page): Promise<{ x: number; width: number }> {
  return page.evaluate(() => {
    const mark = document.activeElement as SVGGraphicsElement;
    const svg = mark.closest('svg')!.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    return { x: box.x + box.width / 2 - svg.x, width: svg.width };
  });
}

test('following an "In reply to" link in the panel puts focus on the new event\'s heading, and Escape returns it to that event', async ({ page }) => {
  await page.goto('/?event=rogozin-posts-replies');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(titleOf('rogozin-posts-replies'));
  const link = panel.getByRole('button', { name: titleOf('nelson-reply-letter'), exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(titleOf('nelson-reply-letter'));
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe('nelson-reply-letter');
});

test('Next onto the last event, which disables Next, hands focus to that event\'s heading', async ({ page }) => {
  const [before, last] = bundled.events.slice(-2).map((e) => e.id);
  await page.goto(`/?event=${before}`);
  const panel = page.getByRole('complementary');
  await panel.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(titleOf(last!));
  await expect(panel.getByRole('button', { name: 'Next event' })).toBeDisabled();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
});

test('+ and − from the keyboard zoom about the focused event, which stays in view at every step', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await chart(page).locator('.event-mark[tabindex="0"]').focus();
  // The third event (25 February) sits far left of the chart's centre, where a zoom about the centre loses it.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  const start = await focusedMarkX(page);
  expect(start.x).toBeLessThan(start.width / 3);
  for (const key of ['+', '+', '+', '-', '+']) {
    await page.keyboard.press(key);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);
    const now = await focusedMarkX(page);
    expect(now.x, `after ${key}`).toBeGreaterThanOrEqual(0);
    expect(now.x, `after ${key}`).toBeLessThanOrEqual(now.width);
    // Zooming about the mark keeps it where it was, within a pixel or two of rounding.
    expect(Math.abs(now.x - start.x), `after ${key}`).toBeLessThan(3);
  }
});

test('switching between Timeline and List from the keyboard keeps focus on the view switch', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr')).toHaveCount(bundled.events.length);
  await expect(page.getByRole('button', { name: 'List', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
});

test('Back or Forward that switches the view while the focus is in the view gone puts it on the view switch, not on the page', async ({ page }) => {
  // Before, the focus on a row of the List (or an event of the chart) fell to the page's body with it.
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  await page.locator('tbody tr').nth(2).getByRole('button').focus();
  await page.goBack();
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
  await chart(page).locator('[data-event-id]').first().focus();
  await page.goForward();
  await expect(page.locator('tbody tr')).toHaveCount(bundled.events.length);
  await expect(page.getByRole('button', { name: 'List', exact: true })).toBeFocused();
});

test('Clear filters in the filter bar moves focus to the search box; the "no events" state\'s Clear to the view switch', async ({ page }) => {
  await page.goto('/?kind=letter');
  await expect(chart(page)).toBeVisible();
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('button', { name: 'Clear filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Showing ${bundled.events.length} of ${bundled.events.length} events`)).toBeVisible();
  await expect(filters.getByRole('searchbox', { name: 'Search' })).toBeFocused();

  await page.goto('/?q=zzzz-nothing');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().focus();
  await page.keyboard.press('Enter');
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
  expect(await focusedTag(page)).toBe('button');
});

test('Back after typing a search returns to the filters chosen before it, not past them', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: /^Letter, \d+ events?$/ }).click();
  await expect(page).toHaveURL(/\?kind=letter$/);
  const search = page.getByRole('region', { name: 'Filters' }).getByRole('searchbox', { name: 'Search' });
  await search.fill('nel');
  await expect(page).toHaveURL(/\?kind=letter&q=nel$/);
  // More typing after a pause replaces the search's history entry rather than adding one.
  await search.fill('nelson');
  await expect(page).toHaveURL(/\?kind=letter&q=nelson$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=letter$/);
  await expect(search).toHaveValue('');
});

test('opening a file from the keyboard focuses the notice naming it; closing it returns focus to "Open a file"', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const opening = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).focus();
  await page.keyboard.press('Enter');
  await (await opening).setFiles('tests/fixtures/open-file/letters.csv');
  const notice = page.getByRole('region', { name: 'Opened file' });
  await expect(notice).toBeFocused();
  await notice.getByRole('button', { name: 'Close the file' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a file' })).toBeFocused();
});

test('the chart is one tab stop: Tab from "Fit all" lands on an event, Shift+Tab from it goes straight back', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('event-mark'))).toBe(true);
  // Focus leaving the chart (and its focus ring going) must not make the chart itself a tab stop.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Fit all' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('event-mark'))).toBe(true);
});

test('Back that closes the panel while the focus is in it returns the focus to the event, as Close does, not to the page', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await chart(page).locator('[data-event-id="biden-sanctions"]').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await panel.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=rogozin-deorbit-warning/);
  // Next replaced the open event (timeline.spec): one Back closes the panel, on the event it showed last.
  await page.goBack();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe('rogozin-deorbit-warning');
  expect(await focusedTag(page)).toBe('g');
});

test('Escape closes a panel a shared link opened, with the focus on no element yet, and puts the focus on its event', async ({ page }) => {
  await page.goto('/?event=rogozin-posts-replies');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(titleOf('rogozin-posts-replies'));
  expect(await focusedTag(page)).toBe('body');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe('rogozin-posts-replies');
});

test('Escape on another event in the chart than the open one closes the panel and leaves the focus on the event the reader is on', async ({ page }) => {
  // Before, the focus jumped back to the panel's event, away from where the reader had arrowed to.
  await page.goto('/?event=nelson-reply-letter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(titleOf('nelson-reply-letter'));
  await chart(page).locator('.event-mark[tabindex="0"]').focus();
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  expect(await focusedId()).toBe('nelson-reply-letter');
  await page.keyboard.press('ArrowRight');
  const on = await focusedId();
  expect(on).not.toBe('nelson-reply-letter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await page.waitForTimeout(200);
  expect(await focusedId()).toBe(on);
  // On the open event itself, as before: the panel closes and the focus stays on it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeFocused();
  await chart(page).locator(`[data-event-id="${on}"]`).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(focusedId).toBe(on);
});

for (const view of ['chart', 'list'] as const) {
  test(`Enter on the open event's own ${view === 'chart' ? 'mark' : 'row'} moves the focus to its panel, and Next then keeps the focus on Next`, async ({ page }) => {
    // Before, Enter there did nothing, and the next Next took the focus away to the heading, so a second Enter did not step on.
    await page.goto(`/?event=nelson-reply-letter${view === 'list' ? '&view=list' : ''}`);
    const panel = page.getByRole('complementary');
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(titleOf('nelson-reply-letter'));
    const own = view === 'chart' ? chart(page).locator('[data-event-id="nelson-reply-letter"]') : page.getByRole('button', { name: titleOf('nelson-reply-letter'), exact: true });
    await own.focus();
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    const next = panel.getByRole('button', { name: 'Next event' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText(titleOf('campbell-reply-letter'));
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).not.toHaveText(titleOf('campbell-reply-letter'));
    await expect(next).toBeFocused();
  });
}

test('"Skip the filters", shown as it takes the focus, takes the keyboard past the filter bar to the view\'s switch, in the chart and the list', async ({ page }) => {
  // Before, the chart's first event was some 30 Tabs from the top of a wide page, 26 of them in the filter bar.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const skip = page.getByRole('button', { name: 'Skip the filters', exact: true });
  // Out of sight until focused (nothing of it is drawn where it sits): the fourth stop, after Open a file, the language and More.
  const onTop = () =>
    skip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    });
  expect(await onTop()).toBe(false);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect(await onTop()).toBe(true);
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThan(60);
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('event-mark'))).toBe(true);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'List', exact: true })).toBeFocused();
});

test('on a phone the filters are folded into one control, and there is nothing to skip', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip the filters', exact: true })).toBeHidden();
});
