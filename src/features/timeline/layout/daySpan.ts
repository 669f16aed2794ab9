import type { DaySpan } from '../../../shared/url/urlState.ts';

// To the second: a scale's inverse is a float, and 23:59:59.9995 must not read as the day before.
const isoDay = (t: number) => new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 10);

/**
 * The days a view shows: from the day it starts to the day before it ends at midnight. Within
 * `bounds` (ChartFrame.bounds): the room past a filter's last day, there for its mark, names no day.
 */
export function daySpanOf(domain: readonly [number, number], bounds?: readonly [number, number]): DaySpan {
  const d0 = bounds ? Math.max(domain[0], bounds[0]) : domain[0];
  const d1 = bounds ? Math.min(domain[1], bounds[1]) : domain[1];
  return { start: isoDay(d0), end: isoDay(Math.max(d0, d1 - 1000)) };
}
