import { URL_CONTROL } from '../../shared/dataset/sourceUrl.ts';

/**
 * The normalized href of an absolute https URL, or null for anything else: http:, javascript:
 * (in any case), data:, relative or protocol-relative addresses, addresses with whitespace around
 * them (which the URL parser would otherwise quietly trim) and text that does not parse.
 */
export function safeHref(url: string): string | null {
  if (url !== url.trim() || URL_CONTROL.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' ? parsed.href : null;
}

/** "tass.com/science/1421121": an address without its scheme, for reading beside a link. */
export function displayAddress(href: string): string {
  const u = new URL(href);
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
}

/** Whether an address is on the page's own origin: loading it tells no other site anything. */
export function isSameOrigin(href: string, pageUrl: string): boolean {
  try {
    return new URL(href).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}
