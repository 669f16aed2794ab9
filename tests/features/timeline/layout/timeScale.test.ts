import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { createTimeScale, eventCenter, maxZoom, paddedExtent as paddedColumns } from '../../../../src/features/timeline/layout/timeScale.ts';

/** paddedExtent of spans given as objects. */
const paddedExtent = (spans: readonly { start: number; end: number }[]) => paddedColumns(spans.map((s) => s.start), spans.map((s) => s.end));
import { DAY, HOUR, bundledModel, syntheticModel } from '../timelineFixtures.ts';

const T = Date.UTC(2022, 2, 12);

describe('paddedExtent', () => {
  it('pads 4% of the span on each side', () => {
    expect(paddedExtent([{ start: T, end: T + 100 * DAY }])).toEqual([T - 4 * DAY, T + 104 * DAY]);
  });

  it('spans from the earliest start to the latest end of all the spans', () => {
    const spans = [
      { start: T + 10 * DAY, end: T + 11 * DAY },
      { start: T, end: T + DAY },
      { start: T + 40 * DAY, end: T + 50 * DAY },
    ];
    expect(paddedExtent(spans)).toEqual([T - 2 * DAY, T + 52 * DAY]);
  });

  it('gives 1 to 31 January 2022 when there is no event', () => {
    expect(paddedExtent([])).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31)]);
  });

  it('widens events known only to their days to two weeks around their middle, then pads 4% of that', () => {
    // Middle: noon on 12 March; 7 days each side; 4% of 14 days = 0.56 day.
    expect(paddedExtent([{ start: T, end: T + DAY }])).toEqual([T - 7.06 * DAY, T + 8.06 * DAY]);
    expect(paddedExtent([{ start: T, end: T + DAY }, { start: T + 3 * DAY, end: T + 4 * DAY }])).toEqual([T - 5.56 * DAY, T + 9.56 * DAY]);
  });

  it('widens a span holding a timed event to a day around its middle, and leaves a longer one as it is', () => {
    const minute = { start: T + 13 * HOUR, end: T + 13 * HOUR + 60_000 };
    const middle = minute.start + 30_000;
    expect(paddedExtent([minute])).toEqual([middle - 12 * HOUR - 0.04 * DAY, middle + 12 * HOUR + 0.04 * DAY]);
    // A timed event and a day-only one three days apart: already more than a day.
    expect(paddedExtent([minute, { start: T + 3 * DAY, end: T + 4 * DAY }])).toEqual([minute.start - 0.04 * (4 * DAY - 13 * HOUR), T + 4 * DAY + 0.04 * (4 * DAY - 13 * HOUR)]);
  });

  describe('with a date filter', () => {
    const columns = (spans: readonly { start: number; end: number }[]) => [spans.map((x) => x.start), spans.map((x) => x.end)] as const;
    // 12 March to 1 April: a window of 21 days known only to its days, and a letter of 20 March.
    const spans = [
      { start: T, end: T + 21 * DAY },
      { start: T + 8 * DAY, end: T + 9 * DAY },
    ];

    it('keeps to the filter’s days: a window running past them is cut there, with room for an end mark only, not 4% of empty days', () => {
      // The filter: 14 to 31 March (17 days). Before, the view ran from 11 March to 2 April, its axis days the filter left out.
      const days = [T + 2 * DAY, T + 19 * DAY] as const;
      const [lo, hi] = paddedColumns(...columns(spans), { days, edge: 0.01 });
      // 1% of the view on each side past the filter's days (a mark's room), not 4%.
      expect((days[0] - lo) / (hi - lo)).toBeCloseTo(0.01, 9);
      expect((hi - days[1]) / (hi - lo)).toBeCloseTo(0.01, 9);
    });

    it('keeps every mark in view: a window’s, at its middle, outside the filter’s days, with room around it', () => {
      // The filter: 1 to 9 April; the window's mark is on 22 March at noon.
      const days = [T + 20 * DAY, T + 29 * DAY] as const;
      const mark = T + 10.5 * DAY;
      const [lo, hi] = paddedColumns(...columns([spans[0]!, { start: T + 28 * DAY, end: T + 29 * DAY }]), { days, edge: 0.01 });
      expect((mark - lo) / (hi - lo)).toBeCloseTo(0.01, 9);
      expect((hi - days[1]) / (hi - lo)).toBeCloseTo(0.01, 9);
    });

    it('holds the days a link asked for (?window=) inside the filter’s, where no event is; not those past the filter’s', () => {
      // The filter: 1 March to 11 April; the events from 20 March. Before, a window of 1 to 10 March
      // was left out of the range, and the chart moved it onto the events, with a notice.
      const letter = [{ start: T + 8 * DAY, end: T + 9 * DAY }, { start: T + 20 * DAY, end: T + 21 * DAY }];
      const days = [T - 11 * DAY, T + 30 * DAY] as const;
      const asked = [T - 11 * DAY, T - 2 * DAY] as const;
      const [lo, hi] = paddedColumns(...columns(letter), { days, edge: 0.01, asked });
      expect(lo).toBeLessThanOrEqual(asked[0]);
      expect(hi).toBeGreaterThanOrEqual(T + 21 * DAY);
      // Running before the filter's days: only its days inside them.
      const [a] = paddedColumns(...columns(letter), { days, edge: 0.01, asked: [T - 40 * DAY, T - 2 * DAY] });
      expect(a).toBe(lo);
      // Wholly past them: as without it.
      expect(paddedColumns(...columns(letter), { days, edge: 0.01, asked: [T + 40 * DAY, T + 50 * DAY] })).toEqual(paddedColumns(...columns(letter), { days, edge: 0.01 }));
    });

    it('pads as without a filter where the events end before its days do', () => {
      const wide = [T - 30 * DAY, T + 60 * DAY] as const;
      expect(paddedColumns(...columns(spans), { days: wide, edge: 0.01 })).toEqual(paddedExtent(spans));
    });

    it('keeps to a filter shorter than the least span: its days and its marks, not two weeks', () => {
      // A filter of 20 March, a letter of that day: the day, with a mark's room each side (the axis keeps to days: axisTicks).
      // Before, two weeks around it, 13 of them days the filter leaves out.
      const letter = [{ start: T + 8 * DAY, end: T + 9 * DAY }];
      const [lo, hi] = paddedColumns(...columns(letter), { days: [T + 8 * DAY, T + 9 * DAY], edge: 0.01 });
      expect((T + 8 * DAY - lo) / (hi - lo)).toBeCloseTo(0.01, 9);
      expect((hi - (T + 9 * DAY)) / (hi - lo)).toBeCloseTo(0.01, 9);
      // 14 to 18 March, with the 21-day window (its mark on 22 March, noon) and the letter of 20 March: 14 March to the window's mark.
      const [a, b] = paddedColumns(...columns(spans), { days: [T + 2 * DAY, T + 7 * DAY], edge: 0.01 });
      expect((T + 2 * DAY - a) / (b - a)).toBeCloseTo(0.01, 9);
      expect((b - (T + 10.5 * DAY)) / (b - a)).toBeCloseTo(0.01, 9);
    });

    it('widens to the least span inside a longer filter’s days, and moves to stay inside them', () => {
      // 1 to 30 April, one letter on 2 April: two weeks from 1 April (not from 26 March, around the letter).
      const april = [T + 20 * DAY, T + 50 * DAY] as const;
      const [lo, hi] = paddedColumns([T + 21 * DAY], [T + 22 * DAY], { days: april, edge: 0.01 });
      expect((april[0] - lo) / (hi - lo)).toBeCloseTo(0.01, 9);
      expect(hi - lo).toBeCloseTo(14 * 1.04 * DAY + 0.01 * (hi - lo), -3);
    });
  });

  it('pads the bundled dataset from the evening of 17 February to the early hours of 2 August 2022', () => {
    const [lo, hi] = paddedExtent(bundledModel().events);
    expect(new Date(lo).toISOString()).toBe('2022-02-17T21:07:12.000Z');
    expect(new Date(hi).toISOString()).toBe('2022-08-02T02:52:48.000Z');
  });
});

describe('createTimeScale', () => {
  const extent: [number, number] = [T, T + 30 * DAY];

  it('maps the start of the extent to 0 and its end to the inner width', () => {
    const s = createTimeScale(extent, 600);
    expect(s(extent[0])).toBe(0);
    expect(s(extent[1])).toBe(600);
    expect(s(T + 15 * DAY)).toBe(300);
  });

  it('is not changed by a zoom transform rescaling it', () => {
    const s = createTimeScale(extent, 600);
    const zoomed = zoomIdentity.translate(-100, 0).scale(2).rescaleX(s);
    expect(zoomed(extent[0])).toBe(-100);
    expect(zoomed(T + 15 * DAY)).toBe(500);
    expect(s.domain().map((d) => d.getTime())).toEqual(extent);
    expect(s.range()).toEqual([0, 600]);
    expect(s(T + 15 * DAY)).toBe(300);
  });
});

describe('maxZoom', () => {
  it('allows zooming until two hours fill the chart', () => {
    expect(maxZoom([T, T + 10 * DAY])).toBe(120);
    const s = createTimeScale([T, T + 10 * DAY], 1000);
    const [a, b] = zoomIdentity.scale(maxZoom([T, T + 10 * DAY])).rescaleX(s).domain();
    expect(b!.getTime() - a!.getTime()).toBe(2 * HOUR);
  });

  it('never goes below 1 for an extent shorter than two hours', () => {
    expect(maxZoom([T, T + HOUR])).toBe(1);
    expect(maxZoom([T, T])).toBe(1);
  });
});

describe('eventCenter', () => {
  const model = bundledModel();
  const center = (id: string) => new Date(eventCenter(model.eventsById.get(id)!)).toISOString();

  it('puts an event known to the minute at its exact instant, not in the middle of the minute', () => {
    const m = syntheticModel([{ id: 'a', name: 'A' }], [{ id: 'e', date: '2022-03-12T10:07+03:00', from: 'a' }]);
    expect(eventCenter(m.events[0]!)).toBe(Date.UTC(2022, 2, 12, 7, 7));
  });

  it('puts an event known to the second at its exact instant', () => {
    // The bundled times are written with seconds ("13:43:00-05:00").
    expect(model.eventsById.get('biden-sanctions')!.date).toMatch(/T\d\d:\d\d:\d\d/);
    expect(center('biden-sanctions')).toBe('2022-02-24T18:43:00.000Z');
    expect(center('soyuz-ms19-landing')).toBe('2022-03-30T11:28:00.000Z');
    const m = syntheticModel([{ id: 'a', name: 'A' }], [{ id: 'e', date: '2022-03-12T10:00:05Z', from: 'a' }]);
    expect(eventCenter(m.events[0]!)).toBe(Date.UTC(2022, 2, 12, 10, 0, 5));
  });

  it('puts an event known to the day at noon UTC of that day', () => {
    expect(center('rogozin-deorbit-warning')).toBe('2022-02-24T12:00:00.000Z');
    expect(center('rogozin-demands-letters')).toBe('2022-03-12T12:00:00.000Z');
  });

  it('puts a window in its middle: 12 March to the end of 2 April is 23 March, 00:00', () => {
    expect(center('nelson-reply-letter')).toBe('2022-03-23T00:00:00.000Z');
    expect(center('rogozin-end-of-march-deadline')).toBe('2022-03-19T00:00:00.000Z');
  });

  it('puts a window between two minutes in its middle, not at its start', () => {
    const m = syntheticModel(
      [{ id: 'a', name: 'A' }],
      [{ id: 'e', date: '2022-03-12T10:00Z', dateEnd: '2022-03-12T12:00Z', from: 'a' }],
    );
    // The window ends at the end of 12:00, one minute after it.
    expect(eventCenter(m.events[0]!)).toBe(Date.UTC(2022, 2, 12, 11, 0, 30));
  });

  it('puts an event known to the month in the middle of the month', () => {
    const m = syntheticModel([{ id: 'a', name: 'A' }], [{ id: 'e', date: '2022-02', from: 'a' }]);
    expect(eventCenter(m.events[0]!)).toBe(Date.UTC(2022, 1, 15));
  });
});

describe('createTimeScale as a scale', () => {
  const scale = createTimeScale([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)], 1000);

  it('maps a time to pixels and a pixel back to its time', () => {
    expect(scale(Date.UTC(2022, 0, 6))).toBe(500);
    expect(scale(new Date(Date.UTC(2022, 0, 1)))).toBe(0);
    expect(scale.invert(250).toISOString()).toBe('2022-01-03T12:00:00.000Z');
  });

  it('is rescaled by a zoom transform into a new scale, leaving itself as it was', () => {
    const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(scale);
    expect(zoomed.domain().map((d) => d.toISOString())).toEqual(['2022-01-03T12:00:00.000Z', '2022-01-08T12:00:00.000Z']);
    expect(zoomed(Date.UTC(2022, 0, 6))).toBe(500);
    expect(scale.domain().map((d) => d.toISOString())).toEqual(['2022-01-01T00:00:00.000Z', '2022-01-11T00:00:00.000Z']);
    expect(scale.range()).toEqual([0, 1000]);
  });

  it('ticks on calendar boundaries in UTC, as d3-time counts them', () => {
    expect(scale.ticks(5).map((d) => d.toISOString().slice(0, 10))).toEqual(['2022-01-02', '2022-01-04', '2022-01-06', '2022-01-08', '2022-01-10']);
  });
});
