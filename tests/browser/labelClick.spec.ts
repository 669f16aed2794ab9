import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const chart = (page: Page) => page.getByRole('group', { name: /events? in \d+ lanes?/ });

test('a click on an event\'s title in the chart opens it, as one on its mark does, and a tap does on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  // Nelson's 3 May statement has its whole title right of its mark: click 200 px into it.
  const mark = page.locator('[data-event-id="nelson-not-pulling-out"]');
  const box = (await mark.boundingBox())!;
  await page.mouse.click(box.x + box.width + 200, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]event=nelson-not-pulling-out(&|$)/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Nelson tells senators Russia is not pulling out of the ISS');
});

test('on a phone a tap on an event\'s title opens it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  const mark = page.locator('[data-event-id="nelson-not-pulling-out"]');
  const box = (await mark.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width + 60, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]event=nelson-not-pulling-out(&|$)/);
  await context.close();
});
