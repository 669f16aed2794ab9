import type { EventColumns, TimelineEvent } from '../../../shared/model/timelineModel.ts';
import { kindIndex } from '../../../shared/dataset/vocabulary.ts';
import { eventCenter, spanCenter } from './timeScale.ts';

/**
 * Typed arrays over the shown events (in time order) so that culling, clustering and keyboard
 * moves stay fast at 100,000 events: no objects are made per event while zooming.
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

function emptyIndex(n: number): TimeIndex {
  return {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    center: new Float64Array(n),
    lane: new Int32Array(n),
    kind: new Uint8Array(n),
    maxEnd: new Float64Array(n),
  };
}

/** The index of some events (a filtered view), read from their objects. */
export function buildTimeIndex(events: readonly TimelineEvent[], laneOf: (actorId: string) => number): TimeIndex {
  const idx = emptyIndex(events.length);
  let runMax = -Infinity;
  events.forEach((e, i) => {
    idx.start[i] = e.start;
    idx.end[i] = e.end;
    idx.center[i] = eventCenter(e);
    idx.lane[i] = laneOf(e.from);
    idx.kind[i] = kindIndex(e.kind);
    runMax = Math.max(runMax, e.end);
    idx.maxEnd[i] = runMax;
  });
  return idx;
}

/** The index of all of a model's events, from its columns (the same values as buildTimeIndex of its events). */
export function timeIndexOfColumns(columns: EventColumns, laneOf: (actorId: string) => number): TimeIndex {
  const n = columns.start.length;
  const idx = emptyIndex(n);
  idx.start.set(columns.start);
  idx.end.set(columns.end);
  idx.kind.set(columns.kind);
  const laneOfSender = Int32Array.from(columns.senders, laneOf);
  let runMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const start = columns.start[i]!;
    const end = columns.end[i]!;
    idx.center[i] = spanCenter(start, end);
    idx.lane[i] = laneOfSender[columns.sender[i]!]!;
    if (end > runMax) runMax = end;
    idx.maxEnd[i] = runMax;
  }
  return idx;
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
