import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { bundledDatasetElement, bundledTextInPage, BUNDLED_ELEMENT_ID } from '../../../src/features/dataset/bundledInPage.ts';
import { datasetQueryOptions } from '../../../src/features/dataset/datasetQuery.ts';
import { BUNDLED_SOURCE } from '../../../src/features/dataset/datasetSource.ts';

const good = readFileSync('data/roscosmos-iss-2022.json', 'utf8');

/** Puts the element that `html` describes into the page, as the browser would parse it. */
function putInPage(html: string): void {
  const el = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body.firstElementChild;
  document.body.replaceChildren(document.adoptNode(el!));
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the bundled dataset in the page', () => {
  it('is a data block that no text in the file can end or escape, and that reads back as the same value', () => {
    const hostile = JSON.stringify({ title: '</script><img src=x onerror="alert(1)"><!-- <script>alert(2)</script>', events: [] });
    const doc = new DOMParser().parseFromString(`<!doctype html><body><div id="root"></div>${bundledDatasetElement(hostile)}</body>`, 'text/html');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('application/json');
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(JSON.parse(hostile));
  });

  it('is read from the page when the page carries it, and only from a JSON data block', () => {
    expect(bundledTextInPage()).toBeNull();
    putInPage(`<div id="${BUNDLED_ELEMENT_ID}">{"version":1}</div>`);
    expect(bundledTextInPage()).toBeNull();
    putInPage(bundledDatasetElement('{"version":1}'));
    expect(bundledTextInPage()).toBe('{"version":1}');
  });

  it('gives the bundled query its dataset without a request', async () => {
    putInPage(bundledDatasetElement(good));
    const fetch = vi.fn(() => Promise.reject(new Error('no request expected')));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const loaded = await client.fetchQuery(datasetQueryOptions(BUNDLED_SOURCE.url));
    expect(fetch).not.toHaveBeenCalled();
    expect(loaded.eventCount).toBe((JSON.parse(good) as { events: unknown[] }).events.length);
    expect(loaded.url).toBe(new URL(BUNDLED_SOURCE.url, document.baseURI).href);
  });

  it('leaves the bundled query to fetch the file when the page does not carry it', async () => {
    const fetch = vi.fn(async () => new Response(good, { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const loaded = await client.fetchQuery(datasetQueryOptions(BUNDLED_SOURCE.url));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(loaded.model.events.length).toBeGreaterThan(0);
  });
});
