import { describe, expect, it } from 'vitest';
import { CLUSTER_INSET, CLUSTER_STROKE, clusterAt, clusterClickOpens, clusterEvents, clusterRadius, clusterY, DENSE_LANE_ROWS, denseMarkY, type Cluster } from '../../../../src/features/timeline/layout/clusters.ts';
import { MARK_REACH, MARK_RINGS } from '../../../../src/features/timeline/layout/marks.ts';
import { MAX_ROWS } from '../../../../src/features/timeline/layout/stackRows.ts';
import { layoutLanes } from '../../../../src/features/timeline/layout/lanes.ts';
import type { TimeIndex } from '../../../../src/features/timeline/layout/timeIndex.ts';

const cluster = (x: number, y: number, count: number): Cluster => ({ lane: 0, x, y, r: clusterRadius(count), count, first: 0, last: count - 1, col: 1 });

describe('clusterAt', () => {
  it('hits a cluster within its radius plus 6 px, and misses beyond', () => {
    const c = cluster(100, 50, 7);
    expect(clusterAt([c], 100 + c.r + 6, 50)).toBe(c);
    expect(clusterAt([c], 100 + c.r + 6.5, 50)).toBeNull();
  });

  it('picks the nearest of two overlapping clusters', () => {
    const a = cluster(100, 50, 100);
    const b = cluster(118, 50, 100);
    expect(clusterAt([a, b], 104, 50)).toBe(a);
    expect(clusterAt([a, b], 114, 50)).toBe(b);
  });
});

describe('clusterRadius', () => {
  it('grow with the log of the count and stop at 14 px', () => {
    expect(clusterRadius(1)).toBe(6);
    expect(clusterRadius(7)).toBe(10);
    expect(clusterRadius(100_000)).toBe(14);
  });
});

describe('clusterClickOpens', () => {
  it('opens a cluster of one at any zoom, and a bigger one only at the deepest zoom, where zooming cannot split it', () => {
    expect(clusterClickOpens(1, 1, 5000)).toBe(true);
    expect(clusterClickOpens(113, 1, 5000)).toBe(false);
    expect(clusterClickOpens(113, 4999, 5000)).toBe(false);
    expect(clusterClickOpens(113, 5000, 5000)).toBe(true);
  });
});

/** Lanes of 1 and 3 rows, as the chart lays them out. */
const { lanes } = layoutLanes(
  [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  new Set(['a', 'b']),
  new Map([
    ['a', 1],
    ['b', 3],
  ]),
);

describe('clusterY', () => {
  it('sits 12 px below the first row of a lane of several rows, and is pulled up in a lane of one row', () => {
    const [one, three] = lanes as [(typeof lanes)[0], (typeof lanes)[0]];
    expect(three.rowY).toBe(54 + 36);
    expect(clusterY(three)).toBe(three.rowY + 12);
    // One row: 54 px tall, first row at 36; the cluster keeps 16 px of the lane below its centre.
    expect(clusterY(one)).toBe(one.rowY + 2);
  });
});

describe('denseMarkY', () => {
  /** A lane of `rows` rows, as the chart lays them out. */
  const laneOf = (rows: number) => layoutLanes([{ id: 'a', name: 'A' }], new Set(['a']), new Map([['a', rows]])).lanes[0]!;

  it('draws the reader’s own event below its lane’s clusters, its selection circle and focus ring at least 3 px clear of the largest cluster’s outline', () => {
    // Before, 33 px under the first row: the selection circle (13 px, 2 px outline) reached 7 px into a cluster of 30 or more events.
    for (const rows of [DENSE_LANE_ROWS, MAX_ROWS]) {
      const lane = laneOf(rows);
      const clusterBottom = clusterY(lane) + clusterRadius(100_000) + CLUSTER_STROKE / 2;
      const selectionTop = denseMarkY(lane) - MARK_RINGS.selected.r - MARK_RINGS.selected.width / 2;
      const focusTop = denseMarkY(lane) - MARK_RINGS.focus.r - MARK_RINGS.focus.width / 2;
      expect(selectionTop - clusterBottom).toBeGreaterThanOrEqual(3);
      expect(focusTop - clusterBottom).toBeGreaterThanOrEqual(3);
    }
  });

  it('a lane of DENSE_LANE_ROWS rows, the fewest a clustered chart gives a sender, holds the mark with its rings; one row fewer would not', () => {
    const fits = (rows: number) => {
      const lane = laneOf(rows);
      return denseMarkY(lane) + MARK_REACH <= lane.y + lane.height;
    };
    expect(DENSE_LANE_ROWS).toBeLessThanOrEqual(MAX_ROWS);
    expect(fits(DENSE_LANE_ROWS)).toBe(true);
    expect(fits(DENSE_LANE_ROWS - 1)).toBe(false);
  });
});

describe('clusterEvents', () => {
  /** Events of lane 0 at these x (with d0 = 0 and k = 1, x is the event's time). */
  function index(xs: readonly number[]): TimeIndex {
    const center = Float64Array.from(xs);
    return { count: xs.length, start: center, end: center, center, lane: new Int32Array(xs.length), kind: new Uint8Array(xs.length), maxEnd: center };
  }

  it('keeps an event just past the right edge, whose circle reaches into view, apart from those inside, and drops one further out', () => {
    // 320 px: columns of 32 px, the last one inside ends at 320; 330 is in the spare column past it; 360 is beyond that.
    const clusters = clusterEvents(index([300, 310, 330, 360]), 0, 4, 0, 1, 320, lanes.slice(0, 1));
    expect(clusters.map((c) => [c.x, c.count, c.first, c.last])).toEqual([
      [305, 2, 0, 1],
      [330, 1, 2, 2],
    ]);
  });

  it('keeps the circles of neighbouring columns apart, each near its events, so that no count is drawn over another', () => {
    // Before, each circle sat at its events' mean x: 30 and 33 px, circles of 11 px, drawn over each other ("55" under "22").
    const xs = [...Array<number>(10).fill(30), ...Array<number>(10).fill(33), 40, 64, 65, 66];
    const clusters = clusterEvents(index(xs), 0, xs.length, 0, 1, 320, lanes.slice(0, 1));
    expect(clusters.map((c) => c.count)).toEqual([10, 11, 3]);
    for (const [a, b] of clusters.slice(1).map((c, i) => [clusters[i]!, c] as const)) expect(b.x - a.x).toBeGreaterThanOrEqual(a.r + b.r - 1e-9);
    // Within its own 32 px column, as near its events as that allows.
    expect(clusters.map((c) => Math.floor(c.x / 32))).toEqual([0, 1, 2]);
    expect(clusters[0]!.x).toBeCloseTo(32 - clusters[0]!.r - CLUSTER_INSET);
    expect(clusters[1]!.x).toBeCloseTo(32 + clusters[1]!.r + CLUSTER_INSET);
  });

  it('keeps 2 px clear between the outlines of neighbouring circles, the largest ones too', () => {
    // Before, two circles either side of a column's edge touched, and their outlines were drawn over
    // each other (in the 10,000-event archive at fit-all, 16 pairs at 1280 px, 13 at 600 px).
    const xs = [...Array<number>(2000).fill(31), ...Array<number>(2000).fill(33), ...Array<number>(3).fill(63), ...Array<number>(3).fill(65)];
    const clusters = clusterEvents(index(xs), 0, xs.length, 0, 1, 320, lanes.slice(0, 1));
    expect(clusters.map((c) => c.count)).toEqual([2000, 2003, 3]);
    expect(clusters[0]!.r).toBe(14);
    for (const [a, b] of clusters.slice(1).map((c, i) => [clusters[i]!, c] as const)) {
      expect(b.x - b.r - CLUSTER_STROKE / 2 - (a.x + a.r + CLUSTER_STROKE / 2), `${a.count} and ${b.count}`).toBeGreaterThanOrEqual(2 - 1e-9);
    }
  });
});
