import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, computeDimensions } from '../../../../src/features/timeline/layout/dimensions.ts';

describe('computeDimensions', () => {
  it('uses 16 px side margins, an 8 px top and the 30 px axis below from 480 px up', () => {
    expect(AXIS_HEIGHT).toBe(30);
    expect(computeDimensions(480, 100).margin).toEqual({ top: 8, right: 16, bottom: 30, left: 16 });
    expect(computeDimensions(1200, 100).margin).toEqual({ top: 8, right: 16, bottom: 30, left: 16 });
  });

  it('shrinks the side margins to 8 px below 480 px', () => {
    expect(computeDimensions(479, 100).margin).toEqual({ top: 8, right: 8, bottom: 30, left: 8 });
    expect(computeDimensions(320, 100).margin).toEqual({ top: 8, right: 8, bottom: 30, left: 8 });
  });

  it('makes the inner width the width less the left and right margins', () => {
    expect(computeDimensions(1200, 0).innerWidth).toBe(1168);
    expect(computeDimensions(480, 0).innerWidth).toBe(448);
    expect(computeDimensions(479, 0).innerWidth).toBe(463);
  });

  it('makes the height the top margin, the lanes and the axis, with the lanes as the inner height', () => {
    const d = computeDimensions(800, 368);
    expect(d.height).toBe(8 + 368 + 30);
    expect(d.innerHeight).toBe(368);
    expect(computeDimensions(800, 0).height).toBe(38);
  });

  it('clamps widths under 264 px (a 280 px embed less its sides) to 264 px', () => {
    const d = computeDimensions(200, 54);
    expect(d.width).toBe(264);
    expect(d.innerWidth).toBe(248);
    expect(computeDimensions(264, 54).width).toBe(264);
    expect(computeDimensions(0, 54).width).toBe(264);
    expect(computeDimensions(-50, 54).width).toBe(264);
  });

  it('rounds a fractional measured width down to whole pixels', () => {
    const d = computeDimensions(640.9, 10);
    expect(d.width).toBe(640);
    expect(d.innerWidth).toBe(608);
  });
});
