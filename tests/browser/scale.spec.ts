import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

test('at 100,000 events the app becomes interactive, the list selects into the panel, and keys move between neighbours', async ({ page }) => {
  await page.goto('/?data=/fixtures/generated/gen-100000.json');
  await expect(page.getByText('Showing 100000 of 100000 events')).toBeVisible({ timeout: 60_000 });
  const chart = page.getByRole('group', { name: /100000 events in 5 lanes/ });
  await expect(chart).toBeVisible();
  await expect(page.locator('canvas.timeline-canvas')).toBeVisible();
  // The DOM stays small: clusters are drawn on the canvas.
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(1500);

  // Keyboard: the one tab stop, then neighbours in time.
  const mark = page.locator('.event-mark[tabindex="0"]');
  await mark.focus();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e0');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e1');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e2');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e1');
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e99999');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('#99999');
  await page.keyboard.press('Escape');

  // The list: virtualized, every event reachable by scrolling; a row opens the panel.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '100001');
  expect(await page.locator('tbody tr[data-row-id]').count()).toBeLessThan(100);
  await page.locator('tbody tr[data-row-id="e5"] button').click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('#5');
  await expect(page).toHaveURL(/event=e5/);
  // Scroll far down: later rows render.
  await page.evaluate(() => {
    const scroller = document.querySelector('table')!.parentElement!;
    scroller.scrollTop = 44 * 50_000;
    scroller.dispatchEvent(new Event('scroll'));
  });
  await expect(page.locator('tbody tr[data-row-id="e50000"]')).toBeAttached();
});
