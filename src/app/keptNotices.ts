import { formatDaySpan, type DaySpan, type UrlNotice } from '../shared/url/urlState.ts';

/**
 * The notices about the address's ?window= that stay when the chart writes its view back to it (a
 * report, a moment after the page opens): each while the view still shows what it said (the days
 * read the other way round, the first of a repeated window's values, the whole timeline for one that
 * is malformed or outside the dates), so that it is not gone before it could be read. Zoomed or
 * panned since, they go with the address they were about.
 */
export function keptThroughReport(given: readonly UrlNotice[], window: DaySpan | null, moved: string | null = null): UrlNotice[] {
  const days = window && formatDaySpan(window);
  // The days shown, or those the chart moved (its own notice, window-adjusted, says to which days).
  const about = (value: string) => value === days || value === moved;
  return given.filter((n) => {
    switch (n.problem) {
      case 'window-swapped':
        return about(`${n.end}..${n.start}`);
      case 'repeated':
        return n.param === 'window' && about(n.value);
      case 'not-a-window':
      case 'window-outside':
        return window === null;
      default:
        return false;
    }
  });
}
