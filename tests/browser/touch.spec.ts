import type { CDPSession, Page } from '@playwright/test';
import { generateDataset } from '../../src/shared/gen/generateDataset.ts';
import { expect, test } from './fixtures.ts';

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });

interface Point {
  x: number;
  y: number;
}

/**
 * One finger from `from` to `to` in small steps, as Chromium gets it from a touchscreen, held still
 * a moment before it lifts (no fling that would go on scrolling after the test has moved on).
 */
async function swipe(cdp: CDPSession, from: Point, to: Point, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 0 }] });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p, id: 0 }] });
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone, a finger moving up over the chart scrolls the page, and one moving sideways pans the chart', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const box = (await chart(page).boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  // Up the middle of the chart, which covers about half of the first screen.
  const x = box.x + box.width / 2;
  await swipe(cdp, { x, y: box.y + 300 }, { x, y: box.y + 100 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  // Nothing of the chart moved: the address has no ?window=.
  expect(new URL(page.url()).searchParams.has('window')).toBe(false);

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Zoomed in, a sideways drag pans the chart (the address follows the window), not the page.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBeNull();
  const before = new URL(page.url()).searchParams.get('window');
  const y = box.y + 200;
  await swipe(cdp, { x: box.x + 250, y }, { x: box.x + 50, y: y + 10 });
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('on a phone, closing an event\'s panel with a tap leaves no tooltip over the chart; from the keyboard the event gets one back', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  // Its label is cut short on a phone: focused from the keyboard, the event shows its tooltip.
  const mark = chart(page).locator('[data-event-id="lueders-extension-2030"]');
  await mark.tap();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('NASA says all partners moving towards ISS extension to 2030');
  await page.getByRole('button', { name: 'Close details' }).tap();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(mark).toBeFocused();
  await expect(page.locator('.tooltip')).toHaveCount(0);
  // With the keyboard: Enter opens the panel, Escape closes it and the focused event's tooltip shows.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(mark).toBeFocused();
  await expect(page.locator('.tooltip')).toHaveCount(1);
});

test('on a phone, an event tapped on a low lane is scrolled above the panel that opens over the page, and one above it stays where it is', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const panel = page.getByRole('complementary');
  // In the top lane, above where the panel opens: the page does not move.
  await chart(page).locator('[data-event-id="lueders-extension-2030"]').tap();
  await expect(panel).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.getByRole('button', { name: 'Close details' }).tap();
  // The U.S. Government's lane sits in the screen's lower half, where the panel opens.
  const mark = chart(page).locator('[data-event-id="biden-sanctions"]');
  const before = (await mark.boundingBox())!;
  expect(before.y + before.height).toBeGreaterThan(844 * 0.45);
  await mark.tap();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Biden/);
  await expect(async () => {
    const m = (await mark.boundingBox())!;
    const p = (await page.locator('.panel-host').boundingBox())!;
    expect(m.y + m.height).toBeLessThanOrEqual(p.y);
    expect(m.y).toBeGreaterThanOrEqual(0);
  }).toPass({ timeout: 3000 });
});

test('on a phone, a link to an event on a low lane opens with its mark above the panel, and Back to another brings that one above it', async ({ page }) => {
  // Before, a shared link opened the panel over the event's own mark: only a tap or Next scrolled it above.
  await page.goto('/?event=lueders-extension-2030');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  await page.goto('/?event=biden-sanctions');
  const aboveThePanel = async (id: string) =>
    expect(async () => {
      const m = (await chart(page).locator(`[data-event-id="${id}"]`).boundingBox())!;
      const p = (await page.locator('.panel-host').boundingBox())!;
      expect(m.y + m.height).toBeLessThanOrEqual(p.y);
      expect(m.y).toBeGreaterThanOrEqual(0);
    }).toPass({ timeout: 3000 });
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(/Biden/);
  await aboveThePanel('biden-sanctions');
  await page.goBack();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).not.toHaveText(/Biden/);
  await aboveThePanel('lueders-extension-2030');
});

test('on a phone, Next and Previous in the panel scroll the event they select above the panel, on a chart taller than the space above it', async ({ page }) => {
  // Eight lanes: the chart runs on under the panel, which covers the screen's lower half.
  const dataset = generateDataset({ events: 400, actors: 8, seed: 1 });
  await page.route('**/fixtures/eight-lanes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('/?data=/fixtures/eight-lanes.json&lang=en');
  await expect(chart(page)).toBeVisible();
  await chart(page).locator('.event-mark[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel).toHaveCount(1);
  const lanes = new Set<number>();
  for (const name of [/^Next/, /^Next/, /^Next/, /^Next/, /^Next/, /^Next/, /^Previous/, /^Previous/]) {
    const url = page.url();
    await panel.getByRole('button', { name }).tap();
    await expect(page).not.toHaveURL(url);
    const selected = chart(page).locator('.event-mark[aria-pressed="true"]');
    await expect(async () => {
      const m = (await selected.boundingBox())!;
      const p = (await page.locator('.panel-host').boundingBox())!;
      expect(m.y + m.height).toBeLessThanOrEqual(p.y);
      expect(m.y).toBeGreaterThanOrEqual(0);
    }).toPass({ timeout: 3000 });
    lanes.add(Math.round((await selected.boundingBox())!.y + (await page.evaluate(() => window.scrollY))));
  }
  // The events went through were on several lanes, low ones among them.
  expect(lanes.size).toBeGreaterThan(2);
});

test('in an embed on a phone, a finger moving up scrolls the article, and one moving sideways pans the zoomed chart', async ({ page }) => {
  // Before, one finger did nothing to an embedded chart: zoomed in with a pinch or +, a reader could
  // not drag it sideways as on the full page, and nothing said why.
  await page.goto('/fixtures/hosts/phone-article.html');
  const frame = page.frameLocator('#embed');
  const embedded = frame.getByRole('group', { name: /events? in \d+ lanes?/ });
  await expect(embedded).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(500);
  const windowText = () => frame.getByRole('slider', { name: 'Visible window', exact: true }).getAttribute('aria-valuetext');
  await frame.getByRole('button', { name: 'Zoom in' }).tap();
  await expect.poll(windowText).not.toBe('17 Feb 2022 to 2 Aug 2022');
  const zoomed = await windowText();
  const box = (await embedded.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + Math.min(200, box.height / 2);
  await swipe(cdp, { x: box.x + 250, y }, { x: box.x + 50, y: y + 10 });
  await expect.poll(windowText).not.toBe(zoomed);
  expect(await page.evaluate(() => window.scrollY)).toBe(500);
  // Up the chart: the article scrolls, the chart stays.
  const panned = await windowText();
  const x = box.x + box.width / 2;
  await swipe(cdp, { x, y: y + 100 }, { x, y: y - 100 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(550);
  expect(await windowText()).toBe(panned);
});

test("in an embed whose top is scrolled off a phone's screen, an event tapped low in it opens its panel where the reader looks", async ({ page }) => {
  // Before, the panel covered the whole frame from its top: the reader, scrolled down to the
  // frame's lower lanes, saw the end of the panel (its sources, Copy link), its heading and Close
  // out of view above, until they scrolled the article back up.
  await page.goto('/fixtures/hosts/phone-article.html');
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('group', { name: /events? in \d+ lanes?/ })).toBeVisible();
  // embed.js fits the frame to its content; its top then goes about 300 px above the screen, in
  // two moves: the second, of 12 px, as the end of a finger's scroll, keeps the share of the frame
  // in view between two of the 2 % steps that would tell the frame of it.
  await expect.poll(async () => (await page.locator('#embed').boundingBox())!.height).toBeGreaterThan(700);
  const frame0 = (await page.locator('#embed').boundingBox())!;
  const frameTop = await page.locator('#embed').evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
  const off = Math.ceil(0.38 * frame0.height) + 1;
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + off);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(Math.round(frameTop + off));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + off + 12);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(Math.round(frameTop + off + 12));
  const mark = frame.locator('[data-event-id="biden-sanctions"]');
  await mark.tap();
  const panel = frame.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Biden/);
  const inView = async (name: string, box: { y: number; height: number } | null) => {
    expect(box, name).not.toBeNull();
    expect(box!.y, name).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(844);
  };
  await expect(async () => {
    await inView('heading', await panel.getByRole('heading', { level: 2 }).boundingBox());
    await inView('Close', await panel.getByRole('button', { name: 'Close details' }).boundingBox());
  }).toPass({ timeout: 3000 });
  // The article did not move.
  expect(await page.evaluate(() => window.scrollY)).toBe(Math.round(frameTop + off + 12));
  // Closed, the focus is back on the event.
  await panel.getByRole('button', { name: 'Close details' }).tap();
  await expect(panel).toHaveCount(0);
  await expect(mark).toBeFocused();
});

test("in an embed on a phone turned sideways with an event's panel open, the panel moves to the part of the frame in view", async ({ page }) => {
  // Before, the panel kept the place it had been given as it opened, upright: turned sideways, its
  // heading and Close were out of the shorter screen.
  await page.goto('/fixtures/hosts/phone-article.html');
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('group', { name: /events? in \d+ lanes?/ })).toBeVisible();
  await expect.poll(async () => (await page.locator('#embed').boundingBox())!.height).toBeGreaterThan(700);
  const frameTop = await page.locator('#embed').evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(Math.round(frameTop + 200));
  await frame.locator('[data-event-id="biden-sanctions"]').tap();
  const panel = frame.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Biden/);
  await page.setViewportSize({ width: 844, height: 390 });
  // The frame's top is still above the screen, its middle in it.
  await expect.poll(async () => (await page.locator('#embed').boundingBox())!.y).toBeLessThan(-100);
  const inView = async (name: string, box: { y: number; height: number } | null) => {
    expect(box, name).not.toBeNull();
    expect(box!.y, name).toBeGreaterThanOrEqual(-1);
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(391);
  };
  await expect(async () => {
    await inView('heading', await panel.getByRole('heading', { level: 2 }).boundingBox());
    await inView('Close', await panel.getByRole('button', { name: 'Close details' }).boundingBox());
    // All of it, down to its last line, which it scrolls to: not the upright screen's band, 844 px tall.
    await inView('panel', await panel.boundingBox());
  }).toPass({ timeout: 3000 });
});
