import { expect, test } from './fixtures.ts';

/*
 * A reader who prints (or saves as PDF) gets the timeline and the open event as a document: the
 * chart scaled to the page, the event's whole text after it, and none of the controls.
 */

test('printed, the page keeps the chart and the open event in full and leaves out every control', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?agency=nasa&event=rogozin-posts-replies');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  for (const name of ['Open a file', 'Previous event', 'Next event', 'Close details', 'Zoom in', 'Fit all', 'Copy link', 'Embed', 'More']) {
    await expect(page.getByRole('button', { name, exact: true }), name).toBeHidden();
  }
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await expect(filters.getByRole('button', { name: /^NASA, / })).toBeHidden();
  await expect(filters.getByRole('button', { name: 'Clear filters' })).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Visible window', exact: true })).toBeHidden();
  // What the hidden filters leave out is said in words.
  await expect(filters.getByText(/^Showing \d+ of 19 events$/)).toBeVisible();
  // And which filters: before, the printed page said "Showing 9 of 19 events" without saying of what.
  await expect(filters.getByText('Agencies: NASA', { exact: true })).toBeVisible();

  // The panel is part of the page after the chart, not a sheet fixed over it, and nothing in it is cut.
  const canvas = (await page.locator('.timeline-canvas').boundingBox())!;
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
  expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // The chart fits the page's width.
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(1280);
  // The description is printed whole, not folded to a line.
  const description = page.locator('header p[id]').first();
  expect(await description.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('none');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('printed, "Showing N of M events" starts at the page\'s left edge, in line with the filters said under it and the title', async ({ page }) => {
  // Before, it was indented 12 px: the empty row of the unprinted date fields still took the row's gap before it.
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?agency=nasa');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const filters = page.getByRole('region', { name: 'Filters' });
    const showing = (await filters.getByText(/^Showing \d+ of 19 events$/).boundingBox())!;
    const said = (await filters.getByText('Agencies: NASA', { exact: true }).boundingBox())!;
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(Math.abs(showing.x - said.x), `${width}`).toBeLessThan(1);
    expect(Math.abs(showing.x - title.x), `${width}`).toBeLessThan(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('a phone\'s folded problems are printed in full: on paper there is no "Details" to press', async ({ page }) => {
  // Before, the list folded on a phone (or in an embed) was left off the printed page with its button.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?data=/fixtures/open-file/bad-rows.csv');
  const problems = page.getByRole('status', { name: 'Problems in the dataset' });
  await expect(problems.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
  // The folded list is on the page, hidden, once its script has come.
  await expect(problems.locator('li')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(problems.getByRole('button', { name: 'Details' })).toBeHidden();
  await expect(problems.getByText(/^row 7, column "date": "2022-02-30"/)).toBeVisible();
  await expect(problems.getByText(/^row 10, column "source 1 title": has no source/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(problems.getByText(/^row 7, column "date"/)).toBeHidden();
});

test('an embed printed with an event open keeps its title and chart, the event after the chart and whole', async ({ page }) => {
  // Before, the embed's panel stayed fixed over the whole frame on paper: only the event was printed.
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('/?embed=1&event=nelson-reply-letter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const canvas = (await page.locator('.timeline-canvas').boundingBox())!;
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
  expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('the List view printed leaves out the Timeline/List switch too, as the chart printed does', async ({ page }) => {
  // Before, the list printed under its two switch buttons.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?view=list&event=nelson-reply-letter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Timeline', 'List', 'Skip the filters', 'Close details']) {
    await expect(page.getByRole('button', { name, exact: true }), name).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Nelson replies that export controls still allow ISS cooperation', exact: true })).toBeVisible();
});

test('a translated event printed keeps its note that it is translated and leaves out the "Show the original" button', async ({ page }) => {
  // Before, the Russian page printed «Показать оригинал» under the summary, a button on paper.
  await page.goto('/?lang=ru&event=rogozin-demands-letters');
  const panel = page.getByRole('complementary');
  const original = panel.getByRole('button', { name: 'Показать оригинал' });
  await expect(original).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(original).toBeHidden();
  await expect(panel.getByText(/^Перев/).first()).toBeVisible();
});

test('a page printed from the dark theme prints dark text on white paper, the chart turned light', async ({ page }) => {
  await page.goto('/?theme=dark');
  await expect(page.locator('.event-mark').first()).toBeAttached();
  const colours = () =>
    page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
      chart: getComputedStyle(document.querySelector('.timeline-canvas')!).filter,
    }));
  expect(await colours()).toEqual({ text: 'rgb(236, 238, 241)', page: 'rgb(18, 20, 23)', chart: 'none' });
  await page.emulateMedia({ media: 'print' });
  expect(await colours()).toEqual({ text: 'rgb(27, 27, 31)', page: 'rgb(255, 255, 255)', chart: 'invert(1) hue-rotate(180deg)' });
});

test('printed, a source gives its address after its title, and an image not loaded gives its address instead of its Show button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?data=/fixtures/open-file/letters.csv&event=demand');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Roscosmos asks for the sanctions to end');
  await page.emulateMedia({ media: 'print' });
  const sources = panel.getByRole('listitem').filter({ hasText: 'Rogozin demands sanctions be lifted' });
  // As printed (and as read aloud or copied): the title, a space, the address.
  expect(await sources.evaluate((el) => (el as HTMLElement).innerText)).toBe('Rogozin demands sanctions be lifted (tass.com/science/1421121) — TASS');
  await expect(panel.getByRole('button', { name: 'Show image from images.example.org' })).toBeHidden();
  await expect(panel.getByText(/^Not loaded yet/)).toBeHidden();
  await expect(panel.getByText('Image (not loaded): images.example.org/letter.png')).toBeVisible();
  await expect(panel.getByText('The letter as Rogozin posted it')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(panel.getByText('Image (not loaded): images.example.org/letter.png')).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Show image from images.example.org' })).toBeVisible();
});

test('the List view of 1,000 events printed holds every row, and is where the reader left it afterwards', async ({ page }) => {
  // Before, only the 23 rows rendered around the scroll position were printed (or saved as PDF).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?view=list&data=/fixtures/generated/gen-1000.json');
  const rows = page.locator('tbody tr[data-row-id]');
  const scroller = page.locator('.event-table').locator('..');
  await expect(rows.first()).toBeVisible();
  await scroller.evaluate((el) => (el.scrollTop = 13_000));
  await expect.poll(() => rows.first().getAttribute('aria-rowindex')).not.toBe('2');
  const onScreen = await rows.count();
  expect(onScreen).toBeLessThan(100);
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(1_000);
  await expect(rows.last()).toContainText('#999');
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => rows.count()).toBeLessThan(100);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(13_000);
});

test('a view that no event matches, printed, says which filters, in the page language, and offers no button', async ({ page }) => {
  await page.goto('/?lang=ru&agency=nasa&kind=letter&q=soyuz');
  await expect(page.getByText('Нет событий, подходящих под эти фильтры.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Ведомства: НАСА · Типы: Письмо · Поиск: «soyuz»', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toHaveCount(0);
});

test('a timeline opened from a file, printed, says which file it is from and leaves out the notice’s buttons and its advice on sharing', async ({ page }) => {
  // Before, the paper carried "Download as dataset JSON" and "Close the file" as buttons, the advice
  // on how to share a file's view, and the "… downloaded." status beside them.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
  const notice = page.getByRole('region', { name: 'Opened file' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download as dataset JSON' }).click();
  await download;
  await expect(notice.getByText(/downloaded\.$/)).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(notice.getByText('letters.csv', { exact: true })).toBeVisible();
  for (const name of ['Download as dataset JSON', 'Close the file']) await expect(page.getByRole('button', { name }), name).toBeHidden();
  await expect(notice.getByText(/downloaded\.$/)).toBeHidden();
  await expect(notice.getByText(/cannot be shared as a link/)).toBeHidden();
});

test('printed, the legend’s and the panel’s colour swatches keep their colours, as the chart does', async ({ page }) => {
  // Before, a browser printing without background graphics (Chrome's default) printed each sender's
  // swatch in the legend as an empty box beside the coloured marks of the chart: the colours unexplained.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?event=rogozin-posts-replies');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const legend = page.getByRole('region', { name: 'Legend' });
  const swatches = [legend.locator('li span[aria-hidden="true"][style]'), panel.locator('span[aria-hidden="true"][style]')];
  for (const swatch of swatches) {
    expect(await swatch.count()).toBeGreaterThan(0);
    for (const adjust of await swatch.evaluateAll((els) => els.map((el) => getComputedStyle(el).printColorAdjust))) expect(adjust).toBe('exact');
  }
});
