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

// One parse per address, shared by every reader of it: a query string may be a megabyte long.
let cached: { search: string; params: URLSearchParams } | null = null;
function parsed(search: string): URLSearchParams {
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}

/**
 * The page's query string as state (the same object while the address does not change: read it,
 * never change it); `navigate` pushes (or replaces) a new one so back/forward work.
 */
export function useLocationSearch(): [URLSearchParams, (next: URLSearchParams, opts?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const navigate = useCallback((next: URLSearchParams, opts?: { replace?: boolean }) => {
    const url = pageHref(next, { keepHash: true });
    if (url === window.location.href) return;
    try {
      // An embed shares the host page's history: it never adds entries to the reader's Back button.
      if (opts?.replace || IS_EMBED) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the view still updates below.
    }
    window.dispatchEvent(new Event('app:navigate'));
  }, []);
  return [parsed(search), navigate];
}
