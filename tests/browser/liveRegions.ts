import type { Page } from '@playwright/test';

/*
 * What a page's live regions would say to a screen reader, recorded in the page (openFileAnnouncements.spec,
 * viewAnnouncements.spec).
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
export async function recordLiveRegions(page: Page) {
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
export const watchLiveRegions = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { said: Said[]; insertedSaying: string[]; there: WeakSet<Element> };
    w.said = [];
    w.insertedSaying = [];
    for (const el of document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')) w.there.add(el);
  });

export const liveRecord = (page: Page) =>
  page.evaluate(() => {
    const { said, insertedSaying } = window as unknown as { said: Said[]; insertedSaying: string[] };
    return { said, insertedSaying };
  });

/** How many live regions in Chromium's accessibility tree (what a screen reader is given) hold `text`. */
export async function liveRegionsHolding(page: Page, text: string): Promise<number> {
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
