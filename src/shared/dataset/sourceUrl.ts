/*
 * An https URL that the URL parser certainly accepts: a plain host name (the last label starts
 * with a letter, so it is never read as an IPv4 address; no punycode labels, which the parser
 * checks), an optional port below 65536 and a path, query or fragment of printable ASCII
 * without spaces or quotes. Checking this shape is far cheaper than constructing a URL, which at
 * 100,000 sources costs over half a second in a browser worker.
 */
const PLAIN_HTTPS_URL =
  /^https:\/\/(?:(?!xn--)[a-z0-9][a-z0-9-]*\.)*(?!xn--)[a-z][a-z0-9-]*(?::(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]*)?$/;

/** A host name with a dot and what may follow it, written without a scheme: `tass.ru/news/1`, `www.nasa.gov`. */
const NO_SCHEME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#:]|$)/i;

/**
 * ASCII control characters and DEL: the URL parser silently drops tabs and line breaks (and trims
 * the others at the ends), so an address holding them does not say what it links to. The one rule
 * for them: the panel links no such address (safeHref.ts), and the checks name it (sourceUrlFault).
 */
// eslint-disable-next-line no-control-regex
export const URL_CONTROL = /[\u0000-\u001f\u007f]/;

/** What keeps a source's or media item's URL from being a link: not a URL, a web address without its https://, not https, spaces around it, or a control character (a tab, a line break) in it. */
export type UrlFault = 'invalid' | 'no-scheme' | 'not-https' | 'spaces' | 'control';

/** What is wrong with a source or media URL, or null when the URL is fine. */
export function sourceUrlFault(url: string): UrlFault | null {
  if (PLAIN_HTTPS_URL.test(url)) return null;
  // Before parsing: the parser reads `ria.ru:443/a` as a URL of the scheme "ria.ru".
  if (NO_SCHEME.test(url) && PLAIN_HTTPS_URL.test(`https://${url}`)) return 'no-scheme';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol !== 'https:') return 'not-https';
  if (url !== url.trim()) return 'spaces';
  if (URL_CONTROL.test(url)) return 'control';
  return null;
}
