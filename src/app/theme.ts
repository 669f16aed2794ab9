export type Theme = 'light' | 'dark';

/** ?theme=light|dark wins; otherwise the reader's system preference. Anything else is ignored. */
export function resolveTheme(param: string | null, prefersDark: boolean): Theme {
  if (param === 'light' || param === 'dark') return param;
  return prefersDark ? 'dark' : 'light';
}

/** Sets data-theme on <html> before the first paint, and follows system changes. */
export function applyTheme(): void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => {
    const param = new URLSearchParams(window.location.search).get('theme');
    document.documentElement.dataset.theme = resolveTheme(param, media?.matches ?? false);
  };
  apply();
  media?.addEventListener?.('change', apply);
  window.addEventListener('popstate', apply);
  window.addEventListener('app:navigate', apply);
}
