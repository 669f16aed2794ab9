import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled, collectErrors, expectNoAxeViolations } from './helpers.ts';

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });
// The axis is drawn on the canvas; the overview's window says the same range in words.
const axisLabels = (page: Page) => page.getByRole('slider', { name: 'Visible window', exact: true }).getAttribute('aria-valuetext');

/** "in view" when the selected event's mark is drawn within the chart's width, else where it is. */
async function selectedMarkPlace(page: Page): Promise<string> {
  const marks = chart(page).locator('.event-mark[aria-pressed="true"]');
  if ((await marks.count()) !== 1) return 'no selected mark drawn';
  const mark = (await marks.boundingBox())!;
  const box = (await chart(page).boundingBox())!;
  const x = mark.x + mark.width / 2 - box.x;
  return x >= 0 && x <= box.width ? 'in view' : `at ${Math.round(x)} px of ${Math.round(box.width)}`;
}

/** Zoomed in four steps, the first event (out of view at this zoom) opened from the keyboard. */
async function openFirstEventZoomedIn(page: Page) {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await chart(page).locator('.event-mark[tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
}

test('wheel-zooming the chart changes the visible range and the axis unit', async ({ page }) => {
  await page.goto('/');
  const svg = chart(page);
  await expect(svg).toBeVisible();
  const before = await axisLabels(page);
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
  await expect.poll(() => axisLabels(page)).not.toEqual(before);
  await expect(page.getByText(/^Axis in (days|hours)\./)).toBeVisible();
});

test('zoom buttons zoom in and out, and Fit all restores the whole range', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const whole = await axisLabels(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await axisLabels(page);
  expect(zoomed).not.toEqual(whole);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => axisLabels(page)).not.toEqual(zoomed);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => axisLabels(page)).toEqual(whole);
});

test('the overview brush zooms when an edge is dragged and pans when the window is dragged', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const whole = await axisLabels(page);
  const end = page.getByRole('slider', { name: 'End of visible window' });
  await end.scrollIntoViewIfNeeded();
  const eb = (await end.boundingBox())!;
  await page.mouse.move(eb.x + eb.width / 2, eb.y + eb.height / 2);
  await page.mouse.down();
  await page.mouse.move(eb.x - 500, eb.y + eb.height / 2, { steps: 5 });
  await page.mouse.up();
  const zoomed = await axisLabels(page);
  expect(zoomed).not.toEqual(whole);
  const win = page.getByRole('slider', { name: 'Visible window', exact: true });
  const valueBefore = await win.getAttribute('aria-valuetext');
  const wb = (await win.boundingBox())!;
  await page.mouse.move(wb.x + wb.width / 2, wb.y + wb.height / 2);
  await page.mouse.down();
  await page.mouse.move(wb.x + wb.width / 2 + 200, wb.y + wb.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => win.getAttribute('aria-valuetext')).not.toBe(valueBefore);
  await expect.poll(() => axisLabels(page)).not.toEqual(zoomed);
});

test('the overview sliders answer Home, End, Page Up and Page Down as sliders do, and the page does not scroll under them', async ({ page }) => {
  // Before, only the arrow keys moved them: Home and End did nothing there but scroll the page.
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const win = page.getByRole('slider', { name: 'Visible window', exact: true });
  const start = page.getByRole('slider', { name: 'Start of visible window' });
  const end = page.getByRole('slider', { name: 'End of visible window' });
  const [first, last] = (await win.getAttribute('aria-valuetext'))!.split(' to ');
  await start.focus();
  // Page Up is a big step, as Shift+→ is.
  await page.keyboard.press('PageUp');
  const bigStep = await start.getAttribute('aria-valuetext');
  expect(bigStep).not.toBe(first);
  await page.keyboard.press('Home');
  await expect(start).toHaveAttribute('aria-valuetext', first!);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', bigStep!);
  await end.focus();
  await page.keyboard.press('PageDown');
  await expect(end).not.toHaveAttribute('aria-valuetext', last!);
  // The window, narrower now: End takes it to the end, Home back to the start, at the same width.
  await win.focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('End');
  await expect(end).toHaveAttribute('aria-valuetext', last!);
  await expect(start).not.toHaveAttribute('aria-valuetext', first!);
  await page.keyboard.press('Home');
  await expect(start).toHaveAttribute('aria-valuetext', first!);
  await expect(end).not.toHaveAttribute('aria-valuetext', last!);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await end.focus();
  await page.keyboard.press('End');
  await expect(end).toHaveAttribute('aria-valuetext', last!);
});

test('clicking a mark opens the panel with the Russian original and its translation', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await chart(page).getByRole('button', { name: /^Rogozin demands partners lift sanctions/ }).click();
  const panel = page.getByRole('complementary', { name: /Rogozin demands partners lift sanctions/ });
  await expect(panel).toBeVisible();
  const ru = panel.locator('blockquote[lang="ru"]');
  await expect(ru).toContainText('Роскосмос направляет письменные обращения');
  await expect(ru).toHaveAttribute('dir', 'auto');
  await expect(panel.locator('blockquote[lang="en"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\?event=rogozin-demands-letters$/);
  expect(errors).toEqual([]);
});

test('Next and Previous replace the open event in the address: Back leaves the panel, as opening it from the chart or following a reply added one entry each', async ({ page }) => {
  // Before, each Next or Previous added a history entry: Back went event by event, as many times as the reader stepped.
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await chart(page).locator('[data-event-id="rogozin-demands-letters"]').focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(page).toHaveURL(/\?event=rogozin-demands-letters$/);
  for (const name of ['Next event', 'Next event', 'Previous event', 'Next event']) {
    const was = await heading.textContent();
    await page.getByRole('button', { name }).click();
    await expect(heading).not.toHaveText(was!);
  }
  const stepped = new URL(page.url()).searchParams.get('event');
  expect(stepped).not.toBe('rogozin-demands-letters');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?event=${stepped}$`));
  // A reply followed is a link: Back returns to the event it was in.
  await page.goto('/?event=rogozin-posts-replies');
  await page.getByRole('list', { name: 'In reply to' }).getByRole('button', { name: /^CSA's Campbell replies/ }).click();
  await expect(heading).toHaveText(/^CSA's Campbell replies/);
  await page.goBack();
  await expect(page).toHaveURL(/\?event=rogozin-posts-replies$/);
  await expect(heading).toBeVisible();
});

test('zoomed in, Next walks through every event and the chart pans to keep each selected mark in view', async ({ page }) => {
  await openFirstEventZoomedIn(page);
  const seen = new Set<string>();
  const next = page.getByRole('button', { name: 'Next event' });
  for (;;) {
    const title = (await page.getByRole('heading', { level: 2 }).textContent())!;
    expect(seen.has(title), title).toBe(false);
    seen.add(title);
    await expect.poll(() => selectedMarkPlace(page), { message: title }).toBe('in view');
    if (await next.isDisabled()) break;
    await next.click();
    await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(title);
  }
  expect(seen.size).toBe(bundled.events.length);
});

test('zoomed in, each pan to the next event ends with it in view even when the window narrows or widens during the pan', async ({ page }) => {
  await openFirstEventZoomedIn(page);
  const next = page.getByRole('button', { name: 'Next event' });
  for (let i = 0; !(await next.isDisabled()); i++) {
    const title = (await page.getByRole('heading', { level: 2 }).textContent())!;
    await next.click();
    // Resized while the chart pans (400 ms): the pan goes on at the new width.
    await page.setViewportSize({ width: i % 2 ? 1280 : 1000, height: 800 });
    await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(title);
    await expect.poll(() => selectedMarkPlace(page), { message: title }).toBe('in view');
  }
});

test('an unknown ?event= id opens the default view with a short notice', async ({ page }) => {
  await page.goto('/?event=no-such-letter');
  await expect(page.getByRole('status').filter({ hasText: 'event: no event has the id "no-such-letter"' })).toBeVisible();
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('a keyboard-only reader reaches every event and opens and closes the panel with focus returned', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  // Tab until focus lands on an event mark: the chart is one tab stop.
  let onMark = false;
  for (let i = 0; i < 60 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.activeElement?.classList.contains('event-mark') ?? false);
  }
  expect(onMark).toBe(true);
  await page.keyboard.press('Home');
  const names = new Set<string>();
  for (let i = 0; i < bundled.events.length + 2; i++) {
    names.add((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
    await page.keyboard.press('ArrowRight');
  }
  for (const e of bundled.events) {
    expect([...names].some((n) => n.startsWith(`${e.title}, `)), e.title).toBe(true);
  }
  // One more Tab leaves the chart: only one mark is a tab stop.
  expect(await page.locator('.event-mark[tabindex="0"]').count()).toBe(1);
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(first);
  await page.keyboard.press('ArrowDown');
  const down = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  expect(down).not.toBe(first);
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds no violation with the panel closed and open, ${theme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/?theme=${theme}`);
      await expect(chart(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/?theme=${theme}&event=rogozin-posts-replies`);
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('the list view shows the same events and the same selection as the chart', async ({ page }) => {
  await page.goto('/?event=nelson-reply-letter');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  await expect(page.getByRole('row')).toHaveCount(bundled.events.length + 1);
  await expect(page.locator('tr[aria-selected="true"]')).toContainText('Nelson replies');
  await page.getByRole('button', { name: "CSA's Campbell replies that Canada supports the ISS program" }).click();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(chart(page).getByRole('button', { name: /^CSA's Campbell replies/ })).toHaveAttribute('aria-pressed', 'true');
});

test('?window= opens the chart on that span without filtering; zooming keeps it current, and a copied link opens the same span', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/?window=2022-03-10..2022-04-05');
  await expect(chart(page)).toBeVisible();
  await expect.poll(() => axisLabels(page)).toBe('10 Mar 2022 to 5 Apr 2022');
  // Nothing is filtered out: the window only moves the view.
  await expect(page.getByText(`Showing ${bundled.events.length} of ${bundled.events.length} events`)).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await axisLabels(page);
  expect(zoomed).not.toBe('10 Mar 2022 to 5 Apr 2022');
  // The address follows the view (without a new history entry).
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe('2022-03-10..2022-04-05');
  // The first event in view, opened from the keyboard; a date window only partly in view is fitted whole.
  await chart(page).locator('.event-mark[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  // The address catches up with the view: "9 Mar 2022 to 5 Apr 2022" is 2022-03-09..2022-04-05.
  const isoDay = (day: string) => new Date(`${day} UTC`).toISOString().slice(0, 10);
  const viewInAddress = async () => {
    const [from, to] = (await axisLabels(page))!.split(' to ');
    return new URL(page.url()).searchParams.get('window') === `${isoDay(from!)}..${isoDay(to!)}`;
  };
  await expect.poll(viewInAddress).toBe(true);
  const shown = await axisLabels(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('window')).toBe(new URL(page.url()).searchParams.get('window'));
  // The link shows the same days, with the event open.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect.poll(() => axisLabels(page)).toBe(shown);
});

test('a link with both ?event= and ?window= shows that window as it is, even where the event does not fit in it', async ({ page }) => {
  // Nelson's reply was awaited from 12 March to 2 April: a date window wider than the one linked.
  await page.goto('/?window=2022-03-16..2022-03-30&event=nelson-reply-letter');
  await expect(page.getByRole('heading', { level: 2, name: /^Nelson replies/ })).toBeVisible();
  await expect.poll(() => axisLabels(page)).toBe('16 Mar 2022 to 30 Mar 2022');
  await page.waitForTimeout(600);
  expect(await axisLabels(page)).toBe('16 Mar 2022 to 30 Mar 2022');
});

test('a view the address has not caught up with yet survives a resize: the chart does not jump back to the older ?window=', async ({ page }) => {
  await page.goto('/?window=2022-03-10..2022-04-05');
  await expect(chart(page)).toBeVisible();
  await expect.poll(() => axisLabels(page)).toBe('10 Mar 2022 to 5 Apr 2022');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await axisLabels(page);
  expect(zoomed).not.toBe('10 Mar 2022 to 5 Apr 2022');
  // Narrower before the address is written (at most every 300 ms): the chart lays out again.
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe('2022-03-10..2022-04-05');
  expect(await axisLabels(page)).toBe(zoomed);
});

test('a ?window= that goes beyond the dates is moved inside them, and a notice says to which days', async ({ page }) => {
  // The events run from 24 February to 26 July 2022: this asks for seven weeks before the first.
  await page.goto('/?window=2022-01-01..2022-03-01');
  await expect(chart(page)).toBeVisible();
  // The chart shows two months from its start, and the address says so once the chart has written it.
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe('2022-01-01..2022-03-01');
  const shown = new URL(page.url()).searchParams.get('window')!;
  expect(shown).toMatch(/^2022-02-\d\d\.\.2022-04-\d\d$/);
  const notice = page.getByRole('status').filter({ hasText: /^window:/ });
  await expect(notice).toContainText(`window: "2022-01-01..2022-03-01" goes beyond the timeline's dates (showing ${shown})`);
  // Moving the view on leaves that address behind, and the notice with it.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe(shown);
  await expect(notice).toHaveCount(0);
  // Wider than the whole timeline on both sides: all of it, said so.
  await page.goto('/?window=2021-06-01..2023-01-01');
  await expect(page.getByRole('status').filter({ hasText: 'window: "2021-06-01..2023-01-01" goes beyond the timeline\'s dates (showing the whole timeline)' })).toBeVisible();
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('status').filter({ hasText: 'window: «2021-06-01..2023-01-01» — выходит за даты хронологии (показана вся хронология)' })).toBeVisible();
});

test('a ?window= given the wrong way round, with ?from= after ?to=, says each problem once, also after the chart moved the window', async ({ page }) => {
  // Before, once the chart had moved the window inside its days, "window: … (dates swapped)" was gone
  // and only "goes beyond" remained, quoting days the reader never wrote in that order.
  await page.goto('/?window=2022-03-10..2022-01-01&from=2022-04-01&to=2022-03-01');
  await expect(chart(page)).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe('2022-03-10..2022-01-01');
  const status = page.getByRole('status');
  await expect(status.filter({ hasText: /goes beyond the timeline's dates/ })).toBeVisible();
  await page.waitForTimeout(500);
  for (const text of ['from/to: 2022-04-01 is after 2022-03-01 (dates swapped)', 'window: 2022-03-10 is after 2022-01-01 (dates swapped)', 'window: "2022-01-01..2022-03-10" goes beyond']) {
    await expect(status.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  }
});

test('a ?window= inside the From–To days opens on those days as asked, with no notice, even before the first event they hold', async ({ page }) => {
  // Before: "window: "2022-03-01..2022-03-10" goes beyond the timeline's dates (showing 2022-03-11..2022-03-21)",
  // although those days are inside the From–To the reader set.
  await page.goto('/?from=2022-03-01&to=2022-04-01&window=2022-03-01..2022-03-10');
  await expect(chart(page)).toBeVisible();
  await page.waitForTimeout(800);
  expect(new URL(page.url()).searchParams.get('window')).toBe('2022-03-01..2022-03-10');
  await expect(page.getByRole('status').filter({ hasText: /^window:|goes beyond/ })).toHaveCount(0);
  // Given the wrong way round, with From after To: each said once, and nothing about going beyond.
  await page.goto('/?window=2022-03-10..2022-03-01&from=2022-04-01&to=2022-03-01');
  await expect(chart(page)).toBeVisible();
  await page.waitForTimeout(800);
  const items = page.getByRole('status').getByRole('listitem');
  await expect(items.filter({ hasText: 'from/to: 2022-04-01 is after 2022-03-01 (dates swapped)' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'window: 2022-03-10 is after 2022-03-01 (dates swapped)' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'goes beyond' })).toHaveCount(0);
});

test('a malformed ?window= gets a notice and the whole timeline', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const whole = await axisLabels(page);
  // An impossible day (a reversed span is read, below).
  await page.goto('/?window=2022-04-05..2022-02-30');
  await expect(page.getByRole('status').filter({ hasText: 'window: "2022-04-05..2022-02-30" is not a span like 2022-03-10..2022-04-05' })).toBeVisible();
  await expect(chart(page)).toBeVisible();
  expect(await axisLabels(page)).toBe(whole);
});

test('a ?window= given the wrong way round opens on that span, swapped, with a notice, as ?from after ?to is', async ({ page }) => {
  await page.goto('/?window=2022-04-05..2022-03-10');
  const notice = page.getByRole('status').filter({ hasText: 'window: 2022-04-05 is after 2022-03-10 (dates swapped)' });
  await expect(notice).toBeVisible();
  await expect(chart(page)).toBeVisible();
  await expect.poll(() => axisLabels(page)).toBe('10 Mar 2022 to 5 Apr 2022');
  // The chart writes its view back to the address the right way round; the notice stays to be read
  // (before, it went with the address's swapped window, half a second after the page opened).
  await expect(page).toHaveURL(/[?&]window=2022-03-10\.\.2022-04-05/);
  await page.waitForTimeout(500);
  await expect(notice).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping an event opens its panel without leaving its tooltip over the chart', async ({ page }) => {
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    const first = bundled.events[0]!;
    await chart(page).locator(`[data-event-id="${first.id}"]`).tap();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(first.title);
    await expect(page.locator('.tooltip')).toHaveCount(0);
  });
});

test('a tooltip stays while the pointer moves onto it, and Escape hides it without moving the focus', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const event = bundled.events.find((e) => e.id === 'rogozin-deorbit-warning')!;
  const fitAll = page.getByRole('button', { name: 'Fit all' });
  await fitAll.focus();
  const mark = (await chart(page).locator(`[data-event-id="${event.id}"]`).boundingBox())!;
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  const tooltip = page.locator('.tooltip');
  await expect(tooltip).toContainText(event.title);
  // Down from the mark onto the tooltip, across the gap between them, then a rest on it.
  const box = (await tooltip.boundingBox())!;
  await page.mouse.move(box.x + 12, box.y + box.height / 2, { steps: 8 });
  await page.waitForTimeout(800);
  await expect(tooltip).toContainText(event.title);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(fitAll).toBeFocused();
  // Off it, and onto the mark again: it shows again.
  await page.mouse.move(mark.x + mark.width / 2, mark.y - 60);
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await expect(tooltip).toContainText(event.title);
});

test('a date filter bounds the chart: From 1 To 30 April shows April and the marks of windows reaching into it, not empty days of March or May', async ({ page }) => {
  // Before, the chart fitted the three letters' whole windows (12 March–2 April): "10 Mar 2022 to 3 May 2022".
  await page.goto('/?from=2022-04-01&to=2022-04-30');
  await expect(chart(page)).toBeVisible();
  // The letters' marks sit at their windows' middle, 23 March: the view begins there. It ends with
  // room for the 30 April mark, which names no day: before, "… to 1 May 2022", a day the reader left out.
  await expect(page.getByRole('group', { name: /^Overview of the whole range/ })).toHaveAccessibleName('Overview of the whole range; showing 23 Mar 2022 to 30 Apr 2022');
});
