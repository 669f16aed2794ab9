import type { DaySpan } from '../../../shared/url/urlState.ts';

// To the second: a scale's inverse is a float, and 23:59:59.9995 must not read as the day before.
const isoDay = (t: number) => new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 10);

/** The days a view shows: from the day it starts to the day before it ends at midnight. */
export function daySpanOf(domain: readonly [number, number]): DaySpan {
  return { start: isoDay(domain[0]), end: isoDay(Math.max(domain[0], domain[1] - 1000)) };
}
