import { useCallback, useSyncExternalStore } from 'react';
import { IS_EMBED } from './embedMode.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener('app:navigate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('app:navigate', onChange);
  };
};

const getSearch = () => window.location.search;

/** The page's query string as state; `navigate` pushes (or replaces) a new one so back/forward work. */
export function useLocationSearch(): [URLSearchParams, (next: URLSearchParams, opts?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const navigate = useCallback((next: URLSearchParams, opts?: { replace?: boolean }) => {
    const qs = next.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    try {
      // An embed shares the host page's history: it never adds entries to the reader's Back button.
      if (opts?.replace || IS_EMBED) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the view still updates below.
    }
    window.dispatchEvent(new Event('app:navigate'));
  }, []);
  return [new URLSearchParams(search), navigate];
}
