import { readUrlState, type ThemeChoice } from '../shared/url/urlState.ts';
import { searchParamsOf } from './useLocationSearch.ts';

/** ?theme=light|dark wins; otherwise the reader's system preference. Anything else is ignored (with a notice). */
function resolveTheme(param: ThemeChoice | null, prefersDark: boolean): ThemeChoice {
  return param ?? (prefersDark ? 'dark' : 'light');
}

/** Sets data-theme on <html> before the first paint, and follows system changes. */
export function applyTheme(): void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => {
    const { theme } = readUrlState(searchParamsOf(window.location.search)).state;
    document.documentElement.dataset.theme = resolveTheme(theme, media?.matches ?? false);
  };
  apply();
  media?.addEventListener?.('change', apply);
  window.addEventListener('popstate', apply);
  window.addEventListener('app:navigate', apply);
}
