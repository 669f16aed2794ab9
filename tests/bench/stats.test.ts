import { describe, expect, it } from 'vitest';
import { maximum, median, percentile, ratio } from '../../bench/stats.ts';
import { frameDeltas } from '../../bench/measure.ts';

describe('median and percentile', () => {
  it('take the middle of an odd count and interpolate an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignore runs that measured nothing, and give null when none did', () => {
    expect(median([null, 5, undefined, Number.NaN, 7])).toBe(6);
    expect(median([null, undefined])).toBeNull();
  });

  it('interpolate the 95th percentile between the two nearest frames', () => {
    const xs = Array.from({ length: 21 }, (_, i) => i); // 0..20
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
  });
});

describe('maximum', () => {
  it('is the worst run, so that one long task among three runs is not hidden by a median', () => {
    expect(maximum([63, 104, 51])).toBe(104);
    expect(median([63, 104, 51])).toBe(63);
  });

  it('ignores runs that measured nothing, and gives null when none did', () => {
    expect(maximum([null, 40, undefined, Number.NaN])).toBe(40);
    expect(maximum([null, undefined])).toBeNull();
  });
});

describe('ratio', () => {
  it('is vis over ours, and null when either is missing or ours is zero', () => {
    expect(ratio(5000, 500)).toBe(10);
    expect(ratio(null, 500)).toBeNull();
    expect(ratio(5000, 0)).toBeNull();
  });
});

describe('frameDeltas', () => {
  it('keeps the frames from the first input to 100 ms after the last', () => {
    const frames = [0, 16, 33, 50, 200, 216, 400, 416];
    // inputs at 20 and 210: frames overlapping [20, 310]
    expect(frameDeltas(frames, [20, 210])).toEqual([17, 17, 150, 16, 184]);
  });

  it('is empty when there was no input', () => {
    expect(frameDeltas([0, 16, 33], [])).toEqual([]);
  });
});
