import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });
const sender = new Map(bundled.events.map((e) => [e.id, e.from]));

/** Opens a CSV with four problems (three rows left out) from the bundled page, with "Open a file", as a reader would. */
async function openBadRows(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/bad-rows.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters with bad rows' })).toBeVisible();
}

/** How much of a box is inside the viewport, in px². */
function visibleArea(box: { x: number; y: number; width: number; height: number }, vw: number, vh: number): number {
  const w = Math.max(0, Math.min(box.x + box.width, vw) - Math.max(box.x, 0));
  const h = Math.max(0, Math.min(box.y + box.height, vh) - Math.max(box.y, 0));
  return w * h;
}

/** Lanes with at least one mark whose centre is on screen. */
async function lanesOnScreen(page: Page, height: number): Promise<number> {
  const marks = await chart(page).locator('.event-mark').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-event-id')!, y: r.top + r.height / 2 };
    }),
  );
  return new Set(marks.filter((m) => m.y >= 0 && m.y <= height).map((m) => sender.get(m.id))).size;
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('on a 1280×800 laptop the first screen holds the title, the filters and the whole chart with its time axis', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(0);
  const filters = (await page.getByRole('region', { name: 'Filters' }).boundingBox())!;
  expect(filters.y + filters.height).toBeLessThanOrEqual(800);
  // The chart's box holds every lane and, at its foot, the axis.
  const box = (await chart(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(await lanesOnScreen(page, 800)).toBe(new Set(bundled.events.map((e) => e.from)).size);
  expect(await noSideScroll(page)).toBe(true);
});

test('on a 390×844 phone the chart starts in the upper half with at least three lanes on screen, and the filters fold into one control', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  const box = (await chart(page).boundingBox())!;
  expect(box.y).toBeLessThan(844 / 2);
  expect(await lanesOnScreen(page, 844)).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  const fold = page.getByRole('button', { name: `Filters · ${bundled.events.length} of ${bundled.events.length} events` });
  await expect(fold).toBeInViewport();
  await fold.click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: /^ESA, / }).click();
  await sheet.getByRole('button', { name: /^Show \d+ events$/ }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: /^Filters \(1 active\) · \d+ of 19 events$/ })).toBeVisible();
  expect(await noSideScroll(page)).toBe(true);
});

for (const [w, h] of [
  [300, 250],
  [400, 300],
  [600, 400],
] as const) {
  test(`in a ${w}×${h} embed the chart takes at least half of the frame`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?embed=1');
    await expect(chart(page)).toBeVisible();
    const box = (await chart(page).boundingBox())!;
    expect(visibleArea(box, w, h)).toBeGreaterThanOrEqual((w * h) / 2);
    expect(await noSideScroll(page)).toBe(true);
  });
}

test('in a 400×300 embed of a sheet with a note (an event without a source), the problems fold to their summary and the chart has its marks in the frame, in English and Russian', async ({ page }) => {
  // Before, the embed listed every problem open above the chart, and no mark was left in the frame.
  await page.setViewportSize({ width: 400, height: 300 });
  for (const [lang, problemsLabel, showDetails] of [
    ['en', 'Problems in the dataset', 'Details'],
    ['ru', 'Проблемы в наборе данных', 'Подробнее'],
  ] as const) {
    await page.goto(`/?embed=1&lang=${lang}&data=/fixtures/open-file/letters.csv`);
    const problems = page.getByRole('status', { name: problemsLabel });
    await expect(problems.getByRole('button', { name: showDetails })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.event-mark')).toHaveCount(2);
    for (const mark of await page.locator('.event-mark').all()) await expect(mark).toBeInViewport();
  }
});

test('in a 300×250 embed of a file with events left out, the folded problems take one line, with their Details beside the summary, in English and Russian', async ({ page }) => {
  // Before, the summary wrapped to two lines and "Show details" took a third: the chart started 200 px down the 250 px frame.
  await page.setViewportSize({ width: 300, height: 250 });
  for (const [lang, problemsLabel, summary, details, fullSummary] of [
    ['en', 'Problems in the dataset', '3 of 6 events left out.', 'Details', '3 of 6 events were left out because of problems in the file.'],
    ['ru', 'Проблемы в наборе данных', 'Пропущено событий: 3 из 6.', 'Подробнее', 'Из-за проблем в файле не показано событий: 3 из 6.'],
  ] as const) {
    await page.goto(`/?embed=1&lang=${lang}&data=/fixtures/hostile/impossible-date.json`);
    const problems = page.getByRole('status', { name: problemsLabel });
    const line = problems.getByText(summary, { exact: true });
    const toggle = problems.getByRole('button', { name: details });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const [text, button] = [(await line.boundingBox())!, (await toggle.boundingBox())!];
    const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(text.height).toBeLessThan(lineHeight * 1.5);
    expect(Math.abs(text.y + text.height / 2 - (button.y + button.height / 2))).toBeLessThan(4);
    expect(button.x + button.width).toBeLessThanOrEqual(300);
    await expect(page.locator('.event-mark').first()).toBeInViewport();
    // Opened, the notice says it in full.
    await toggle.click();
    await expect(problems.getByText(fullSummary, { exact: true })).toBeVisible();
    await expect(problems.getByRole('list', { name: lang === 'en' ? 'Problems in the file' : 'Проблемы в файле' })).toBeVisible();
  }
});

test('on a 390×844 phone a file opened with four problems shows them as one line with Details, the chart on the first screen, every problem named once opened', async ({ page }) => {
  // Before, the problems were listed open on a phone too: a box 460 px tall, and the chart began below 844 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await openBadRows(page);
  const problems = page.getByRole('status', { name: 'Problems in the dataset' });
  const line = problems.getByText('3 of 7 events left out.', { exact: true });
  const toggle = problems.getByRole('button', { name: 'Details' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await line.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  expect((await problems.boundingBox())!.height).toBeLessThan(60);
  await expect(page.locator('.event-mark')).toHaveCount(4);
  for (const mark of await page.locator('.event-mark').all()) await expect(mark).toBeInViewport();
  // One click lists every problem by its row and column.
  await toggle.click();
  await expect(problems.getByText('3 of 7 events were left out because of problems in the file.', { exact: true })).toBeVisible();
  await expect(problems.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem')).toHaveText([
    /^row 7, column "date": "2022-02-30"/,
    /^row 9, column "date": "2022-13-01"/,
    /^row 11, column "date": "sometime in spring"/,
    /^row 10, column "source 1 title": has no source/,
  ]);
});

for (const [width, height, most] of [
  [360, 640, 120],
  [844, 390, 70],
] as const) {
  test(`on a ${width}×${height} phone a file opened with "Open a file" is named in a compact notice, with Close on it and the advice on sharing behind a toggle, and the whole chart is on the first screen`, async ({ page }) => {
    // Before, the notice about the opened file was 264 px tall at 360×640 (the chart only just fitted)
    // and 148 px at 844×390, where only the first lane's first row was on screen.
    await page.setViewportSize({ width, height });
    await openBadRows(page);
    const notice = page.getByRole('region', { name: 'Opened file' });
    await expect(notice).toContainText('This timeline comes from a file on this computer: bad-rows.csv. Read as a spreadsheet (CSV); nothing was uploaded.');
    await expect(notice.getByRole('button', { name: 'Close the file' })).toBeVisible();
    expect((await notice.boundingBox())!.height).toBeLessThan(most);
    await expect(page.locator('.event-mark')).toHaveCount(4);
    for (const mark of await page.locator('.event-mark').all()) await expect(mark).toBeInViewport({ ratio: 1 });
    const drawn = (await page.locator('canvas.timeline-canvas').first().boundingBox())!;
    expect(drawn.y + drawn.height, 'the chart\'s time axis on the first screen').toBeLessThanOrEqual(height);
    // What was folded is one press away: the advice on sharing and the download.
    const toggle = notice.getByRole('button', { name: 'Share or save' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(notice.getByRole('button', { name: 'Download as dataset JSON' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(notice.getByText(/^This view cannot be shared as a link/)).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Download as dataset JSON' })).toBeVisible();
    await notice.getByRole('button', { name: 'Close the file' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  });
}

test('on a 360×640 phone in Russian, a file with events left out folds its problems into one line beside "Подробнее"', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?lang=ru&data=/fixtures/open-file/bad-rows.csv');
  const problems = page.getByRole('status', { name: 'Проблемы в наборе данных' });
  const line = problems.getByText('Пропущено событий: 3 из 7.', { exact: true });
  const toggle = problems.getByRole('button', { name: 'Подробнее' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const [text, button] = [(await line.boundingBox())!, (await toggle.boundingBox())!];
  const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(text.height).toBeLessThan(lineHeight * 1.5);
  expect(Math.abs(text.y + text.height / 2 - (button.y + button.height / 2))).toBeLessThan(4);
  await expect(page.locator('.event-mark').first()).toBeInViewport();
  await toggle.click();
  await expect(problems.getByRole('list', { name: 'Проблемы в файле' }).getByRole('listitem')).toHaveCount(4);
});

test('on a 360×640 phone a title of 300 characters (the longest allowed) leaves the chart\'s marks on the first screen, in English and Russian', async ({ page }) => {
  // Before, the title took 14 lines at the phone's headline size and pushed every mark below 640 px.
  await page.setViewportSize({ width: 360, height: 640 });
  for (const lang of ['en', 'ru']) {
    await page.goto(`/?lang=${lang}&data=/fixtures/long-title.json`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Letters, statements and posts between Roscosmos/);
    await expect(page.locator('.event-mark')).toHaveCount(2);
    for (const mark of await page.locator('.event-mark').all()) await expect(mark).toBeInViewport();
    expect(await noSideScroll(page)).toBe(true);
  }
});

test('on a phone held sideways (844×390) the filters fold into one control and the chart starts on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  const fold = page.getByRole('button', { name: `Filters · ${bundled.events.length} of ${bundled.events.length} events` });
  await expect(fold).toBeInViewport();
  // At least the first two lanes' rows of marks are on the first screen.
  const box = (await chart(page).boundingBox())!;
  expect(box.y).toBeLessThan(390 - 120);
  expect(await lanesOnScreen(page, 390)).toBeGreaterThanOrEqual(2);
  await fold.click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  expect(await noSideScroll(page)).toBe(true);
});

test('on a 1280×800 laptop an event longer than the screen scrolls in its panel, under the mouse wheel, to its sources and Copy link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Its quote and verification fill the panel: Sources, Tags and Copy link are below the screen.
  await page.goto('/?event=lueders-extension-2030');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  const copy = panel.getByRole('button', { name: 'Copy link' });
  await expect(copy).not.toBeInViewport();
  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, 400);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await expect(copy).toBeInViewport();
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeInViewport();
});

test.describe('on a phone held sideways (844×390)', () => {
  test.use({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });

  test('an open event shows beside the chart, not over it: the chart keeps most of the width, its lanes and the chosen mark on screen', async ({ page }) => {
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    await chart(page).getByRole('button', { name: /^NASA says all partners moving towards ISS extension to 2030, / }).tap();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2, name: 'NASA says all partners moving towards ISS extension to 2030' })).toBeInViewport();
    const chartBox = (await chart(page).boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    // Side by side: the panel starts right of the chart, which keeps more than half the screen's width.
    expect(panelBox.x).toBeGreaterThanOrEqual(chartBox.x + chartBox.width);
    expect(chartBox.width).toBeGreaterThan(844 / 2);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(844);
    expect(chartBox.y).toBeLessThan(390 - 120);
    expect(await lanesOnScreen(page, 390)).toBeGreaterThanOrEqual(2);
    await expect(chart(page).locator('.event-mark[aria-pressed="true"]')).toBeInViewport();
    // The panel's end is reached by scrolling in it; the chart stays where it was.
    const copy = panel.getByRole('button', { name: 'Copy link' });
    await copy.scrollIntoViewIfNeeded();
    await expect(copy).toBeInViewport();
    expect(await noSideScroll(page)).toBe(true);
  });
});

test('on an 844×390 phone in Russian, the compact notice keeps the opened file\'s name whole where it fits (no break at its hyphen)', async ({ page }) => {
  // Before, the name broke at its hyphen ("bad-" / "rows.csv") and the notice took three lines.
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Открыть файл' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/bad-rows.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters with bad rows' })).toBeVisible();
  const name = page.locator('section strong', { hasText: 'bad-rows.csv' });
  await expect(name).toHaveText('bad-rows.csv');
  const lines = await name.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines, 'the file name on one line').toBe(1);
});
