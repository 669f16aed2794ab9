import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

/*
 * Served at a path like `//other.example` (a server that merges slashes and answers every page
 * address with index.html, as common nginx setups do), every link the app makes must stay on its
 * own origin: a link made of location.pathname alone would be `//other.example`, another site.
 */
const AT = '//other.example';

const sourceUrls = new Set((bundled.events as unknown as { sources: { url?: string }[] }[]).flatMap((e) => e.sources.map((s) => s.url ?? '')));

/** Every link on the page that leads off this origin, except the dataset's own source links. */
function offOriginLinks(page: Page): Promise<string[]> {
  return page
    .locator('a[href]')
    .evaluateAll((links) => (links as HTMLAnchorElement[]).map((a) => ({ href: a.href, origin: new URL(a.href).origin, page: location.origin })))
    .then((links) => links.filter((l) => l.origin !== l.page && !sourceUrls.has(l.href)).map((l) => l.href));
}

const origin = (url: string) => new URL(url).origin;

test('served at //other.example, the ready page links only to its own origin, and filters stay on it', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}${AT}`);
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  expect(await offOriginLinks(page)).toEqual([]);
  await page.getByRole('button', { name: /^ESA, \d+ events?$/ }).click();
  await expect(page).toHaveURL(`${baseURL}${AT}?agency=esa`);
  await expect(page.getByRole('button', { name: /^ESA, \d+ events?$/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await offOriginLinks(page)).toEqual([]);
  // The embed snippet's frame and script.
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const srcs = [...snippet.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  expect(srcs).toHaveLength(2);
  for (const src of srcs) expect(origin(src), src).toBe(baseURL);
});

for (const [state, query] of [
  ['a missing dataset', '?data=/missing.json'],
  ['a refused address', '?data=javascript:alert(1)'],
] as const) {
  test(`served at //other.example, the error page for ${state} links back to the bundled dataset on its own origin`, async ({ page, baseURL }) => {
    await page.goto(`${baseURL}${AT}${query}`);
    const back = page.getByRole('alert').getByRole('link', { name: 'Open the bundled dataset' });
    await expect(back).toBeVisible();
    expect(await offOriginLinks(page)).toEqual([]);
    await expect(back).toHaveAttribute('href', `${baseURL}${AT}`);
    await back.click();
    await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
    expect(origin(page.url())).toBe(baseURL);
  });
}

test('served at //other.example, the embed and the open panel link only to its own origin', async ({ page, context, baseURL }) => {
  await page.goto(`${baseURL}${AT}?embed=1`);
  await expect(page.getByRole('group', { name: /events in \d+ lanes/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open full view/ })).toHaveAttribute('href', `${baseURL}${AT}`);
  expect(await offOriginLinks(page)).toEqual([]);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`${baseURL}${AT}?event=rogozin-posts-replies`);
  await expect(page.getByRole('complementary')).toBeVisible();
  expect(await offOriginLinks(page)).toEqual([]);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${AT}?event=rogozin-posts-replies`);
});
