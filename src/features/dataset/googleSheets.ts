/*
 * A Google Sheets address given as ?data= where the sheet's CSV was meant: the page a journalist
 * copies from the browser (…/edit, …/pubhtml) is a web page the app cannot read. TimelineJS takes
 * such an address; this app reads a sheet published to the web as CSV, and says how to get one.
 */

/** What the app can say about a Google Sheets page's address: the CSV address of the same publication, when the address names one. */
interface GoogleSheetsPage {
  /** The published sheet's CSV (…/pub?output=csv), or null for an editing address, which does not name its publication. */
  csv: string | null;
}

const SHEETS = /^\/spreadsheets\/d\/(?:e\/([\w-]+)\/(?:pubhtml|pub)|[\w-]+(?:\/.*)?)$/;

/** The Google Sheets page `href` is an address of, or null when it is not one (or already asks for CSV). */
export function googleSheetsPage(href: string): GoogleSheetsPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const match = url.hostname === 'docs.google.com' ? SHEETS.exec(url.pathname) : null;
  if (!match) return null;
  const q = url.searchParams;
  if (q.get('output') === 'csv' || q.get('format') === 'csv' || (q.get('tqx') ?? '').includes('out:csv')) return null;
  const key = match[1];
  if (!key) return { csv: null };
  // One tab of the publication (gid) when the address names it, else the first.
  const gid = /^\d+$/.test(q.get('gid') ?? '') ? `gid=${q.get('gid')}&single=true&` : '';
  return { csv: `https://docs.google.com/spreadsheets/d/e/${key}/pub?${gid}output=csv` };
}
