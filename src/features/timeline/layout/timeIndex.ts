import type { EventColumns } from '../../../shared/model/timelineModel.ts';
import { spanCenter } from './timeScale.ts';

/**
 * Typed arrays over the shown events (in time order) so that culling, clustering and keyboard
 * moves stay fast at 100,000 events: no objects are made per event while zooming. Read only.
 */
export interface TimeIndex {
  count: number;
  start: Float64Array;
  end: Float64Array;
  center: Float64Array;
  /** Lane index of each event's sender, -1 when it has no lane. */
  lane: Int32Array;
  /** Index of each event's kind in EVENT_KINDS, for what a cluster holds. */
  kind: Uint8Array;
  /** Running maximum of `end`, so a window that started long ago is still found by range queries. */
  maxEnd: Float64Array;
}

/** The index of events held as columns (a model's own, or columnsOf a filtered view); it shares their times and kinds. */
export function buildTimeIndex(columns: EventColumns, laneOf: (actorId: string) => number): TimeIndex {
  const { start, end, sender } = columns;
  const n = start.length;
  const center = new Float64Array(n);
  const lane = new Int32Array(n);
  const maxEnd = new Float64Array(n);
  const laneOfSender = Int32Array.from(columns.senders, laneOf);
  let runMax = -Infinity;
  for (let i = 0; i < n; i++) {
    center[i] = spanCenter(start[i]!, end[i]!);
    lane[i] = laneOfSender[sender[i]!]!;
    runMax = Math.max(runMax, end[i]!);
    maxEnd[i] = runMax;
  }
  return { count: n, start, end, center, lane, kind: columns.kind, maxEnd };
}

/** Events are ordered by the UTC day they start; this is the sort key binary searches use. */
const dayOf = (t: number) => Math.floor(t / 86_400_000);

/**
 * The index range [lo, hi) of events that can overlap [t0, t1]: from the first whose running
 * maximum end reaches t0, to the last whose start day is not after t1's day.
 */
export function visibleRange(idx: TimeIndex, t0: number, t1: number): [number, number] {
  let lo = 0;
  let hi = idx.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.maxEnd[mid]! < t0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  const lastDay = dayOf(t1);
  lo = first;
  hi = idx.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf(idx.start[mid]!) <= lastDay) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** How many events in [lo, hi) really overlap [t0, t1]. */
export function countVisible(idx: TimeIndex, lo: number, hi: number, t0: number, t1: number): number {
  let n = 0;
  for (let i = lo; i < hi; i++) if (idx.end[i]! > t0 && idx.start[i]! <= t1) n++;
  return n;
}
