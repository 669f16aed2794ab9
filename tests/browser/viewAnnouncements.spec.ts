import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';
import { liveRecord, liveRegionsHolding, recordLiveRegions, watchLiveRegions } from './liveRegions.ts';

/*
 * What a screen reader is told when a dataset is shown, and as the reader filters it: how many
 * events the view shows and what the dataset's problems come to. The view's count and the problems
 * box are inserted with the dataset, already holding their words, which screen readers may never
 * read: they are said by a live region that was in the page, empty, before the dataset came; once
 * (the visible copies are not live).
 */

const LETTERS = '/fixtures/open-file/letters.csv';

/** Holds back the dataset at `path` by 1 s: the page shows its loading state meanwhile, with its live regions. */
const holdData = (page: Page, path: string) =>
  page.route(`**${path}`, async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });

/** What the page's live regions said, from `watchLiveRegions` on, holding `part`. */
const saidWith = async (page: Page, part: string) => (await liveRecord(page)).said.filter((s) => s.text.includes(part));

test.describe('a dataset with problems from ?data=', () => {
  test('its count and its problems are said once, by a live region in the page before the dataset came; the problems box and the count are shown, not live', async ({ page }) => {
    await recordLiveRegions(page);
    await holdData(page, LETTERS);
    await page.goto(`/?data=${LETTERS}`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
    await watchLiveRegions(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    const summary = 'Events shown: 2 of 2. The file has 1 problem; every event is shown.';
    await expect.poll(() => saidWith(page, 'Events shown')).toEqual([{ text: summary, wasThere: true, before: '' }]);
    expect(await liveRegionsHolding(page, summary)).toBe(1);
    // Shown as before, as a status (not live itself) and a line in the filter bar.
    await expect(page.getByRole('status', { name: 'Problems in the dataset' })).toContainText('The file has 1 problem; every event is shown.');
    await expect(page.getByRole('region', { name: 'Filters', exact: true }).getByRole('status')).toHaveText('Showing 2 of 2 events');
    expect(await liveRegionsHolding(page, 'The file has 1 problem')).toBe(1);
    expect(await liveRegionsHolding(page, 'Showing 2 of 2 events')).toBe(0);
    const { insertedSaying } = await liveRecord(page);
    expect(insertedSaying.filter((s) => /problem|Showing/.test(s))).toEqual([]);
  });

  test('in Russian, in its words', async ({ page }) => {
    await recordLiveRegions(page);
    await holdData(page, LETTERS);
    await page.goto(`/?lang=ru&data=${LETTERS}`);
    await expect(page.getByRole('status').filter({ hasText: 'Загрузка' })).toBeVisible();
    await watchLiveRegions(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    const summary = 'Показано событий: 2 из 2. В файле 1 проблема; показаны все события.';
    await expect.poll(() => saidWith(page, 'Показано событий')).toEqual([{ text: summary, wasThere: true, before: '' }]);
    expect(await liveRegionsHolding(page, summary)).toBe(1);
    expect(await liveRegionsHolding(page, 'В файле 1 проблема')).toBe(1);
  });
});

test('a file with problems opened with "Open a file": its count and problems are said once, by a live region that was in the page when the reader pressed it', async ({ page }) => {
  await recordLiveRegions(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles(`tests${LETTERS}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  const summary = 'Events shown: 2 of 2. The file has 1 problem; every event is shown.';
  await expect.poll(() => saidWith(page, 'The file has')).toEqual([expect.objectContaining({ text: summary, wasThere: true })]);
  expect(await liveRegionsHolding(page, 'The file has 1 problem')).toBe(1);
  const { insertedSaying } = await liveRecord(page);
  expect(insertedSaying.filter((s) => /problem|Showing/.test(s))).toEqual([]);
});

test('as the reader filters, the count is said once each time, by a live region that was there', async ({ page }) => {
  await recordLiveRegions(page);
  await page.goto(`/?data=${LETTERS}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
  await watchLiveRegions(page);
  await page.getByRole('button', { name: /^Letter, / }).click();
  await expect(page.getByText('Showing 1 of 2 events')).toBeVisible();
  await expect.poll(() => saidWith(page, 'Events shown')).toEqual([{ text: 'Events shown: 1 of 2.', wasThere: true, before: expect.any(String) }]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('Showing 2 of 2 events')).toBeVisible();
  // Without the problems this time: they were said with the dataset.
  await expect.poll(async () => (await saidWith(page, 'Events shown')).map((s) => s.text)).toEqual(['Events shown: 1 of 2.', 'Events shown: 2 of 2.']);
  expect(await liveRegionsHolding(page, 'Events shown: 2 of 2.')).toBe(1);
  expect(await liveRegionsHolding(page, 'Showing 2 of 2 events')).toBe(0);
});

test.describe('on a phone, in the filters\' sheet', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the count is said by the sheet\'s own status as the reader filters (the page outside the modal sheet is hidden from screen readers), not again by the page\'s', async ({ page }) => {
    await recordLiveRegions(page);
    await page.goto(`/?data=${LETTERS}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await page.getByRole('button', { name: /^Filters · / }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await watchLiveRegions(page);
    await sheet.getByRole('button', { name: /^Letter, / }).click();
    await expect(sheet.getByRole('status')).toHaveText('Showing 1 of 2 events');
    // Said by the sheet's status, there when the reader filtered: the one live region a screen reader is given that holds it …
    await expect.poll(() => saidWith(page, 'Showing 1 of 2')).toContainEqual({ text: 'Showing 1 of 2 events', wasThere: true, before: 'Showing 2 of 2 events' });
    expect(await liveRegionsHolding(page, '1 of 2')).toBe(1);
    // … not also written into the page's view region behind the sheet, nor once the sheet is closed.
    await sheet.getByRole('button', { name: 'Show 1 event' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: /^Filters \(1 active\) · 1 of 2 events$/ })).toBeFocused();
    expect(await saidWith(page, 'Events shown')).toEqual([]);
  });
});

test.describe('on a phone, after the filters\' sheet', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no live region is left holding the count from before the sheet: the page\'s view region does not say 2 of 2 while 1 of 2 is shown', async ({ page }) => {
    // Before, the page's view region kept "Events shown: 2 of 2." (read at the top of the page by a
    // screen reader's browse mode) after the sheet filtered the view to 1 event, until a filter changed outside it.
    await page.goto(`/?data=${LETTERS}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Letters about the station' })).toBeVisible();
    await expect.poll(() => liveRegionsHolding(page, 'Events shown: 2 of 2.')).toBe(1);
    await page.getByRole('button', { name: /^Filters · / }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.getByRole('button', { name: /^Letter, / }).click();
    await sheet.getByRole('button', { name: 'Show 1 event' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: /^Filters \(1 active\) · 1 of 2 events$/ })).toBeFocused();
    await expect.poll(() => liveRegionsHolding(page, 'Events shown: 2 of 2.')).toBe(0);
  });
});

test('switching the language says the count again in the new one: no live region is left holding the old words', async ({ page }) => {
  // Before, the page in English kept «Показано событий: 19 из 19.» in its live region until a filter changed.
  await page.goto('/?lang=ru');
  const n = bundled.events.length;
  await expect.poll(() => liveRegionsHolding(page, `Показано событий: ${n} из ${n}.`)).toBe(1);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await expect.poll(() => liveRegionsHolding(page, `Events shown: ${n} of ${n}.`)).toBe(1);
  expect(await liveRegionsHolding(page, 'Показано событий')).toBe(0);
});

test('Previous and Next, which keep the focus on the button pressed, say the event they step to, once each, by a live region that was there', async ({ page }) => {
  // Before, the heading changed with nothing said: a screen reader on Next heard nothing at all.
  await recordLiveRegions(page);
  const [a, b, c] = bundled.events.slice(3, 6).map((e) => e.title);
  await page.goto(`/?event=${bundled.events[3]!.id}`);
  const panel = page.getByRole('complementary');
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(a!);
  await watchLiveRegions(page);
  const next = panel.getByRole('button', { name: 'Next event' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(b!);
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(c!);
  await expect(next).toBeFocused();
  await panel.getByRole('button', { name: 'Previous event' }).press('Enter');
  await expect(heading).toHaveText(b!);
  const steps = async () => (await liveRecord(page)).said.filter((s) => [a, b, c].some((title) => s.text.startsWith(`${title}, `)));
  await expect.poll(async () => (await steps()).map((s) => s.text.slice(0, s.text.lastIndexOf(', ')))).toEqual([b, c, b]);
  for (const s of await steps()) {
    expect(s.wasThere).toBe(true);
    // The title, then the date the panel gives it.
    expect(s.text).toMatch(/, .*2022$/);
  }
  expect(await liveRegionsHolding(page, b!)).toBe(1);
});

test('Next onto the last event moves the focus to its heading, which says it: the live region says nothing more', async ({ page }) => {
  await recordLiveRegions(page);
  const [before, last] = bundled.events.slice(-2);
  await page.goto(`/?event=${before!.id}`);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(before!.title);
  await watchLiveRegions(page);
  await panel.getByRole('button', { name: 'Next event' }).press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: last!.title })).toBeFocused();
  await page.waitForTimeout(300);
  expect((await liveRecord(page)).said.filter((s) => s.text.includes(last!.title))).toEqual([]);
});

test('zooming from the keyboard says the axis and how many events are in view, once a step, not the instructions again each time', async ({ page }) => {
  // Before, each + or − had the chart's hint say its whole paragraph again ("… click a group or zoom
  // in to see them one by one. Scroll or pinch to zoom, drag to pan; arrow keys move between events.").
  await recordLiveRegions(page);
  await page.goto('/?data=/fixtures/generated/gen-1000.json');
  const chart = page.getByRole('group', { name: /events? in \d+ lanes?/ });
  await expect(chart).toBeVisible();
  await chart.locator('.event-mark[tabindex="0"]').focus();
  await watchLiveRegions(page);
  for (const key of ['+', '+', '-']) {
    const before = (await liveRecord(page)).said.length;
    await page.keyboard.press(key);
    await expect.poll(async () => (await liveRecord(page)).said.length).toBeGreaterThan(before);
  }
  await page.waitForTimeout(300);
  const said = (await liveRecord(page)).said.map((s) => s.text);
  expect(said).toHaveLength(3);
  for (const text of said) expect(text).toMatch(/^Axis in (years|months|days|hours)\. [\d,]+ events in view, grouped\.$/);
  // The instructions stay in the page, beside what is said.
  await expect(page.getByText('Click a group or zoom in to see them one by one. Scroll or pinch to zoom, drag to pan; arrow keys move between events.', { exact: false })).toBeVisible();
});

test('opening an event beside the chart, or switching the language, does not say the axis again; zooming does', async ({ page }) => {
  // Before, the chart narrowed by the panel said "Axis in months." as the panel's heading took the
  // focus, and a new language said the axis over the view's own count.
  await recordLiveRegions(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const chart = page.getByRole('group', { name: /events? in \d+ lanes?/ });
  await expect(chart).toBeVisible();
  await expect(page.getByText(/^Axis in days\./)).toBeVisible();
  await watchLiveRegions(page);
  await chart.locator(`[data-event-id="${bundled.events[4]!.id}"]`).click();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeFocused();
  // The axis changed its unit with the width, in words on the screen …
  await expect(page.getByText(/^Axis in months\./)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByText(/^Шкала в месяцах\./)).toBeVisible();
  await page.waitForTimeout(300);
  // … and nothing said it.
  const axisSaid = async () => (await liveRecord(page)).said.map((s) => s.text).filter((text) => /^(Axis|Шкала)/.test(text));
  expect(await axisSaid()).toEqual([]);
  await page.getByRole('button', { name: 'Увеличить', exact: true }).click();
  await expect.poll(axisSaid).toEqual([expect.stringMatching(/^Шкала в (днях|месяцах)\./)]);
});

test('dragging an overview handle says the new axis once, when the handle is let go, not at every move', async ({ page }) => {
  // Before, each pointer move of the drag settled the chart: its live region said the axis and the
  // count in view again on every move (and, at 100,000 events, each move laid the chart out anew).
  await recordLiveRegions(page);
  await page.goto('/?data=/fixtures/generated/gen-1000.json');
  await expect(page.getByRole('group', { name: /events? in \d+ lanes?/ })).toBeVisible();
  const end = page.getByRole('slider', { name: 'End of visible window' });
  await end.scrollIntoViewIfNeeded();
  const box = (await end.boundingBox())!;
  const lastDay = (await end.getAttribute('aria-valuetext'))!;
  await watchLiveRegions(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(box.x + box.width / 2 - i * 60, box.y + box.height / 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  // Held still, the handle says nothing yet; the window it shows has moved.
  await page.waitForTimeout(300);
  expect((await liveRecord(page)).said.map((s) => s.text)).toEqual([]);
  await expect(end).not.toHaveAttribute('aria-valuetext', lastDay);
  await page.mouse.up();
  await expect.poll(async () => (await liveRecord(page)).said.length).toBe(1);
  await page.waitForTimeout(300);
  const said = (await liveRecord(page)).said.map((s) => s.text);
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/^Axis in (years|months|days|hours)\. [\d,]+ events in view, grouped\.$/);
  // The address holds the new window once the drag ends.
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBeNull();
});
