import { scaleUtc, type ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;

const DAY = 86_400_000;

/** The whole time range of the events, padded so the first and last marks are not on the edge. */
export function paddedExtent(spans: readonly { start: number; end: number }[]): [number, number] {
  if (spans.length === 0) {
    const now = Date.UTC(2022, 0, 1);
    return [now, now + 30 * DAY];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.start < lo) lo = s.start;
    if (s.end > hi) hi = s.end;
  }
  const span = Math.max(hi - lo, 2 * DAY);
  const pad = span * 0.04;
  return [lo - pad, hi + pad];
}

/** The base scale: the padded extent over the inner width. Never mutated; zoom derives new scales. */
export function createTimeScale(extent: readonly [number, number], innerWidth: number): TimeScale {
  return scaleUtc().domain([new Date(extent[0]), new Date(extent[1])]).range([0, innerWidth]);
}

/** Most zoom: about two hours across the chart, so times of day can be read. */
export function maxZoom(extent: readonly [number, number]): number {
  return Math.max(1, (extent[1] - extent[0]) / (2 * 3_600_000));
}

/** Where an event sits in time: its instant, the middle of its day/month/year, or the middle of its window. */
export function eventCenter(e: { start: number; end: number }): number {
  // A span of a minute or less is a time known to the minute or second (a day is never that short).
  if (e.end - e.start <= 60_000) return e.start;
  return e.start + (e.end - e.start) / 2;
}
