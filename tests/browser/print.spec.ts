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
