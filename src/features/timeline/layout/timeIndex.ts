import type { TimelineEvent } from '../../../shared/model/timelineModel.ts';
import { eventCenter } from './timeScale.ts';

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
  /** Running maximum of `end`, so a window that started long ago is still found by range queries. */
  maxEnd: Float64Array;
}

export function buildTimeIndex(events: readonly TimelineEvent[], laneOf: (actorId: string) => number): TimeIndex {
  const n = events.length;
  const idx: TimeIndex = {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    center: new Float64Array(n),
    lane: new Int32Array(n),
    maxEnd: new Float64Array(n),
  };
  let runMax = -Infinity;
  events.forEach((e, i) => {
    idx.start[i] = e.start;
    idx.end[i] = e.end;
    idx.center[i] = eventCenter(e);
    idx.lane[i] = laneOf(e.from);
    runMax = Math.max(runMax, e.end);
    idx.maxEnd[i] = runMax;
  });
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

export interface Cluster {
  lane: number;
  /** Mean x of its events, in chart pixels. */
  x: number;
  count: number;
  /** Index (in the shown events) of its first event, for opening a cluster of one. */
  first: number;
}

/**
 * Level of detail: events of one lane that fall in the same `bucketPx`-wide column become one
 * counted cluster. As the reader zooms in, columns hold fewer events and clusters split.
 * `x = (center - d0) * k + r0` is the linear time scale inlined for speed.
 */
export function clusterEvents(
  idx: TimeIndex,
  lo: number,
  hi: number,
  d0: number,
  k: number,
  r0: number,
  width: number,
  laneCount: number,
  bucketPx = 32,
): Cluster[] {
  const cols = Math.max(1, Math.ceil(width / bucketPx) + 2);
  const count = new Int32Array(cols * laneCount);
  const sumX = new Float64Array(cols * laneCount);
  const first = new Int32Array(cols * laneCount).fill(-1);
  for (let i = lo; i < hi; i++) {
    const lane = idx.lane[i]!;
    if (lane < 0) continue;
    const x = (idx.center[i]! - d0) * k + r0;
    if (x < -bucketPx || x > width + bucketPx) continue;
    const col = Math.min(cols - 1, Math.max(0, Math.floor(x / bucketPx) + 1));
    const cell = lane * cols + col;
    count[cell]!++;
    sumX[cell]! += x;
    if (first[cell] === -1) first[cell] = i;
  }
  const out: Cluster[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    for (let col = 0; col < cols; col++) {
      const cell = lane * cols + col;
      const c = count[cell]!;
      if (c > 0) out.push({ lane, x: sumX[cell]! / c, count: c, first: first[cell]! });
    }
  }
  return out;
}
