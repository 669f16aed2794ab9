import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { KIND_PATHS, kindPath, SHAPE_AREAS, type ShapeSize } from '../../../../src/features/timeline/layout/kindShapes.ts';
import { EVENT_KINDS } from '../../../../src/shared/dataset/schema.ts';

const D3_SYMBOLS = { letter: symbolSquare, 'social-post': symbolCircle, statement: symbolDiamond, 'press-report': symbolTriangle, sanction: symbolCross, milestone: symbolStar };

describe('kindPath', () => {
  it('gives six different shapes to the six kinds', () => {
    const paths = EVENT_KINDS.map((k) => kindPath(k));
    expect(EVENT_KINDS).toHaveLength(6);
    expect(new Set(paths).size).toBe(6);
  });

  it('is d3-shape’s symbol for every kind at every size: square, circle, diamond, triangle, cross and star', () => {
    expect(Object.keys(KIND_PATHS).sort()).toEqual([...EVENT_KINDS].sort());
    for (const k of EVENT_KINDS) {
      for (const size of Object.keys(SHAPE_AREAS) as ShapeSize[]) {
        expect(kindPath(k, size), `${k} ${size}`).toBe(symbol(D3_SYMBOLS[k], SHAPE_AREAS[size])());
      }
    }
  });

  it('draws a letter as a square of 150 px² centred on the origin on the chart', () => {
    // √150 ≈ 12.247
    expect(kindPath('letter')).toBe('M-6.124,-6.124h12.247v12.247h-12.247Z');
  });
});
