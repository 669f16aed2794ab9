import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundled } from './helpers.ts';

/*
 * What the opened-file flow says to a screen reader. Screen readers reliably read a change to a
 * live region already in the page, not a region inserted already holding its text: each status is
 * to be written into a live region that was there, empty, before the reader acted; and said once
 * (its visible copy is not live).
 */

interface Said {
  text: string;
  /** The region was in the page when the reader acted (watchLiveRegions). */
  wasThere: boolean;
  /** What it held before. */
  before: string;
}

/**
 * Records, from `watchLiveRegions()` on, what the page's live regions would say: each change of a
 * live region's text after it was first seen (`said`), and each region first seen already holding
 * text (`insertedSaying`), which a screen reader may never read.
 */
async function recordLiveRegions(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { said: Said[]; insertedSaying: string[]; there: WeakSet<Element> };
    w.said = [];
    w.insertedSaying = [];
    w.there = new WeakSet();
    const seen = new WeakMap<Element, string>();
    const isLive = (el: Element) => {
      const live = el.getAttribute('aria-live');
      return live ? live !== 'off' : ['status', 'alert', 'log'].includes(el.getAttribute('role') ?? '');
    };
    const check = () => {
      for (const el of document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')) {
        if (!isLive(el)) continue;
        const text = el.textContent ?? '';
        const before = seen.get(el);
        if (before === undefined && text) w.insertedSaying.push(text);
        if (before !== undefined && text && text !== before) w.said.push({ text, wasThere: w.there.has(el), before });
        seen.set(el, text);
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** From now on: the live regions in the page now are those that "were there" when the reader acted. */
const watchLiveRegions = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { said: Said[]; insertedSaying: string[]; there: WeakSet<Element> };
    w.said = [];
    w.insertedSaying = [];
    for (const el of document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')) w.there.add(el);
  });

const liveRecord = (page: Page) =>
  page.evaluate(() => {
    const { said, insertedSaying } = window as unknown as { said: Said[]; insertedSaying: string[] };
    return { said, insertedSaying };
  });

/** How many live regions in Chromium's accessibility tree (what a screen reader is given) hold `text`. */
async function liveRegionsHolding(page: Page, text: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const textOf = (id: string): string => {
    const node = byId.get(id);
    if (!node) return '';
    return node.role?.value === 'StaticText' ? String(node.name?.value ?? '') : (node.childIds ?? []).map(textOf).join('');
  };
  return nodes.filter((n) => n.properties?.some((p) => p.name === 'live') && textOf(n.nodeId).includes(text)).length;
}

/** Opens letters.csv with "Open a file", as a reader does. */
async function openLetters(page: Page) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await (await choosing).setFiles('tests/fixtures/open-file/letters.csv');
}

test('"Opening letters.csv…" is said by a live region that was in the page, empty, when the reader pressed "Open a file"; once', async ({ page }) => {
  await recordLiveRegions(page);
  // Its reading held back 1.5 s: the status stays for that long.
  await page.route('**/assets/datasetWorker-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await openLetters(page);
  await expect(page.getByRole('progressbar', { name: 'Opening letters.csv…' })).toBeVisible();
  expect(await liveRegionsHolding(page, 'Opening letters.csv…')).toBe(1);
  await expect(page.getByRole('region', { name: 'Opened file' })).toBeFocused();
  const { said, insertedSaying } = await liveRecord(page);
  expect(said.filter((s) => s.text.includes('Opening letters.csv…'))).toEqual([{ text: 'Opening letters.csv…', wasThere: true, before: '' }]);
  expect(insertedSaying.filter((s) => s.includes('Opening'))).toEqual([]);
});

test('"The file letters.csv was closed" (Back to a view of a file closed since) is said by a live region that was in the page; once', async ({ page }) => {
  await recordLiveRegions(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await openLetters(page);
  // An event of the file opened: a history entry of the file's view, to come back to once it is closed.
  await page.getByRole('button', { name: /^NASA says the station runs as before, / }).click();
  await expect(page).toHaveURL(/[?&]event=reply\b/);
  await page.getByRole('region', { name: 'Opened file' }).getByRole('button', { name: 'Close the file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await page.goBack();
  const closed = 'The file letters.csv was closed. Open it again to go on reading it.';
  // Shown, as a status that is not live itself …
  await expect(page.getByRole('status').filter({ hasText: closed })).toBeVisible();
  // … and said by the one live region that holds it.
  expect(await liveRegionsHolding(page, closed)).toBe(1);
  const { said, insertedSaying } = await liveRecord(page);
  expect(said.filter((s) => s.text.includes('letters.csv'))).toEqual([{ text: closed, wasThere: true, before: '' }]);
  expect(insertedSaying.filter((s) => s.includes('letters.csv'))).toEqual([]);
});

test('where the browser cannot keep the file, its notice\'s "cannot keep" is said by a live region that was in the page, though the notice is shown with it; once', async ({ page }) => {
  await recordLiveRegions(page);
  // As in a browser that keeps nothing for the page: known at once, as the notice is shown.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await watchLiveRegions(page);
  await openLetters(page);
  const cannotKeep = 'This browser cannot keep the file for this page: a reload will close it.';
  await expect(page.getByRole('region', { name: 'Opened file' })).toContainText(cannotKeep);
  expect(await liveRegionsHolding(page, cannotKeep)).toBe(1);
  const { said, insertedSaying } = await liveRecord(page);
  // In the same commit as "Opening letters.csv…" goes: the region may pass from one to the other.
  expect(said.filter((s) => s.text.includes('cannot keep'))).toEqual([expect.objectContaining({ text: cannotKeep, wasThere: true })]);
  expect(insertedSaying.filter((s) => s.includes('cannot keep'))).toEqual([]);
});
