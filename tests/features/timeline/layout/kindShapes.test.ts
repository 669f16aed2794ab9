import { symbol } from 'd3-shape';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kindPath } from '../../../../src/features/timeline/layout/kindShapes.ts';
import { EVENT_KINDS } from '../../../../src/shared/dataset/schema.ts';

// The real d3-shape, with `symbol` watched so that the cache can be seen working.
vi.mock('d3-shape', async (importOriginal) => {
  const actual = await importOriginal<typeof import('d3-shape')>();
  return { ...actual, symbol: vi.fn(actual.symbol) };
});

describe('kindPath', () => {
  beforeEach(() => {
    vi.mocked(symbol).mockClear();
  });

  it('gives six different shapes to the six kinds', () => {
    const paths = EVENT_KINDS.map((k) => kindPath(k));
    expect(EVENT_KINDS).toHaveLength(6);
    expect(new Set(paths).size).toBe(6);
    for (const d of paths) expect(d).toMatch(/^M-?\d/);
  });

  it('draws a letter as a square of 150 px² centred on the origin', () => {
    // √150 ≈ 12.247
    expect(kindPath('letter')).toBe('M-6.124,-6.124h12.247v12.247h-12.247Z');
  });

  it('draws a social post as a circle, a statement as a diamond and a press report as a triangle', () => {
    expect(kindPath('social-post')).toBe('M6.91,0A6.91,6.91,0,1,1,-6.91,0A6.91,6.91,0,1,1,6.91,0');
    expect(kindPath('statement')).toBe('M0,-11.398L6.58,0L0,11.398L-6.58,0Z');
    expect(kindPath('press-report')).toBe('M0,-10.746L9.306,5.373L-9.306,5.373Z');
  });

  it('scales the shape to the area asked for', () => {
    expect(kindPath('letter', 64)).toBe('M-4,-4h8v8h-8Z');
    expect(kindPath('letter', 64)).not.toBe(kindPath('letter'));
  });

  it('returns the identical string for the same kind and area, computing it only once', () => {
    const first = kindPath('milestone', 77);
    expect(symbol).toHaveBeenCalledTimes(1);
    const second = kindPath('milestone', 77);
    expect(second).toBe(first);
    expect(symbol).toHaveBeenCalledTimes(1);
    kindPath('sanction', 77);
    expect(symbol).toHaveBeenCalledTimes(2);
  });
});
