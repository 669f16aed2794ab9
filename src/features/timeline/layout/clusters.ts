import type { Lane } from './lanes.ts';
import type { TimeIndex } from './timeIndex.ts';
import { MARK_REACH } from './marks.ts';

/*
 * Everything about clusters in one place: how events become counted clusters, where a cluster
 * sits in its lane, how big it is, and which cluster a point hits.
 */

export interface Cluster {
  lane: number;
  /** Mean x of its events, in chart pixels, moved as far as needed to keep its circle in its column (clear of its neighbours'). */
  x: number;
  /** Centre of the circle, in chart pixels (see clusterY). */
  y: number;
  r: number;
  count: number;
  /** Index (in the shown events) of its first and last event: its events are among [first, last]. */
  first: number;
  last: number;
  /** Its pixel column (of CLUSTER_BUCKET_PX), which with its lane says which events it holds. */
  col: number;
}

/** Above this many events in view, events are drawn as counted clusters. */
export const CLUSTER_ABOVE = 150;

/** Width of the pixel columns events are grouped in. */
export const CLUSTER_BUCKET_PX = 32;

/** The largest a cluster's circle gets, and the width of its outline, in px. */
const CLUSTER_MAX_RADIUS = 14;
export const CLUSTER_STROKE = 1.25;
/** How far inside its column's edges a cluster's circle is kept: its outline's outer half and 1 px (2 px clear between neighbours). */
export const CLUSTER_INSET = CLUSTER_STROKE / 2 + 1;

/** Radius of a cluster: grows with the log of its count so that a 10,000 pile stays readable. */
export function clusterRadius(count: number): number {
  return Math.min(CLUSTER_MAX_RADIUS, 4 + 2 * Math.log2(count + 1));
}

/** A cluster sits in its lane's first row, pulled up when the lane is short. */
export function clusterY(lane: Lane): number {
  return lane.rowY + Math.min(lane.height - (lane.rowY - lane.y) - 16, 12);
}

/**
 * Whether a click on a cluster opens its first event rather than zooming in around it: a cluster
 * of one, or one that the deepest zoom still cannot split (events of the same hour), which the
 * panel's Next then reads through.
 */
export function clusterClickOpens(count: number, k: number, maxK: number): boolean {
  return count === 1 || k >= maxK * (1 - 1e-9);
}

/** Clear space kept between the largest cluster's outline and the rings of the reader's own mark below it, px. */
const DENSE_MARK_GAP = 3;

/**
 * Where the reader's own event (tab stop, selection) is drawn in the clustered view: below its
 * lane's clusters, its selection circle and focus ring at least DENSE_MARK_GAP clear of the
 * largest cluster's outline (before, 33 px under the first row: a selected mark overlapped a
 * cluster of 30 or more events above it).
 */
export function denseMarkY(lane: Lane): number {
  return clusterY(lane) + Math.ceil(CLUSTER_MAX_RADIUS + CLUSTER_STROKE / 2 + DENSE_MARK_GAP + MARK_REACH);
}

/**
 * Rows a sender's lane is given in a chart that may be drawn in clusters (chartFrame.ts): the
 * fewest that hold its clusters and, below them, the reader's mark with its rings.
 */
export const DENSE_LANE_ROWS = 4;

// Per-frame scratch space, reused: a zoom frame allocates no typed arrays.
let scratch = { count: new Int32Array(0), sumX: new Float64Array(0), first: new Int32Array(0), last: new Int32Array(0) };
function scratchFor(cells: number) {
  if (scratch.count.length < cells) {
    scratch = { count: new Int32Array(cells), sumX: new Float64Array(cells), first: new Int32Array(cells), last: new Int32Array(cells) };
  } else {
    scratch.count.fill(0, 0, cells);
    scratch.sumX.fill(0, 0, cells);
  }
  return scratch;
}

/** The pixel column an x falls in, as clusterEvents counts them (one spare column on each side). */
const columnOf = (x: number, cols: number, bucketPx: number) => Math.min(cols - 1, Math.max(0, Math.floor(x / bucketPx) + 1));

/**
 * Level of detail: events of one lane that fall in the same `bucketPx`-wide column become one
 * counted cluster. As the reader zooms in, columns hold fewer events and clusters split.
 * `x = (center - d0) * k` is the linear time scale inlined for speed; the work is one pass over
 * the events in [lo, hi) with typed arrays, and what is drawn is one circle per column and lane.
 */
export function clusterEvents(
  idx: TimeIndex,
  lo: number,
  hi: number,
  d0: number,
  k: number,
  width: number,
  lanes: readonly Lane[],
  bucketPx = CLUSTER_BUCKET_PX,
): Cluster[] {
  const laneCount = lanes.length;
  const cols = Math.max(1, Math.ceil(width / bucketPx) + 2);
  const { count, sumX, first, last } = scratchFor(cols * laneCount);
  for (let i = lo; i < hi; i++) {
    const lane = idx.lane[i]!;
    if (lane < 0) continue;
    const x = (idx.center[i]! - d0) * k;
    if (x < -bucketPx || x > width + bucketPx) continue;
    const cell = lane * cols + columnOf(x, cols, bucketPx);
    if (count[cell]!++ === 0) first[cell] = i;
    last[cell] = i;
    sumX[cell]! += x;
  }
  const out: Cluster[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const y = clusterY(lanes[lane]!);
    for (let col = 0; col < cols; col++) {
      const cell = lane * cols + col;
      const c = count[cell]!;
      if (c === 0) continue;
      // Column `col` holds x in [(col - 1) * bucketPx, col * bucketPx) and a circle is at most 28
      // px across: kept inside its column, no circle covers its neighbour's count, as two at
      // their events' mean x could (events either side of a column's edge). Its outline too, and
      // 1 px more: two at a column's edge touched, their outlines drawn over each other.
      const r = clusterRadius(c);
      const reach = r + CLUSTER_INSET;
      const x = Math.min(col * bucketPx - reach, Math.max((col - 1) * bucketPx + reach, sumX[cell]! / c));
      out.push({ lane, x, y, r, count: c, first: first[cell]!, last: last[cell]!, col });
    }
  }
  return out;
}

/**
 * How many of a cluster's events are of each kind (in EVENT_KINDS order), for saying what it
 * holds: the same column test as clusterEvents, over its events only, when a reader asks.
 */
export function clusterKinds(idx: TimeIndex, c: Cluster, d0: number, k: number, width: number, kindCount: number, bucketPx = CLUSTER_BUCKET_PX): number[] {
  const cols = Math.max(1, Math.ceil(width / bucketPx) + 2);
  const kinds = new Array<number>(kindCount).fill(0);
  for (let i = c.first; i <= c.last; i++) {
    if (idx.lane[i] !== c.lane) continue;
    const x = (idx.center[i]! - d0) * k;
    if (x < -bucketPx || x > width + bucketPx || columnOf(x, cols, bucketPx) !== c.col) continue;
    kinds[idx.kind[i]!]!++;
  }
  return kinds;
}

/** How far outside its circle a click or tap still hits a cluster. */
const CLUSTER_HIT_SLOP = 6;

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
