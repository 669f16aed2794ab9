import { writeUrlState, type UrlState } from '../shared/url/urlState.ts';

/**
 * The address of this page with other parameters: every in-app link (the way back to the bundled
 * dataset, "Open full view", "Copy link", the embed snippet, history entries) is made here, with
 * the URL API, from the page's full address. It is always absolute and on the page's own origin:
 * served at a path like `//evil.example`, the page links to `https://site//evil.example?…`, where a
 * link made of `location.pathname` alone would be the protocol-relative `//evil.example`.
 */
export function pageHref(params: URLSearchParams, options: { keepHash?: boolean } = {}): string {
  const url = new URL(window.location.href);
  url.search = params.toString();
  if (!options.keepHash) url.hash = '';
  return url.href;
}

/** The page's parameters with some changed (written by urlState.ts), as a same-origin address. */
export function pageHrefWith(changes: Partial<UrlState>, params: URLSearchParams = new URLSearchParams(window.location.search)): string {
  return pageHref(writeUrlState(params, changes));
}
