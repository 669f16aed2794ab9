/*
 * A web page's address given as ?data= where its data was meant: the Google Sheet a journalist
 * copies from the browser (…/edit, …/pubhtml), or a TimelineJS embed (its iframe's address). The
 * app cannot read a web page; it says how to get the data's address, or gives it when the page's
 * address names it. Only the page's own parts (a key, a numeric tab, an https address) are used.
 */

/** The hosts whose pages get a hint: the first script checks only this, the rest is loaded on demand. */
export const DATA_PAGE_HOSTS: readonly string[] = ['docs.google.com', 'cdn.knightlab.com'];

/**
 * What the app can say: a Google Sheet to publish as CSV (`sheet`, or `timelinejsSheet` shown by a
 * TimelineJS embed: its data's address unknown), a published sheet whose CSV is at `data`, or a
 * TimelineJS embed whose file is at `data`.
 */
type DataPage = { kind: 'sheet' | 'timelinejsSheet' } | { kind: 'publishedSheet' | 'timelinejs'; data: string };

const SHEETS = /^\/spreadsheets\/d\/(?:e\/([\w-]+)\/(?:pubhtml|pub)|[\w-]+(?:\/.*)?)$/;
const TIMELINEJS = /^\/libs\/timeline3\/[\w.-]+\/embed\/(?:index\.html)?$/;
/** A Google Sheet's key, as TimelineJS's `source` may give it. */
const SHEET_KEY = /^[\w-]{20,}$/;

const parse = (href: string): URL | null => {
  try {
    return new URL(href);
  } catch {
    return null;
  }
};

/** Whether a Google Sheets address's query asks for its CSV: published (output=csv), exported (format=csv) or queried (tqx=out:csv). */
const asksForCsv = (q: URLSearchParams) => q.get('output') === 'csv' || q.get('format') === 'csv' || (q.get('tqx') ?? '').includes('out:csv');

/**
 * Whether `href` is a Google Sheet's own CSV address: one that fails when the sheet is not (or no
 * longer) published to the web, as Google then answers with its sign-in page, without CORS.
 */
export function isSheetCsv(href: string): boolean {
  const url = parse(href);
  return url !== null && url.protocol === 'https:' && url.hostname === 'docs.google.com' && SHEETS.test(url.pathname) && asksForCsv(url.searchParams);
}

/** The page `href` is the address of, or null when it is none of these (or already asks for the data). */
export function dataPage(href: string): DataPage | null {
  const url = parse(href);
  if (!url || url.protocol !== 'https:') return null;
  const q = url.searchParams;
  if (url.hostname === 'cdn.knightlab.com' && TIMELINEJS.test(url.pathname)) {
    const source = (q.get('source') ?? '').trim();
    if (SHEET_KEY.test(source)) return { kind: 'timelinejsSheet' };
    const data = parse(source);
    if (!data || data.protocol !== 'https:') return null;
    const shown = dataPage(data.href);
    return shown?.kind === 'sheet' ? { kind: 'timelinejsSheet' } : (shown ?? { kind: 'timelinejs', data: data.href });
  }
  const match = url.hostname === 'docs.google.com' ? SHEETS.exec(url.pathname) : null;
  if (!match || asksForCsv(q)) return null;
  const key = match[1];
  if (!key) return { kind: 'sheet' };
  // One tab of the publication (gid) when the address names it, else the first.
  const gid = /^\d+$/.test(q.get('gid') ?? '') ? `gid=${q.get('gid')}&single=true&` : '';
  return { kind: 'publishedSheet', data: `https://docs.google.com/spreadsheets/d/e/${key}/pub?${gid}output=csv` };
}
