import type { Locator, Page } from '@playwright/test';
import { enListTexts } from '../../src/shared/i18n/listTexts.ts';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';
import { generateDataset } from '../../src/shared/gen/generateDataset.ts';
import { expect, test } from './fixtures.ts';
import { bundled, expectNoAxeViolations } from './helpers.ts';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Each row's title (the button that opens the event) that reaches out of the window sideways, or is cut inside its own box. */
async function titlesOutOfView(table: Locator, width: number): Promise<string[]> {
  const out: string[] = [];
  for (const title of await table.locator('tbody').getByRole('button').all()) {
    const box = (await title.boundingBox())!;
    const cutInside = await title.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    if (box.x < 0 || box.x + box.width > width || cutInside) out.push(`${await title.textContent()}: ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`);
  }
  return out;
}

/*
 * The bundled letters' list (19 rows: a table rendered in full) in a phone's width and in the
 * smallest embed frame: the README promises an embed "fits any frame from 300×250 … without
 * horizontal scrolling". Long Russian words ("Правительство") must not hold a column open.
 */
for (const c of [
  { name: 'a 320×256 window, in English', url: '/?view=list', width: 320, height: 256, caption: enListTexts.caption },
  { name: 'a 390×844 phone, in Russian', url: '/?view=list&lang=ru', width: 390, height: 844, caption: ru.listTexts!.caption },
  { name: 'a 300×250 embed frame', url: '/?embed=1&view=list', width: 300, height: 250, caption: enListTexts.caption },
] as const) {
  test(`the list fits ${c.name}: no sideways scrolling, every title in full`, async ({ page }) => {
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.goto(c.url);
    const table = page.getByRole('table', { name: c.caption, exact: true });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody').getByRole('row')).toHaveCount(bundled.events.length);
    expect(await pageWidth(page)).toBeLessThanOrEqual(c.width);
    expect(await titlesOutOfView(table, c.width)).toEqual([]);
  });
}

test('on a 390×844 phone the reflowed list has no axe violation, still sorts, tabs row to row and opens a row with Enter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=list&lang=ru');
  const table = page.getByRole('table', { name: ru.listTexts!.caption, exact: true });
  await expect(table).toBeVisible();
  // The four column headers are still the table's, for screen readers; the date's sorts.
  for (const name of [`${ru.listTexts!.date} ${ru.listTexts!.oldestFirst}`, ru.listTexts!.fromTo, ru.listTexts!.kind, ru.listTexts!.title]) {
    await expect(table.getByRole('columnheader', { name, exact: true })).toHaveCount(1);
  }
  await expect(table.getByRole('row')).toHaveCount(bundled.events.length + 1);
  await expectNoAxeViolations(page);
  const sort = table.getByRole('button', { name: `${ru.listTexts!.date} ${ru.listTexts!.oldestFirst}`, exact: true });
  await expect(sort).toBeInViewport();
  await sort.focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: `${ru.listTexts!.date} ${ru.listTexts!.newestFirst}`, exact: true })).toHaveAttribute('aria-sort', 'descending');
  // Newest first: Tab goes to the first row's title, then the second's.
  const titles = table.locator('tbody').getByRole('button');
  await page.keyboard.press('Tab');
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(titles.nth(1)).toBeFocused();
  const second = (await titles.nth(1).textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(second);
});

/**
 * Scrolls a long (rendered on demand) list from top to bottom and returns the date and kind cells
 * of every row whose text reaches out of its cell: cut off, or hidden under the next row.
 */
async function cutDatesAndKinds(page: Page): Promise<{ rows: number; cut: string[] }> {
  return page.evaluate(async () => {
    const scroller = document.querySelector('table')!.parentElement!;
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const seen = new Set<string>();
    const cut: string[] = [];
    // A window's height at a time: every row is rendered at some step (and the rows around it).
    for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight - 1) {
      scroller.scrollTop = top;
      await frames();
      for (const row of scroller.querySelectorAll('tbody tr[data-row-id]')) {
        const id = row.getAttribute('data-row-id')!;
        if (seen.has(id)) continue;
        seen.add(id);
        for (const cell of [row.children[0]!, row.children[2]!]) {
          const box = cell.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(cell);
          // Text laid out past the cell's edges (cut off, or under the next row)…
          const out = [...range.getClientRects()].some((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1));
          // …or lines left out: the same text, at the same width with nothing clamped, is taller than what shows.
          const holder = [...cell.querySelectorAll('*')].find((el) => el.childElementCount === 0) ?? cell;
          // The width the text is laid out in, to the fraction of a pixel. Not clientWidth, which
          // rounds it: a box as wide as its text ("Press report" in 84.06 px) measured 84 px, and the
          // probe wrapped at 84 px what shows on one line, reporting a kind seen in full as cut.
          const style = getComputedStyle(holder);
          const px = (property: string) => parseFloat(style.getPropertyValue(property));
          const width = holder.getBoundingClientRect().width - px('padding-left') - px('padding-right') - px('border-left-width') - px('border-right-width');
          const probe = document.createElement('div');
          probe.textContent = cell.textContent;
          probe.style.cssText = `position: absolute; visibility: hidden; left: 0; top: 0; box-sizing: content-box; padding: 0; border: 0; width: ${width}px; height: auto; overflow: visible`;
          holder.append(probe);
          const missing = probe.getBoundingClientRect().height > holder.getBoundingClientRect().height + 1;
          probe.remove();
          if (out || missing) cut.push(`${id}: ${cell.textContent}`);
        }
      }
    }
    return { rows: seen.size, cut };
  });
}

/*
 * Past 300 events the rows are rendered on demand, all the same height: the date column must hold
 * the longest dates of the generated archive ("between 24 December 2021 and 6 January 2022",
 * "30 декабря 2022 г., 20:25 UTC") and the kind column the longest kind ("Сообщение СМИ"), without
 * cutting them ("30 December 2022, 20:2…", "между 1 и 21 января 2…", "Сообщен…"). With the panel
 * open the list is narrower; on a phone its rows are stacked, each date taking one line or two
 * (at 320 px and in a 300 px frame a few take two: the row's title has one line less).
 */
const longList = '/fixtures/generated/gen-1000.json';
for (const c of [
  { name: 'at 1280×800 with the panel open, in English', url: `/?data=${longList}&view=list&event=e5`, width: 1280, height: 800 },
  { name: 'at 1280×800 with the panel open, in Russian', url: `/?lang=ru&data=${longList}&view=list&event=e5`, width: 1280, height: 800 },
  { name: 'at 800×900, in Russian', url: `/?lang=ru&data=${longList}&view=list`, width: 800, height: 900 },
  { name: 'at 1024×768 with the panel open, in English', url: `/?data=${longList}&view=list&event=e5`, width: 1024, height: 768 },
  { name: 'on a 390×844 phone, in Russian', url: `/?lang=ru&data=${longList}&view=list`, width: 390, height: 844 },
  { name: 'on a 320×568 phone, in English', url: `/?data=${longList}&view=list`, width: 320, height: 568 },
  { name: 'in a 300×250 embed, in Russian', url: `/?embed=1&lang=ru&data=${longList}&view=list`, width: 300, height: 250 },
] as const) {
  test(`a long list shows every date and kind in full ${c.name}`, async ({ page }) => {
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.goto(c.url);
    const table = page.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '1001');
    // Rows at rest: none under the pointer or holding the focus.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const { rows, cut } = await cutDatesAndKinds(page);
    expect(rows).toBe(1000);
    expect(cut).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(c.width);
  });
}

test('at 1024×768 with the panel open, a long list\'s stacked rows leave at most one empty line under a one-line title', async ({ page }) => {
  // Before, the rows kept five lines at any width (three for the title, as on a 320 px phone): at
  // about 590 px every one-line title had two empty lines, 46 px, under it.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/?data=${longList}&view=list&event=e5`);
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  await expect(table).toHaveAttribute('data-layout', 'stacked');
  await page.mouse.move(0, 0);
  const rows = await table.locator('tbody tr[data-row-id]').evaluateAll((trs) =>
    trs.map((tr) => {
      const title = tr.querySelector<HTMLElement>('.list-title .list-clamp')!;
      const line = parseFloat(getComputedStyle(title).lineHeight);
      const t = title.getBoundingClientRect();
      return { id: tr.getAttribute('data-row-id'), lines: Math.round(t.height / line), empty: tr.getBoundingClientRect().bottom - t.bottom, line };
    }),
  );
  expect(rows.length).toBeGreaterThan(5);
  for (const r of rows.filter((r) => r.lines === 1)) expect(r.empty, r.id!).toBeLessThan(r.line * 1.5);
});

test('stacked in four lines, a row whose date takes two lines shows its title\'s two marks (unconfirmed, unsourced) whole, at rest', async ({ page }) => {
  // The title has one line there: the marks, one under the other, had two.
  const dataset = generateDataset({ events: 400, actors: 3, seed: 1 });
  Object.assign(dataset.events[0]!, { date: '2020-01-01T13:43:00+05:30', dateEnd: '2020-01-02T09:00:00+05:30', verification: { status: 'unconfirmed' }, sources: [] });
  await page.route('**/fixtures/long-dates.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.setViewportSize({ width: 600, height: 700 });
  await page.goto('/?data=/fixtures/long-dates.json&view=list');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '401');
  const row = table.locator('tbody tr[data-row-id="e0"]');
  await expect(row).toHaveAttribute('data-date-lines', '2');
  await page.mouse.move(0, 0);
  const cell = (await row.locator('td').last().locator('.list-cell').boundingBox())!;
  for (const name of ['Unconfirmed', 'Unsourced']) {
    const badge = (await row.getByText(name, { exact: true }).boundingBox())!;
    expect(badge.y + badge.height, name).toBeLessThanOrEqual(cell.y + cell.height + 0.5);
    expect(badge.x + badge.width, name).toBeLessThanOrEqual(cell.x + cell.width + 0.5);
  }
});

test('a long list, newest first, scrolls under the wheel once a row is opened, and the opened row stays selected', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?data=${longList}&view=list`);
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  await table.getByRole('button', { name: /^Date/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
  // The newest event heads the list: open it (the pointer stays over the list).
  const newest = table.locator('tbody').getByRole('button').first();
  const title = (await newest.textContent())!;
  await newest.click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
  const scroller = table.locator('xpath=..');
  const scrollTop = () => scroller.evaluate((el) => el.scrollTop);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
  await expect.poll(scrollTop).toBeGreaterThan(1000);
  const there = await scrollTop();
  await page.mouse.wheel(0, 400);
  await expect.poll(scrollTop).toBeGreaterThan(there);
  await expect(table.getByRole('button', { name: title, exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
});

/** The parts of a cell's text that cannot be seen: outside the window, or under something else. */
function hiddenText(cell: Locator): Promise<string[]> {
  return cell.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const hidden: string[] = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      for (const x of [r.left + 2, r.left + r.width / 2, r.right - 2]) {
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !el.contains(hit)) hidden.push(`${Math.round(x)},${Math.round(y)} under ${hit?.tagName ?? 'nothing'}`);
      }
    }
    return hidden;
  });
}

/*
 * In columns the date shows over the rows below; stacked (on a phone) it stays in its row, with who
 * wrote to whom and the kind under it, and the title shows over the rows below. Every cell of the
 * focused row shows in full: stacked, the date once hid who to whom, and the kind broke past the
 * list's right edge.
 */
for (const c of [
  { name: '', width: 1280, height: 800 },
  { name: ', stacked on a 320×640 phone', width: 320, height: 640 },
  { name: ', stacked in four lines at 600×700', width: 600, height: 700 },
] as const) {
  test(`a date too long for its row shows in full when the row has the keyboard focus${c.name}`, async ({ page }) => {
    // 400 events (rendered on demand), the first a window given to the minute: four lines in its column, three stacked.
    const dataset = generateDataset({ events: 400, actors: 3, seed: 1 });
    Object.assign(dataset.events[0]!, { date: '2020-01-01T13:43:00+05:30', dateEnd: '2020-01-02T09:00:00+05:30' });
    await page.route('**/fixtures/long-dates.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.goto('/?data=/fixtures/long-dates.json&view=list');
    const table = page.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '401');
    const row = table.locator('tbody tr[data-row-id="e0"]');
    const cells = row.getByRole('cell');
    await expect(cells.first()).toHaveText('between 1 January 2020, 13:43 UTC+5:30 and 2 January 2020, 09:00 UTC+5:30');
    await page.mouse.move(0, 0);
    const hiddenInRow = async () => (await Promise.all([0, 1, 2, 3].map((i) => hiddenText(cells.nth(i))))).flat();

    // Tab from the sort button to the first row's title: the whole date shows, and the rest of the row.
    await table.getByRole('button', { name: /^Date/ }).focus();
    await page.keyboard.press('Tab');
    await expect(row.getByRole('button')).toBeFocused();
    expect(await hiddenInRow()).toEqual([]);
    // Tab on to the next row and back: it shows in full again.
    await page.keyboard.press('Tab');
    await expect(table.locator('tbody tr[data-row-id]').nth(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(row.getByRole('button')).toBeFocused();
    expect(await hiddenInRow()).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(c.width);
  });
}

/*
 * A long list renders only the rows in view. The row holding the keyboard focus stays rendered when
 * Page Down, End or the wheel scroll it away: it used to be removed, taking the focus with it to the
 * page's body, so that the next Page Down scrolled the page and End did nothing in the list. Tab
 * from it goes on to the rows in view.
 */
test('in a long list the keyboard focus stays on its row through Page Down and End, and Tab goes on to the rows in view', async ({ page }) => {
  const dataset = generateDataset({ events: 1_000, actors: 3, seed: 2 });
  await page.route('**/fixtures/keyboard-list.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('/?data=/fixtures/keyboard-list.json&view=list');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  const scrollTop = () => table.evaluate((t) => t.parentElement!.scrollTop);
  const first = table.locator('tbody tr[data-row-id]').first().getByRole('button');
  const firstId = await table.locator('tbody tr[data-row-id]').first().getAttribute('data-row-id');
  await table.getByRole('button', { name: /^Date/ }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row-id') ?? document.activeElement?.tagName);

  for (let i = 1; i <= 4; i++) {
    await page.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(i * 300);
    expect(await focusedRow()).toBe(firstId);
  }
  await page.keyboard.press('End');
  await expect.poll(scrollTop).toBeGreaterThan(40_000);
  // Chromium animates a keyboard scroll: the list has reached its end (and stopped) before Tab picks the first row in view.
  await expect.poll(() => table.evaluate((t) => { const box = t.parentElement!; return box.scrollTop + box.clientHeight >= box.scrollHeight - 1; })).toBe(true);
  expect(await focusedRow()).toBe(firstId);

  // Tab: the first row in view, near the end of the list.
  await page.keyboard.press('Tab');
  const focused = page.locator('tbody tr[data-row-id] button:focus');
  await expect(focused).toBeInViewport({ ratio: 1 });
  expect(Number(await page.locator('tbody tr[data-row-id]:has(button:focus)').getAttribute('aria-rowindex'))).toBeGreaterThan(980);

  // Home, then Tab: the first row again.
  await page.keyboard.press('Home');
  await expect.poll(scrollTop).toBe(0);
  await page.keyboard.press('Tab');
  expect(await focusedRow()).toBe(firstId);
});

/*
 * Sorting a long list scrolled down: the other order starts at its top. It used to keep the scroll
 * position, showing, under "newest first", rows from the middle of the list.
 */
test('sorting a long list scrolled down shows the other order from its top', async ({ page }) => {
  const dataset = generateDataset({ events: 1_000, actors: 3, seed: 3 });
  await page.route('**/fixtures/sort-list.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('/?data=/fixtures/sort-list.json&view=list');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  const scroller = table.locator('..');
  await scroller.evaluate((el) => (el.scrollTop = 20_000));
  await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveCount(0);
  await table.getByRole('button', { name: /^Date/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  // The first row shown is the newest event.
  await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveAttribute('data-row-id', dataset.events.at(-1)!.id);
});

/*
 * "From → to" reads from the sender to the recipients whatever the names: a sender's name in Hebrew
 * turned the cell right to left (NASA and ESA → סוכנות החלל), and one with an unpaired
 * RIGHT-TO-LEFT OVERRIDE reversed the whole line (ASE dna ASAN → somsocsoR).
 */
test('the list\'s "From → to" shows the sender left of the arrow and the recipients right of it, whatever the names\' script or controls', async ({ page }) => {
  const dataset = {
    version: 1,
    title: 'Names',
    actors: [
      { id: 'nasa', name: 'NASA' },
      { id: 'isa', name: 'סוכנות החלל' },
      { id: 'ros', name: '\u202eRoscosmos' },
    ],
    events: [
      { id: 'a', date: '2022-03-01', kind: 'letter', from: 'isa', to: ['nasa'], title: 'From the Hebrew name', summary: 'S', sources: [{ title: 'T', publisher: 'P' }] },
      { id: 'b', date: '2022-03-02', kind: 'letter', from: 'ros', to: ['nasa'], title: 'From the overridden name', summary: 'S', sources: [{ title: 'T', publisher: 'P' }] },
    ],
  };
  await page.route('**/fixtures/names.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('/?data=/fixtures/names.json&view=list');
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr[data-row-id]')).toHaveCount(2);
  for (const [id, sender] of [['a', 'סוכנות החלל'], ['b', 'Roscosmos']] as const) {
    const cell = table.locator(`tbody tr[data-row-id="${id}"] td`).nth(1);
    // Where each part is drawn, left to right.
    const x = await cell.evaluate((td, parts) => {
      // The line as drawn (the sentence before it is for screen readers, visually hidden).
      const text = td.querySelector('.list-clamp > [aria-hidden="true"]')!.firstChild!;
      const value = text.textContent!;
      return parts.map((part) => {
        const range = document.createRange();
        const at = value.indexOf(part);
        range.setStart(text, at);
        range.setEnd(text, at + part.length);
        return Math.round(range.getBoundingClientRect().left);
      });
    }, [sender, '→', 'NASA']);
    expect(x[0]).toBeLessThan(x[1]!);
    expect(x[1]).toBeLessThan(x[2]!);
  }
});

test('Escape in the list closes the open panel, as in the chart, and leaves the focus on the row the reader is on', async ({ page }) => {
  // Before, Escape on a row did nothing: the panel closed only from the chart or from inside it.
  await page.goto('/?view=list&event=nelson-reply-letter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Nelson replies that export controls still allow ISS cooperation');
  const campbell = page.getByRole('button', { name: "CSA's Campbell replies that Canada supports the ISS program", exact: true });
  await campbell.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(campbell).toBeFocused();
  // From the date header too: the focus stays on it.
  await campbell.press('Enter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeFocused();
  const sort = page.getByRole('button', { name: /^Date/ });
  await sort.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(sort).toBeFocused();
});

test("the open event's row is marked by more than its pale background: its title is bold, in forced colours too", async ({ page }) => {
  // Before, only a background close to white (#e3eefb) marked it, and forced colours dropped even that.
  await page.goto('/?view=list&event=nelson-reply-letter');
  const open = page.getByRole('button', { name: 'Nelson replies that export controls still allow ISS cooperation', exact: true });
  const other = page.getByRole('button', { name: "CSA's Campbell replies that Canada supports the ISS program", exact: true });
  await expect(open).toHaveAttribute('aria-current', 'true');
  const weight = (b: Locator) => b.evaluate((el) => Number(getComputedStyle(el).fontWeight));
  expect(await weight(open)).toBeGreaterThanOrEqual(600);
  expect(await weight(other)).toBeLessThan(600);
  // Forced colours drop the background: the weight stays.
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await weight(open)).toBeGreaterThanOrEqual(600);
  expect(await weight(other)).toBeLessThan(600);
});

test('a row’s marks (unsourced, unconfirmed) are whole boxes beside or under its title, never split over two lines', async ({ page }) => {
  // Before, on a 390 px phone in Russian, «Рогозин публикует ответы партнёров» ended its line with «[Без» and
  // began the next with «источника]»: one badge broken in two, its border open at each end.
  await page.goto('/?data=/fixtures/open-file/letters.csv&view=list&lang=ru');
  const table = page.getByRole('table');
  await expect(table.getByText('Без источника')).toBeVisible();
  const split: string[] = [];
  for (let width = 300; width <= 480; width += 4) {
    await page.setViewportSize({ width, height: 844 });
    const badges = table.locator('.list-title span.rounded');
    for (const rects of await badges.evaluateAll((els) => els.map((el) => el.getClientRects().length))) if (rects !== 1) split.push(`${width} px: ${rects} boxes`);
  }
  expect(split).toEqual([]);
});

test('"Skip the list", shown as it takes the focus, takes the keyboard past a long list (every row a tab stop) to what follows it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // 1,656 letters: before, a keyboard reader pressed Tab 1,656 times to reach the downloads.
  await page.goto('/?data=/fixtures/generated/gen-10000.json&kind=letter&view=list');
  await expect(page.getByText('Showing 1,656 of 10,000 events')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Date/ })).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip the list' });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Download shown events as CSV' })).toBeFocused();
  // Shift+Tab goes back into the list, to its rows.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('tbody')).toContainText(await page.evaluate(() => document.activeElement?.textContent ?? 'none'));
});

/*
 * The list's order is in the address (?sort=newest), as every other choice of the reader's is:
 * before, it was the list's own, and a link copied from a list newest first opened oldest first.
 */
test("the list's order is in the address: sorting writes ?sort=newest, a link opens it so, Back and Forward restore each order", async ({ page }) => {
  await page.goto('/?view=list');
  const table = page.getByRole('table');
  const header = table.getByRole('columnheader', { name: /^Date/ });
  const sort = table.getByRole('button', { name: /^Date/ });
  const firstRow = table.locator('tbody tr').first();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const oldest = (await firstRow.getAttribute('data-row-id'))!;
  const newest = (await table.locator('tbody tr').last().getAttribute('data-row-id'))!;
  await sort.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toHaveAttribute('data-row-id', newest);
  await expect(page).toHaveURL(/\/\?view=list&sort=newest$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?view=list$/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstRow).toHaveAttribute('data-row-id', oldest);
  await page.goForward();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toHaveAttribute('data-row-id', newest);
  // Oldest first again, the default: the parameter leaves the address.
  await sort.click();
  await expect(page).toHaveURL(/\/\?view=list$/);
  // The link as copied from the list newest first.
  await page.goto('/?view=list&sort=newest');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toHaveAttribute('data-row-id', newest);
  // Any other value: oldest first, with a notice; the rest of the address still applies.
  await page.goto('/?view=list&sort=sideways&agency=esa');
  await expect(page.getByRole('status').filter({ hasText: 'sort: "sideways" is not oldest or newest (ignored)' })).toBeVisible();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('button', { name: /^ESA, \d+ events?$/ })).toHaveAttribute('aria-pressed', 'true');
});

/*
 * Previous and Next in the panel follow the list as the reader sees it: newest first, Next is the
 * row below (older). Before, they went by date whatever the order: Next went up the list.
 * In the chart, laid out by date, they go by date.
 */
test('newest first, Previous and Next go up and down the list as shown; in the chart, by date', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?view=list&sort=newest');
  const titles = page.getByRole('table').locator('tbody').getByRole('button');
  await expect(titles).toHaveCount(bundled.events.length);
  const [t0, t1, t2] = await Promise.all([0, 1, 2].map(async (i) => (await titles.nth(i).textContent())!));
  const heading = page.getByRole('heading', { level: 2 });
  const previous = page.getByRole('button', { name: 'Previous event' });
  const next = page.getByRole('button', { name: 'Next event' });
  await titles.nth(1).click();
  await expect(heading).toHaveText(t1!);
  await next.click();
  await expect(heading).toHaveText(t2!);
  await previous.click();
  await expect(heading).toHaveText(t1!);
  await previous.click();
  await expect(heading).toHaveText(t0!);
  // The top row: nothing above it.
  await expect(previous).toBeDisabled();
  await next.click();
  await expect(heading).toHaveText(t1!);
  // The chart: Next from the second newest event is the newest, the last.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(heading).toHaveText(t1!);
  await next.click();
  await expect(heading).toHaveText(t0!);
  await expect(next).toBeDisabled();
});
