import { describe, expect, it } from 'vitest';
import type { ZoomView } from 'd3-interpolate';
import { interpolateZoom, type SmoothZoom } from '../../../src/shared/d3/interpolateZoom.ts';

// The package itself, by path: vite.config.ts aliases its name to the stand-in under test.
const D3_INTERPOLATE: string = '../../../node_modules/d3-interpolate/dist/d3-interpolate.mjs';
const { interpolateZoom: d3InterpolateZoom } = (await import(D3_INTERPOLATE)) as { interpolateZoom: (a: ZoomView, b: ZoomView) => SmoothZoom };

const cases: [string, ZoomView, ZoomView][] = [
  ['a pan at the same width', [100, 0, 800], [2400, 0, 800]],
  ['a pan that zooms in', [400, 0, 800], [9000, 0, 25]],
  ['a pan that zooms out', [9000, 0, 25], [400, 0, 800]],
  ['a zoom about the same centre', [640, 0, 1280], [640, 0, 40]],
  ['a tiny move', [640, 0, 1280], [640.0000001, 0, 1280]],
];

describe('interpolateZoom', () => {
  for (const [name, a, b] of cases) {
    it(`gives the same views and duration as d3-interpolate's for ${name}`, () => {
      const ours = interpolateZoom(a, b);
      const theirs = d3InterpolateZoom(a, b);
      expect(ours.duration).toBeCloseTo(theirs.duration, 6);
      for (let t = 0; t <= 1; t += 0.125) {
        const [x, y, w] = ours(t);
        const [x2, y2, w2] = theirs(t);
        expect(x, `x at ${t}`).toBeCloseTo(x2, 6);
        expect(y, `y at ${t}`).toBeCloseTo(y2, 6);
        expect(w, `w at ${t}`).toBeCloseTo(w2, 6);
      }
    });
  }

  it('starts at the first view and ends at the second', () => {
    const i = interpolateZoom([400, 0, 800], [9000, 0, 25]);
    expect(i(0).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([400, 0, 800]);
    expect(i(1).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([9000, 0, 25]);
  });
});
