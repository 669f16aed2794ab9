import { expect, test } from './fixtures.ts';
import { bundled, collectErrors, expectNoAxeViolations } from './helpers.ts';

test('the app shows the bundled dataset: its title and every event, with no console error and no axe violation', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  const names = await page.locator('.event-mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  for (const e of bundled.events) {
    expect(names.filter((n) => n.startsWith(`${e.title}, `)), e.title).toHaveLength(1);
  }
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the built page carries the bundled dataset: the first view requests no dataset file', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (/roscosmos-iss-2022[^/]*\.json|bundled-dataset\.js/.test(r.url())) requested.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await expect(page.getByText(`Showing ${bundled.events.length} of ${bundled.events.length} events`)).toBeVisible();
  expect(requested).toEqual([]);
});

test('while a 10,000-event file is read, the reader sees the loading state before the chart', async ({ page }) => {
  // Records when the loading state first reaches the page: reading the file in slices once kept
  // the first render from happening at all until the chart was ready, a blank page meanwhile.
  await page.addInitScript(() => {
    const w = window as unknown as { __loadingShownAt?: number };
    new MutationObserver(() => {
      if (w.__loadingShownAt === undefined && document.querySelector('[role="status"]')?.textContent?.startsWith('Loading the dataset')) w.__loadingShownAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/?data=/fixtures/generated/gen-10000.json');
  await expect(page.getByText('Showing 10,000 of 10,000 events')).toBeVisible({ timeout: 30_000 });
  const { shown, ready } = await page.evaluate(() => {
    const w = window as unknown as { __loadingShownAt?: number; __timelineReadyAt?: number };
    return { shown: w.__loadingShownAt ?? null, ready: w.__timelineReadyAt ?? null };
  });
  expect(shown, 'the loading state was never shown').not.toBeNull();
  expect(ready).not.toBeNull();
  expect(shown!).toBeLessThan(ready!);
});

test('?data= pointing at a missing file shows an alert with Retry and the way back', async ({ page }) => {
  await page.goto('/?data=/fixtures/does-not-exist.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset was not found (HTTP 404).');
  // What the author can do about it, under the message.
  await expect(alert).toContainText('Check the address: the file may have been moved, renamed or made private.');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoAxeViolations(page);
  await alert.getByRole('link', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
});

for (const [what, path] of [
  ['a missing file with a long name', '/datasets/roscosmos_nasa_esa_csa_letters_2022.json'],
  ['a path of 7,000 characters', `/${'a'.repeat(7000)}.json`],
] as const) {
  test(`at 320×480 the load error for ${what} wraps its path and does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto(`/?data=${path}`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(alert).toContainText(path.slice(0, 40));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

for (const [fault, message] of [
  ['500', 'The server could not send the dataset (HTTP 500).'],
  ['html', 'The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file): give the address of the file itself.'],
  ['truncated', 'The dataset is cut off before the end.'],
] as const) {
  test(`a ${fault} response ends in its own message`, async ({ page }) => {
    await page.goto(`/?data=/__fault/${fault}`);
    await expect(page.getByRole('alert')).toContainText(message);
  });
}

test('a server that sends its file for ever (a byte a second) leaves the reader a way out while it loads: Open the bundled dataset', async ({ page }) => {
  // Before, "Loading the dataset… 0 kB received" stayed for good, with no button or link on the page.
  await page.goto('/?data=/__fault/trickle');
  await expect(page.getByRole('status')).toContainText('Loading');
  await page.waitForTimeout(2500);
  await expect(page.getByRole('status')).toContainText('Loading');
  await page.getByRole('link', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
});

test('a server that never answers ends in the timeout message within 12 s', async ({ page }) => {
  await page.goto('/?data=/__fault/slow');
  await expect(page.getByRole('status')).toContainText('Loading');
  await expect(page.getByRole('alert')).toContainText('The dataset did not arrive within 10 seconds.', { timeout: 12_000 });
});
