import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The share of pixels, along the row `inset` px below the first whole pixel row of the box, drawn
 * in exactly the focus colour (#0b5cad in the light theme): decoded in the page from a screenshot.
 */
async function focusShare(page: Page, box: { x: number; y: number; width: number; height: number }, inset: number): Promise<number> {
  const png = (await page.screenshot({ clip: { x: Math.ceil(box.x), y: Math.ceil(box.y), width: Math.floor(box.width) - 1, height: 8 } })).toString('base64');
  return page.evaluate(
    async ({ png, inset }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const row = ctx.getImageData(0, inset, img.width, 1).data;
      let hits = 0;
      for (let i = 0; i < row.length; i += 4) if (row[i] === 0x0b && row[i + 1] === 0x5c && row[i + 2] === 0xad) hits++;
      return hits / img.width;
    },
    { png, inset },
  );
}

test('the overview window, focused from the keyboard, shows a ring at least 2 px wide along its whole edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const window = page.getByRole('slider', { name: 'Visible window', exact: true });
  await expect(window).toBeVisible();
  const box = (await window.boundingBox())!;
  // Unfocused: a thin edge, not a ring.
  expect(await focusShare(page, box, 1)).toBeLessThan(0.1);
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(window).toBeFocused();
  // The window fills the overview's height, whose <svg> clips what is drawn beyond it: the ring is
  // drawn inside, 2 px of it at least.
  expect(await focusShare(page, box, 0)).toBeGreaterThan(0.9);
  expect(await focusShare(page, box, 1)).toBeGreaterThan(0.9);
});
