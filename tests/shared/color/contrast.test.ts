import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn, relativeLuminance } from '../../../src/shared/color/contrast.ts';
import { PALETTE } from '../../../src/shared/palette.ts';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072B2', '#0072b2')).toBe(1);
  });

  it('matches WCAG’s worked values', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(0, 114, 178)', '#fff')).toBeCloseTo(5.19, 2);
  });

  it('cannot read what is not a colour', () => {
    expect(contrastRatio('Canvas', '#fff')).toBeNull();
  });
});

describe('readableOn', () => {
  it('gives white on the blue lane and black on the orange and yellow lanes', () => {
    expect(readableOn('#0072B2')).toBe('#ffffff');
    expect(readableOn('#D55E00')).toBe('#000000');
    expect(readableOn('#F0E442')).toBe('#000000');
  });

  it('reaches 4.5:1 on every palette colour and on any grey', () => {
    for (const c of [...PALETTE, ...Array.from({ length: 256 }, (_, i) => `#${i.toString(16).padStart(2, '0').repeat(3)}`)]) {
      expect(contrastRatio(readableOn(c), c), c).toBeGreaterThanOrEqual(4.5);
    }
  });
});
