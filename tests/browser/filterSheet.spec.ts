import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the filters sheet stays open, with the focus in it, when its filters leave no events and when they bring them back', async ({ page }) => {
  await page.goto('/?agency=csa');
  await page.getByRole('button', { name: /^Filters \(1 active\) · 4 of 19 events$/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await expect(sheet).toBeVisible();
  // CSA has no milestone: the chart gives way to "No events match these filters." behind the sheet.
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await expect(page.getByText('No events match these filters.')).toBeAttached();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: /^Milestone, / })).toBeFocused();
  // Pressed again, the chart comes back; the sheet is still there.
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await expect(page.getByText('No events match these filters.')).toHaveCount(0);
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: /^Milestone, / })).toBeFocused();
  // Closed, the sheet gives the focus back to the control that opened it, wherever that now is.
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await expect(page.getByText('No events match these filters.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: /^Filters \(2 active\) · 0 of 19 events$/ })).toBeFocused();
});

test('in an embed too, the filters sheet stays open when its filters leave no events', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('/?embed=1&agency=csa');
  await page.getByRole('button', { name: /^Filters \(1 active\)/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await expect(page.getByText('No events match these filters.')).toBeAttached();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Show 0 events' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: /^Filters \(2 active\) · 0 of 19 events$/ })).toBeFocused();
});

test("Escape typed in the sheet's search closes the sheet and keeps the words typed", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Filters · 19 of 19 events$/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  const search = sheet.getByRole('searchbox');
  await search.fill('Rogozin');
  await expect(sheet.getByRole('button', { name: /^Show \d+ events$/ })).not.toHaveText('Show 19 events');
  await page.keyboard.press('Escape');
  // One Escape closes the sheet, as its button does, with the search applied; it does not wipe the words first.
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/[?&]q=Rogozin/);
  await expect(page.getByRole('button', { name: /^Filters \(1 active\) · \d+ of 19 events$/ })).toBeFocused();
});

test("the sheet's search box is as wide as its date fields, in English and Russian", async ({ page }) => {
  for (const [query, open, name, from] of [
    ['/', /^Filters · /, 'Filters', 'From'],
    ['/?lang=ru', /^Фильтры · /, 'Фильтры', 'С'],
  ] as const) {
    await page.goto(query);
    await page.getByRole('button', { name: open }).click();
    const sheet = page.getByRole('dialog', { name });
    const search = (await sheet.getByRole('searchbox').boundingBox())!;
    const date = (await sheet.getByLabel(from, { exact: true }).boundingBox())!;
    // Narrower, it cut its own hint ("Words in titles, summaries,") at 390 px.
    expect(Math.abs(search.width - date.width)).toBeLessThan(1);
    expect(search.x).toBeCloseTo(date.x, 0);
  }
});

test("Back closes the filters sheet, keeping the filters chosen in it; Back again undoes them", async ({ page }) => {
  // Before, Back with the sheet open left the page (or undid the sheet's last filter, the sheet staying open).
  await page.goto('/?lang=en');
  await page.goto('/?agency=esa');
  await page.getByRole('button', { name: /^Filters \(1 active\)/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await expect(sheet).toBeVisible();
  await page.goBack();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/\/\?agency=esa$/);
  await expect(page.getByRole('button', { name: /^Filters \(1 active\)/ })).toBeFocused();
  // Filters chosen in the sheet are one step: Back closes it with them applied, and Back again goes to the view before.
  await page.getByRole('button', { name: /^Filters \(1 active\)/ }).click();
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await sheet.getByRole('button', { name: /^Statement, / }).click();
  await expect(page).toHaveURL(/kind=/);
  const chosen = page.url();
  await page.goBack();
  await expect(sheet).toBeHidden();
  expect(page.url()).toBe(chosen);
  await expect(page.getByRole('button', { name: /^Filters \(3 active\)/ })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/\?agency=esa$/);
  await expect(page.getByRole('button', { name: /^Filters \(1 active\)/ })).toBeVisible();
  // Closed by its button, the sheet leaves the filters and the entry before them as they were.
  await page.getByRole('button', { name: /^Filters \(1 active\)/ }).click();
  await sheet.getByRole('button', { name: /^Milestone, / }).click();
  await sheet.getByRole('button', { name: /^Show \d+ events?$/ }).click();
  await expect(sheet).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/\/\?agency=esa$/);
  await expect(sheet).toBeHidden();
});

test('the filters sheet opened and closed with nothing changed leaves no step in the history: Back goes to the view before', async ({ page }) => {
  // Before, its entry stayed: the first Back after it seemed to do nothing.
  await page.goto('/?lang=en');
  await page.goto('/?agency=esa');
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  for (const close of ['button', 'Escape'] as const) {
    await page.getByRole('button', { name: /^Filters \(1 active\)/ }).click();
    await expect(sheet).toBeVisible();
    if (close === 'button') await sheet.getByRole('button', { name: /^Show \d+ events?$/ }).click();
    else await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  }
  await expect(page).toHaveURL(/\/\?agency=esa$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?lang=en$/);
});

test('the filters sheet closed and opened again at once (before its own Back has landed) stays open, and Back still goes to the view before', async ({ page }) => {
  // Before, the closed sheet's Back landed after the new sheet's entry: it closed the new sheet, or left a step behind.
  await page.goto('/?lang=en');
  await page.goto('/?agency=esa');
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  const open = page.getByRole('button', { name: /^Filters \(1 active\)/ });
  await open.click();
  await expect(sheet).toBeVisible();
  // Opened again from the dialog's close event, after the page has closed the sheet (its listener came first).
  await sheet.getByRole('button', { name: /^Show \d+ events?$/ }).evaluate((show) => {
    show.closest('dialog')?.addEventListener('close', () => (document.querySelector('button[aria-haspopup="dialog"]') as HTMLElement | null)?.click(), { once: true });
    (show as HTMLElement).click();
  });
  await page.waitForTimeout(300);
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/\/\?agency=esa$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?lang=en$/);
});
