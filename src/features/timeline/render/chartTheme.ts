import { useEffect, useState } from 'react';

/** The colours and font the chart is drawn with, resolved from the page's CSS (light, dark or forced colours). */
export interface ChartTheme {
  fg: string;
  muted: string;
  line: string;
  bg: string;
  panel: string;
  accent: string;
  focus: string;
  selected: string;
  /** Forced colours (Windows High Contrast): marks are outlined in system colours, not filled by sender. */
  forced: boolean;
  fontFamily: string;
}

const FALLBACK: ChartTheme = {
  fg: '#1b1b1f',
  muted: '#4f5561',
  line: '#d5d8de',
  bg: '#ffffff',
  panel: '#f5f6f8',
  accent: '#0b5cad',
  focus: '#0b5cad',
  selected: '#e3eefb',
  forced: false,
  fontFamily: 'system-ui, sans-serif',
};

/** The light theme's colours, for drawing without a page (tests, a server). */
export const DEFAULT_CHART_THEME: ChartTheme = FALLBACK;

const TOKENS = ['fg', 'muted', 'line', 'bg', 'panel', 'accent', 'focus', 'selected'] as const;
// In forced colours the page's variables still hold the author's colours: use the system's.
const SYSTEM: Record<(typeof TOKENS)[number], string> = {
  fg: 'CanvasText',
  muted: 'GrayText',
  line: 'GrayText',
  bg: 'Canvas',
  panel: 'Canvas',
  accent: 'Highlight',
  focus: 'Highlight',
  selected: 'Highlight',
};

/** Reads the theme once (a style read: never during a zoom frame). */
export function readChartTheme(): ChartTheme {
  if (typeof window === 'undefined' || typeof getComputedStyle === 'undefined') return FALLBACK;
  const root = document.documentElement;
  const styles = getComputedStyle(root);
  const forced = window.matchMedia?.('(forced-colors: active)').matches ?? false;
  const theme: ChartTheme = { ...FALLBACK, forced, fontFamily: styles.fontFamily || FALLBACK.fontFamily };
  let probe: HTMLSpanElement | null = null;
  if (forced) {
    probe = document.createElement('span');
    root.appendChild(probe);
  }
  for (const t of TOKENS) {
    if (probe) {
      probe.style.color = SYSTEM[t];
      theme[t] = getComputedStyle(probe).color || FALLBACK[t];
    } else {
      theme[t] = styles.getPropertyValue(`--${t}`).trim() || FALLBACK[t];
    }
  }
  probe?.remove();
  return theme;
}

/** The chart theme, read again when the page's theme, colour scheme or forced colours change. */
export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    const update = () =>
      setTheme((prev) => {
        const next = readChartTheme();
        return (Object.keys(next) as (keyof ChartTheme)[]).every((k) => next[k] === prev[k]) ? prev : next;
      });
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => window.matchMedia?.(q)).filter((m) => m !== undefined);
    for (const m of queries) m.addEventListener?.('change', update);
    return () => {
      observer.disconnect();
      for (const m of queries) m.removeEventListener?.('change', update);
    };
  }, []);
  return theme;
}
