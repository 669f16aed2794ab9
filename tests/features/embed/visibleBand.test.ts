import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../src/features/embed/visibleBand.ts';

describe('bandOf', () => {
  it('is null while the whole frame is in view, or none of it', () => {
    expect(bandOf(0, 780, 780)).toBeNull();
    expect(bandOf(0, 779.5, 780)).toBeNull();
    expect(bandOf(0, 0, 780)).toBeNull();
  });

  it('is the part in view: its top scrolled off above, or its bottom below', () => {
    expect(bandOf(300, 480, 780)).toEqual({ top: 300, bottom: 0 });
    expect(bandOf(0, 500, 780)).toEqual({ top: 0, bottom: 280 });
    expect(bandOf(100, 600, 900)).toEqual({ top: 100, bottom: 200 });
  });

  it('is at least 320 px high (or the frame), widened upward from the part in view', () => {
    expect(bandOf(600, 180, 780)).toEqual({ top: 460, bottom: 0 });
    expect(bandOf(0, 100, 780)).toEqual({ top: 0, bottom: 460 });
    expect(bandOf(100, 150, 300)).toEqual({ top: 0, bottom: 0 });
  });
});
