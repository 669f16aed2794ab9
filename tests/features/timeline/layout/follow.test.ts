import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { fittedDays, followTransform } from '../../../../src/features/timeline/layout/follow.ts';
import { createTimeScale } from '../../../../src/features/timeline/layout/timeScale.ts';

// A 1,000 px chart zoomed 4×, showing base pixels 250–500.
const view = zoomIdentity.translate(-1000, 0).scale(4);

describe('followTransform', () => {
  it('leaves the view alone when the event is inside it, clear of the edges', () => {
    expect(followTransform(view, 300, 300, 1000, 100)).toBeNull();
    expect(followTransform(view, 280, 470, 1000, 100)).toBeNull();
  });

  it('pans to centre an event out of view, keeping the zoom', () => {
    const t = followTransform(view, 700, 700, 1000, 100)!;
    expect(t.k).toBe(4);
    expect(t.applyX(700)).toBe(500);
  });

  it('pans an event near the edge into view too', () => {
    const t = followTransform(view, 255, 255, 1000, 100)!;
    expect(t.applyX(255)).toBe(500);
  });

  it('zooms out just enough for a date window wider than the view, centred on it', () => {
    const t = followTransform(view, 100, 600, 1000, 100)!;
    expect(t.k).toBeCloseTo(1.6, 6);
    expect(t.applyX(350)).toBeCloseTo(500, 6);
    expect(t.applyX(100)).toBeGreaterThanOrEqual(100);
    expect(t.applyX(600)).toBeLessThanOrEqual(900);
  });

  it('stays inside the whole range at its ends', () => {
    const t = followTransform(view, 5, 5, 1000, 100)!;
    expect(t.x).toBe(0);
    const u = followTransform(view, 995, 995, 1000, 100)!;
    expect(u.applyX(1000)).toBe(1000);
  });
});

describe('fittedDays', () => {
  // 1 March to 31 March 2022 (UTC) across 1,000 px.
  const base = createTimeScale([Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 1)], 1000);
  const day = (d: number) => Date.UTC(2022, 2, d);

  it('gives back the days asked for within the range', () => {
    expect(fittedDays(base, day(10), day(20), 1000, 1000)).toEqual({ start: '2022-03-10', end: '2022-03-19' });
  });

  it('moves days that begin before the range to its start, keeping their length', () => {
    expect(fittedDays(base, Date.UTC(2022, 1, 20), day(2), 1000, 1000)).toEqual({ start: '2022-03-01', end: '2022-03-10' });
  });

  it('moves days that run past its end back inside it', () => {
    expect(fittedDays(base, day(28), Date.UTC(2022, 3, 5), 1000, 1000)).toEqual({ start: '2022-03-24', end: '2022-03-31' });
  });

  it('gives back the days asked for when the range starts or ends within their first or last day, so a copied link shows the same days again', () => {
    // A range padded to part of a day: 1 March 07:00 to 31 March 17:00.
    const padded = createTimeScale([Date.UTC(2022, 2, 1, 7), Date.UTC(2022, 2, 31, 17)], 1000);
    expect(fittedDays(padded, day(1), day(11), 1000, 1000)).toEqual({ start: '2022-03-01', end: '2022-03-10' });
    expect(fittedDays(padded, day(21), day(32), 1000, 1000)).toEqual({ start: '2022-03-21', end: '2022-03-31' });
  });

  it('is null (the whole range) for days as long as the range or longer', () => {
    expect(fittedDays(base, Date.UTC(2022, 1, 1), Date.UTC(2022, 4, 1), 1000, 1000)).toBeNull();
  });
});
