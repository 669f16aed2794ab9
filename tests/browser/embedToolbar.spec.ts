import { expect, test } from './fixtures.ts';

// README: "an embed gives the chart at least half of its frame". In Russian at 300×250 the chart's
// toolbar (the folded filters, the view switch, + − "Показать всё") wrapped to another line and
// left the chart 112 of 250 px.
for (const lang of ['en', 'ru'] as const) {
  test(`at 300×250 in ${lang === 'en' ? 'English' : 'Russian'} the toolbar leaves the chart's canvas at least half of the frame's height`, async ({ page }) => {
    await page.setViewportSize({ width: 300, height: 250 });
    await page.goto(`/?embed=1&lang=${lang}`);
    const canvas = page.locator('canvas.timeline-canvas');
    await expect(canvas).toBeVisible();
    // The canvas's part inside the frame, below the header and the toolbar (the README's promise).
    const shown = async () => {
      const box = (await canvas.boundingBox())!;
      return Math.min(box.y + box.height, 250) - Math.max(box.y, 0);
    };
    await expect.poll(shown).toBeGreaterThanOrEqual(125);
  });
}
