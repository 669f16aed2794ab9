import type { DaySpan } from '../../../shared/url/urlState.ts';

// To the second: a scale's inverse is a float, and 23:59:59.9995 must not read as the day before.
const isoDay = (t: number) => new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 10);

/**
 * The days a view shows: from the day it starts to the day before it ends at midnight. Within
 * `bounds` (ChartFrame.bounds, both named): the room past a filter's last day, there for its mark, names no day.
 */
export function daySpanOf(domain: readonly [number, number], bounds: readonly [number, number] = [-Infinity, Infinity]): DaySpan {
  const d0 = Math.max(domain[0], bounds[0]);
  return { start: isoDay(d0), end: isoDay(Math.max(d0, Math.min(domain[1] - 1000, bounds[1]))) };
}
