import { describe, expect, it } from 'vitest';
import { clusterAt, clusterClickOpens, clusterRadius, type Cluster } from '../../../../src/features/timeline/layout/clusters.ts';

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
