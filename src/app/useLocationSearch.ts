import { useCallback, useSyncExternalStore } from 'react';
import { IS_EMBED } from './embedMode.ts';
import { pageHref } from './pageUrl.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener('app:navigate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('app:navigate', onChange);
  };
};

const getSearch = () => window.location.search;

// The address as last written by a navigation with `report: true` (the chart's view, say); null
// after any other navigation. Read back, such an address reports what was shown: no request.
let reported: string | null = null;
const getReported = () => reported;

interface NavigateOptions {
  replace?: boolean;
  /** The new address only reports state the page already shows (see `isReport`). */
  report?: boolean;
  /** A history entry of its own even where the address stays the same (a file opened over a fresh view). */
  newEntry?: boolean;
}

// One parse per address, shared by every reader of it: a query string may be a megabyte long.
let cached: { search: string; params: URLSearchParams } | null = null;
/** The parameters of a query string, parsed once for all its readers: read them, never change them. */
export function searchParamsOf(search: string): URLSearchParams {
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}

/**
 * The page's query string as state (the same object while the address does not change: read it,
 * never change it); `navigate` pushes (or replaces) a new one so back/forward work; `isReport`
 * says the address is the one a `report` navigation wrote.
 */
export function useLocationSearch(): [URLSearchParams, (next: URLSearchParams, opts?: NavigateOptions) => void, boolean] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const lastReport = useSyncExternalStore(subscribe, getReported, () => null);
  const navigate = useCallback((next: URLSearchParams, opts?: NavigateOptions) => {
    const url = pageHref(next, { keepHash: true });
    if (url === window.location.href && !opts?.newEntry) return;
    try {
      // The entry's state (a file opened on the page: openedFileMark.ts) goes on with the view.
      const state: unknown = window.history.state;
      // An embed shares the host page's history: it never adds entries to the reader's Back button.
      if (opts?.replace || IS_EMBED) window.history.replaceState(state, '', url);
      else window.history.pushState(state, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the view still updates below.
    }
    reported = opts?.report ? window.location.search : null;
    window.dispatchEvent(new Event('app:navigate'));
  }, []);
  return [searchParamsOf(search), navigate, search === lastReport];
}
