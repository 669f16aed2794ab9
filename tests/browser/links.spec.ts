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

test('served at //other.example, no link leads off its origin in any state: ready, error pages, embed, panel open', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const states: [string, string, () => Promise<void>][] = [
    ['ready', '', () => expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible()],
    ['error: a missing dataset', '?data=/missing.json', () => expect(page.getByRole('alert')).toContainText('HTTP 404')],
    ['error: a refused address', '?data=javascript:alert(1)', () => expect(page.getByRole('alert')).toContainText('was refused')],
    ['embed', '?embed=1', () => expect(page.getByRole('group', { name: /events? in \d+ lanes?/ })).toBeVisible()],
    ['panel open', '?event=rogozin-posts-replies', () => expect(page.getByRole('complementary')).toBeVisible()],
  ];
  for (const [state, query, ready] of states) {
    await page.goto(`${baseURL}${AT}${query}`);
    await ready();
    expect(await offOriginLinks(page), state).toEqual([]);
  }
  // The error page's way back, the embed's "Open full view", the panel's "Copy link", the Embed snippet.
  await page.goto(`${baseURL}${AT}?data=/missing.json&agency=esa`);
  await expect(page.getByRole('link', { name: 'Open the bundled dataset' })).toHaveAttribute('href', `${baseURL}${AT}?agency=esa`);
  await page.goto(`${baseURL}${AT}?embed=1`);
  // The way to the full view, the copied link and the embed carry the interface's language.
  await expect(page.getByRole('link', { name: /Open full view/ })).toHaveAttribute('href', `${baseURL}${AT}?lang=en`);
  await page.goto(`${baseURL}${AT}?event=rogozin-posts-replies`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${AT}?event=rogozin-posts-replies&lang=en`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const srcs = [...snippet.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  expect(srcs).toHaveLength(2);
  for (const src of srcs) expect(origin(src), src).toBe(baseURL);
});

test('served at //other.example, filters and the way back from an error page stay on its own origin', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}${AT}`);
  await page.getByRole('button', { name: /^ESA, \d+ events?$/ }).click();
  await expect(page).toHaveURL(`${baseURL}${AT}?agency=esa`);
  await expect(page.getByRole('button', { name: /^ESA, \d+ events?$/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`${baseURL}${AT}?data=/missing.json`);
  await page.getByRole('alert').getByRole('link', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}${AT}`);
});
