import type { Lane } from './lanes.ts';
import { ROW_STEP } from './lanes.ts';
import type { TimeIndex } from './timeIndex.ts';

/*
 * Everything about clusters in one place: how events become counted clusters, where a cluster
 * sits in its lane, how big it is, and which cluster a point hits.
 */

export interface Cluster {
  lane: number;
  /** Mean x of its events, in chart pixels. */
  x: number;
  /** Centre of the circle, in chart pixels (see clusterY). */
  y: number;
  r: number;
  count: number;
  /** Index (in the shown events) of its first event, for opening a cluster of one. */
  first: number;
  /** How many of its events are of each kind, in EVENT_KINDS order. */
  kinds: number[];
}

/** Width of the pixel columns events are grouped in. */
export const CLUSTER_BUCKET_PX = 32;

/** Radius of a cluster: grows with the log of its count so that a 10,000 pile stays readable. */
export function clusterRadius(count: number): number {
  return Math.min(14, 4 + 2 * Math.log2(count + 1));
}

/** A cluster sits in its lane's first row, pulled up when the lane is short. */
export function clusterY(lane: Lane): number {
  return lane.rowY + Math.min(lane.height - (lane.rowY - lane.y) - 16, 12);
}

/** Where the reader's own event (tab stop, selection) is drawn in the clustered view: below its lane's clusters. */
export function denseMarkY(lane: Lane): number {
  return lane.rowY + ROW_STEP * 1.5;
}

/** "7", "999", "1.2k", "12k": the count as a cluster shows it. */
export function clusterLabel(count: number): string {
  if (count < 1000) return String(count);
  const k = count / 1000;
  return `${k < 10 ? Math.round(k * 10) / 10 : Math.round(k)}k`;
}

/**
 * Level of detail: events of one lane that fall in the same `bucketPx`-wide column become one
 * counted cluster. As the reader zooms in, columns hold fewer events and clusters split.
 * `x = (center - d0) * k + r0` is the linear time scale inlined for speed; the work is one pass
 * over the events in [lo, hi) with typed arrays, and what is drawn is one circle per column and lane.
 */
export function clusterEvents(
  idx: TimeIndex,
  lo: number,
  hi: number,
  d0: number,
  k: number,
  width: number,
  lanes: readonly Lane[],
  kindCount: number,
  bucketPx = CLUSTER_BUCKET_PX,
): Cluster[] {
  const laneCount = lanes.length;
  const cols = Math.max(1, Math.ceil(width / bucketPx) + 2);
  const cells = cols * laneCount;
  const count = new Int32Array(cells);
  const sumX = new Float64Array(cells);
  const first = new Int32Array(cells).fill(-1);
  const kinds = new Int32Array(cells * kindCount);
  for (let i = lo; i < hi; i++) {
    const lane = idx.lane[i]!;
    if (lane < 0) continue;
    const x = (idx.center[i]! - d0) * k;
    if (x < -bucketPx || x > width + bucketPx) continue;
    const col = Math.min(cols - 1, Math.max(0, Math.floor(x / bucketPx) + 1));
    const cell = lane * cols + col;
    count[cell]!++;
    sumX[cell]! += x;
    kinds[cell * kindCount + idx.kind[i]!]!++;
    if (first[cell] === -1) first[cell] = i;
  }
  const out: Cluster[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const y = clusterY(lanes[lane]!);
    for (let col = 0; col < cols; col++) {
      const cell = lane * cols + col;
      const c = count[cell]!;
      if (c === 0) continue;
      out.push({ lane, x: sumX[cell]! / c, y, r: clusterRadius(c), count: c, first: first[cell]!, kinds: Array.from(kinds.subarray(cell * kindCount, (cell + 1) * kindCount)) });
    }
  }
  return out;
}

/** How far outside its circle a click or tap still hits a cluster. */
export const CLUSTER_HIT_SLOP = 6;

/** The cluster under a point (chart pixels), the nearest when circles overlap; null when none. */
export function clusterAt(clusters: readonly Cluster[], x: number, y: number): Cluster | null {
  let best: Cluster | null = null;
  let bestD = Infinity;
  for (const c of clusters) {
    const d = Math.hypot(c.x - x, c.y - y);
    if (d <= c.r + CLUSTER_HIT_SLOP && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
