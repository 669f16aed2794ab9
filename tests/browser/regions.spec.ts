import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

// A canvas that refuses to draw, as some privacy extensions make it: the chart's own region fails.
const BREAK_CANVAS = `HTMLCanvasElement.prototype.getContext = function () { throw new Error('canvas blocked'); };`;

test('a chart that cannot render shows "Reload this view" while the filters, the list and the panel keep working', async ({ page }) => {
  await page.addInitScript({ content: BREAK_CANVAS });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'the chart could not be shown' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload this view' })).toBeVisible();
  // The filters still filter.
  await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^ESA, / }).click();
  await expect(page.getByText(/^Showing \d+ of 19 events$/)).not.toHaveText(`Showing 19 of ${bundled.events.length} events`);
  // The list still lists, and a row opens the panel.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.locator('tbody tr[data-row-id] button').first().click();
  await expect(page.getByRole('complementary')).toBeVisible();
  // Back on the chart, it fails again, on its own: "Reload this view" tries again.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Reload this view' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'the chart could not be shown' })).toBeVisible();
  await expect(page.getByRole('complementary')).toBeVisible();
});

test('an embed whose chart cannot render is never blank and still tells its host its height', async ({ page, context }) => {
  await context.addInitScript({ content: BREAK_CANVAS });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('/embed-example.html');
  const frame = page.frameLocator('iframe[data-correspondence-timeline] >> nth=0');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.getByRole('alert').filter({ hasText: 'the chart could not be shown' })).toBeVisible();
  // The host's embed.js follows the frame's reported height: the frame fits its content.
  await expect
    .poll(() =>
      page.locator('iframe[data-correspondence-timeline]').first().evaluate((f) => {
        const content = (f as HTMLIFrameElement).contentDocument!.documentElement.getBoundingClientRect().height;
        return Math.abs(f.getBoundingClientRect().height - content) <= 2 && content > 0;
      }),
    )
    .toBe(true);
});
