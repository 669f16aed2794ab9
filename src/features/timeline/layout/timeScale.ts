import { utcTicks } from 'd3-time';

/**
 * A linear time scale in UTC, shaped like d3-scale's (call it with a time, invert a pixel, copy,
 * set the domain; d3-zoom's transform.rescaleX derives zoomed scales from it), with ticks from
 * d3-time's utcTicks. Not d3-scale's scaleUtc: that one carries d3-time-format for tick labels the
 * chart writes with Intl instead, 3.9 KB gzip of the page's first script (measured with
 * `npm run size`: 139.4 → 135.5 KB with the rest unchanged).
 */
export interface TimeScale {
  (t: number | Date): number;
  invert(px: number): Date;
  domain(): Date[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  copy(): TimeScale;
  ticks(count: number): Date[];
}

function timeScale(domain0: number, domain1: number, range0: number, range1: number): TimeScale {
  let d0 = domain0;
  let d1 = domain1;
  let r0 = range0;
  let r1 = range1;
  let k = 0;
  const rescale = () => (k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0));
  rescale();
  const scale = ((t: number | Date) => r0 + (+t - d0) * k) as TimeScale;
  scale.invert = (px) => new Date(k === 0 ? d0 : d0 + (px - r0) / k);
  // As in d3, setters change the scale they are called on: only ever a copy (rescaleX makes one).
  scale.domain = ((d?: readonly (number | Date)[]) => {
    if (!d) return [new Date(d0), new Date(d1)];
    d0 = +d[0]!;
    d1 = +d[1]!;
    rescale();
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    r0 = r[0]!;
    r1 = r[1]!;
    rescale();
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale(d0, d1, r0, r1);
  scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}

const DAY = 86_400_000;

/**
 * The least time the chart shows around its events: two weeks when none has a time of day, so that
 * one letter known only to its day sits on an axis of days, not of hours around a "12:00" tick it
 * was never sent at; a day around a timed event, whose hours then read.
 */
const LEAST_SPAN_DAYS = 14 * DAY;
const LEAST_SPAN_TIMED = DAY;

/** The days a date filter keeps (epoch ms, start of its first day to end of its last), and the room left past them. */
interface FilterDays {
  days: readonly [number, number];
  /** Room past the filter's days for an end mark to be whole, as a fraction of the view's span (less than a half). */
  edge: number;
  /** The days a link asked to show (?window=, epoch ms): inside the filter's days, in the range even where no event is. */
  asked?: readonly [number, number] | null;
}

/**
 * The whole time range of the events (their starts and ends), padded so the first and last marks
 * are not on the edge; widened around its middle to the least span when shorter. With a date
 * filter, its days bound the range: windows running past them are cut at its edges, but every
 * mark stays in view (a window's sits at its middle, which may be outside the filter's days); the
 * least span is then kept only as far as those bounds allow (a five-day filter shows its five days,
 * not two weeks of days it left out: a chart of days only is still labelled in days, axisTicks).
 * Days a link asked for (?window=) inside the filter's are in the range too, with or without events:
 * before, a window of the filter's first days before its first event was moved onto the events.
 */
export function paddedExtent(start: ArrayLike<number>, end: ArrayLike<number>, filter?: FilterDays): [number, number] {
  if (start.length === 0) {
    const now = Date.UTC(2022, 0, 1);
    return [now, now + 30 * DAY];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < start.length; i++) {
    if (start[i]! < lo) lo = start[i]!;
    if (end[i]! > hi) hi = end[i]!;
  }
  const asked = filter?.asked;
  if (asked) {
    const a = Math.max(asked[0], filter.days[0]);
    const b = Math.min(asked[1], filter.days[1]);
    if (a < b) [lo, hi] = [Math.min(lo, a), Math.max(hi, b)];
  }
  // Where the view may end on each side: the filter's day, or a mark outside it (unbounded without a filter).
  const [from, to] = filter ? viewBounds(start, end, filter.days) : [-Infinity, Infinity];
  lo = Math.max(lo, from);
  hi = Math.min(hi, to);
  const least = Math.min(hasTimeOfDay(start, end) ? LEAST_SPAN_TIMED : LEAST_SPAN_DAYS, to - from);
  if (hi - lo < least) {
    // Widened around the middle, then moved back inside the bounds.
    const middle = Math.min(Math.max((lo + hi) / 2, from + least / 2), to - least / 2);
    lo = middle - least / 2;
    hi = middle + least / 2;
  }
  // 4% of the span on each side, so no end mark is cut by the edge; past a filter's days, only the room for a mark (no empty days there).
  const pad = (hi - lo) * 0.04;
  const e = filter?.edge ?? 0;
  const cutLo = from - e * (hi - lo) > lo - pad;
  const cutHi = to + e * (hi - lo) < hi + pad;
  // The view's span, with the room past a filter's day a fraction `e` of it.
  const span = (hi - lo + (cutLo ? 0 : pad) + (cutHi ? 0 : pad)) / (1 - e * (Number(cutLo) + Number(cutHi)));
  return [cutLo ? from - e * span : lo - pad, cutHi ? to + e * span : hi + pad];
}

/** Whether any of the spans is shorter than a day: an event written with its time of day (a day is the coarsest span without one). */
export function hasTimeOfDay(start: ArrayLike<number>, end: ArrayLike<number>): boolean {
  for (let i = 0; i < start.length; i++) if (end[i]! - start[i]! < DAY) return true;
  return false;
}

/**
 * Where a filtered view may end on each side: the filter's days (epoch ms, start of the first to
 * end of the last), widened to the marks of the events outside them (a window's, at its middle).
 */
export function viewBounds(start: ArrayLike<number>, end: ArrayLike<number>, days: readonly [number, number]): [number, number] {
  let [from, to] = days;
  for (let i = 0; i < start.length; i++) {
    const mark = spanCenter(start[i]!, end[i]!);
    if (mark < from) from = mark;
    if (mark > to) to = mark;
  }
  return [from, to];
}

/** The base scale: the padded extent over the inner width. Never mutated; zoom derives new scales. */
export function createTimeScale(extent: readonly [number, number], innerWidth: number): TimeScale {
  return timeScale(extent[0], extent[1], 0, innerWidth);
}

/** Most zoom: about two hours across the chart, so times of day can be read. */
export function maxZoom(extent: readonly [number, number]): number {
  return Math.max(1, (extent[1] - extent[0]) / (2 * 3_600_000));
}

/** Where an event sits in time: its instant, the middle of its day/month/year, or the middle of its window. */
export function eventCenter(e: { start: number; end: number }): number {
  return spanCenter(e.start, e.end);
}

/** eventCenter of a span given as two numbers. */
export function spanCenter(start: number, end: number): number {
  // A span of a minute or less is a time known to the minute or second (a day is never that short).
  if (end - start <= 60_000) return start;
  return start + (end - start) / 2;
}
