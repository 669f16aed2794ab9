import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { chartLayout, nearestToView, pinnedMarks } from '../../../../src/features/timeline/layout/chartLayout.ts';
import { CLUSTER_ABOVE, CLUSTER_BUCKET_PX, clusterKinds, clusterRadius, clusterY, denseMarkY } from '../../../../src/features/timeline/layout/clusters.ts';
import { daySpanOf } from '../../../../src/features/timeline/layout/daySpan.ts';
import { MARK_REACH } from '../../../../src/features/timeline/layout/marks.ts';
import { visibleRangeText } from '../../../../src/features/timeline/render/exportScene.ts';
import { EVENT_KINDS } from '../../../../src/shared/dataset/vocabulary.ts';
import { filterAndCount, filterDays, NO_FILTERS } from '../../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../../src/features/filters/searchIndex.ts';
import { bundledModel, DAY, generatedModel, syntheticModel } from '../timelineFixtures.ts';

const bundled = bundledModel();
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The transform that shows [t0, t1] (epoch ms) across the frame's width. */
function showing(frame: ReturnType<typeof chartFrame>, t0: number, t1: number) {
  const k = (frame.extent[1] - frame.extent[0]) / (t1 - t0);
  return zoomIdentity.translate(-frame.base(t0) * k, 0).scale(k);
}

describe('chartLayout at 19 events (the bundled dataset)', () => {
  const frame = chartFrame(bundled, bundled.events, 1200);
  const layout = chartLayout(frame, zoomIdentity);

  it('lays out every event as a mark in its sender’s lane, with no clusters', () => {
    expect(layout.dense).toBe(false);
    expect(layout.inView).toBe(19);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks.map((m) => m.event.id)).toEqual(bundled.events.map((e) => e.id));
    for (const m of layout.marks) expect(m.lane.actor.id).toBe(m.event.from);
  });

  it('shows the whole padded range, with ticks inside the chart', () => {
    expect(layout.domain).toEqual(frame.extent);
    expect(layout.ticks.length).toBeGreaterThan(5);
    for (const t of layout.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(frame.dims.innerWidth);
    }
  });

  it('names the lanes with the Russian names the dataset gives when the language is Russian, and as written otherwise', () => {
    const lanes = (lang: string) => chartFrame(bundled, bundled.events, 1200, lang, lang).lanes.map((l) => l.name);
    expect(lanes('en')).toEqual(['Roscosmos', 'NASA', 'ESA', 'CSA', 'U.S. Government', 'The Hamden Journal']);
    expect(lanes('ru')).toEqual(['Роскосмос', 'НАСА', 'ЕКА', 'ККА', 'Правительство США', 'The Hamden Journal']);
  });

  it('labels the marks with the Russian titles the dataset gives when the language is Russian', () => {
    const ru = chartLayout(chartFrame(bundled, bundled.events, 1200, 'ru', 'ru'), zoomIdentity);
    expect(ru.labels.length).toBeGreaterThan(10);
    for (const l of ru.labels) {
      const title = bundled.eventsById.get(l.id)!.translations!.ru!.title!;
      expect(title.startsWith(l.text.replace(/…$/, ''))).toBe(true);
      expect(l.text).toMatch(/[А-яЁё]/);
    }
  });

  it('draws the six reply arcs, a connector to every recipient in another lane, and labels', () => {
    expect(layout.links.map((l) => `${l.from}>${l.to}`)).toHaveLength(6);
    const expected = sum(layout.marks.map((m) => m.event.to.filter((to) => to !== m.event.from && frame.lanesByActor.has(to)).length));
    expect(layout.recipients).toHaveLength(expected);
    for (const r of layout.recipients) expect(layout.marks.find((m) => m.event.id === r.from)?.x).toBe(r.x);
    expect(layout.labels.length).toBeGreaterThan(10);
  });

  it('zoomed into March 2022, lays out only the events in view and still draws arcs to replies out of view', () => {
    const z = chartLayout(frame, showing(frame, Date.UTC(2022, 2, 20), Date.UTC(2022, 3, 10)));
    const ids = z.marks.map((m) => m.event.id);
    expect(ids).toContain('nelson-reply-letter');
    expect(ids).not.toContain('biden-sanctions');
    expect(ids).not.toContain('rogozin-demands-letters');
    // The three replies answer the 12 March demand, now left of the view: their arcs lead there.
    const toDemand = z.links.filter((l) => l.to === 'rogozin-demands-letters');
    expect(toDemand).toHaveLength(3);
    for (const l of toDemand) {
      expect(l.hidden).toBe(false);
      expect(l.arc.x2).toBeLessThan(0);
    }
  });
});

describe('chartLayout, at the edges of the view', () => {
  const frame = chartFrame(bundled, bundled.events, 1200);

  it('ends an arc to an answered event scrolled out of view at its lane’s first row', () => {
    const z = chartLayout(frame, showing(frame, Date.UTC(2022, 2, 20), Date.UTC(2022, 3, 10)));
    const demand = bundled.eventsById.get('rogozin-demands-letters')!;
    const rowY = frame.lanesByActor.get(demand.from)!.rowY;
    const toDemand = z.links.filter((l) => l.to === 'rogozin-demands-letters');
    expect(toDemand).toHaveLength(3);
    for (const l of toDemand) expect(l.arc.y2).toBe(rowY);
  });

  it('keeps an event just past the right edge of the view as a mark, so that marks do not pop in and out at the edge', () => {
    const e = bundled.eventsById.get('nelson-reply-letter')!;
    // The view ends a hundredth of its length before the event starts: inside the 2% margin.
    const span = 20 * DAY;
    const t1 = e.start - span / 100;
    const z = chartLayout(frame, showing(frame, t1 - span, t1));
    const m = z.marks.find((x) => x.event.id === 'nelson-reply-letter');
    expect(m).toBeDefined();
    expect(m!.x).toBeGreaterThan(frame.dims.innerWidth);
  });

  it('draws a connector to each recipient in another lane: down from below the mark, up from above it, none to the sender’s own lane', () => {
    const model = syntheticModel(
      [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      [
        { id: 'x', date: '2022-03-01', from: 'b', to: ['b', 'a', 'c'] },
        { id: 'y', date: '2022-03-20', from: 'a', to: ['a'] },
      ],
    );
    const f = chartFrame(model, model.events, 1200);
    const z = chartLayout(f, zoomIdentity);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => f.lanesByActor.get(id)!);
    const x = z.marks.find((m) => m.event.id === 'x')!;
    expect(x.y).toBe(b!.rowY);
    expect(z.recipients).toEqual([
      { from: 'x', to: 'a', x: x.x, y1: b!.rowY - 9, y2: a!.rowY + 8 },
      { from: 'x', to: 'c', x: x.x, y1: b!.rowY + 9, y2: c!.rowY - 8 },
    ]);
  });
});

describe('chartLayout at 150 and 151 events in view', () => {
  const at = (n: number) => {
    const model = syntheticModel(
      [{ id: 'a', name: 'A' }],
      Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: new Date(Date.UTC(2022, 0, 1) + i * DAY).toISOString().slice(0, 10), from: 'a' })),
    );
    return chartLayout(chartFrame(model, model.events, 1200), zoomIdentity);
  };

  it('draws 150 events in view as marks, and 151 as counted clusters', () => {
    const marks = at(150);
    expect([marks.inView, marks.dense, marks.marks.length, marks.clusters.length]).toEqual([150, false, 150, 0]);
    const dense = at(151);
    expect([dense.inView, dense.dense, dense.marks.length]).toEqual([151, true, 0]);
    expect(sum(dense.clusters.map((c) => c.count))).toBe(151);
  });
});

describe('the tab stop and the selection', () => {
  const frame = chartFrame(bundled, bundled.events, 1200);

  it('are their own marks when in view, and a mark in their lane’s first row at their date when out of view', () => {
    const z = chartLayout(frame, showing(frame, Date.UTC(2022, 2, 20), Date.UTC(2022, 3, 10)));
    const [inView, outOfView] = pinnedMarks(z, ['nelson-reply-letter', 'biden-sanctions']);
    expect(inView).toBe(z.marks.find((m) => m.event.id === 'nelson-reply-letter'));
    expect(outOfView!.event.id).toBe('biden-sanctions');
    expect(outOfView!.x).toBeLessThan(0);
    expect(outOfView!.y).toBe(outOfView!.lane.rowY);
  });

  it('are one mark when the tab stop is the selected event', () => {
    const z = chartLayout(frame, showing(frame, Date.UTC(2022, 2, 20), Date.UTC(2022, 3, 10)));
    expect(pinnedMarks(z, ['nelson-reply-letter', 'nelson-reply-letter']).map((m) => m.event.id)).toEqual(['nelson-reply-letter']);
    expect(pinnedMarks(z, ['biden-sanctions', 'biden-sanctions']).map((m) => m.event.id)).toEqual(['biden-sanctions']);
  });

  it('fall back, in an empty stretch of time, to the event nearest the middle of the view', () => {
    // 1–8 June 2022: no event in view.
    const z = chartLayout(frame, showing(frame, Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 8)));
    expect(z.marks).toEqual([]);
    const mid = (z.domain[0] + z.domain[1]) / 2;
    const nearest = bundled.events.reduce((a, b) => (Math.abs(b.start - mid) < Math.abs(a.start - mid) ? b : a));
    expect(nearestToView(z)).toBe(nearest.id);
  });
});

describe('chartLayout at 1,000 events', () => {
  const model = generatedModel(1000);
  const frame = chartFrame(model, model.events, 1200);

  it('groups the whole range into counted clusters, one per lane and 32 px column, that add up to every event', () => {
    const layout = chartLayout(frame, zoomIdentity);
    expect(layout.inView).toBe(1000);
    expect(layout.dense).toBe(true);
    expect(layout.marks).toEqual([]);
    expect(layout.labels).toEqual([]);
    expect(sum(layout.clusters.map((c) => c.count))).toBe(1000);
    const columns = Math.ceil(frame.dims.innerWidth / CLUSTER_BUCKET_PX) + 2;
    expect(layout.clusters.length).toBeLessThanOrEqual(columns * frame.lanes.length);
    for (const c of layout.clusters) {
      const lane = frame.lanes[c.lane]!;
      expect(c.y).toBe(clusterY(lane));
      expect(c.r).toBe(clusterRadius(c.count));
      expect(frame.events[c.first]!.from).toBe(lane.actor.id);
      expect(frame.events[c.last]!.from).toBe(lane.actor.id);
      expect(c.last).toBeGreaterThanOrEqual(c.first);
    }
  });

  it('says what each cluster holds: the kinds of the events of its lane that fall in its column', () => {
    const layout = chartLayout(frame, zoomIdentity);
    const W = frame.dims.innerWidth;
    const k = W / (layout.domain[1] - layout.domain[0]);
    const cols = Math.ceil(W / CLUSTER_BUCKET_PX) + 2;
    for (const c of layout.clusters) {
      const expected = EVENT_KINDS.map(() => 0);
      frame.events.forEach((e, i) => {
        const x = (frame.index.center[i]! - layout.domain[0]) * k;
        const col = Math.min(cols - 1, Math.max(0, Math.floor(x / CLUSTER_BUCKET_PX) + 1));
        if (frame.index.lane[i] === c.lane && col === c.col) expected[EVENT_KINDS.indexOf(e.kind)]!++;
      });
      expect(clusterKinds(frame.index, c, layout.domain[0], k, W, EVENT_KINDS.length)).toEqual(expected);
      expect(sum(expected)).toBe(c.count);
    }
  });

  it('shows marks again once no more than 150 events are in view', () => {
    const first = frame.events[0]!.start;
    const layout = chartLayout(frame, showing(frame, first, first + 20 * DAY));
    expect(layout.inView).toBeLessThanOrEqual(CLUSTER_ABOVE);
    expect(layout.dense).toBe(false);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks.length).toBe(layout.inView);
  });
});

describe('chartLayout at 100,000 events', () => {
  const model = generatedModel(100_000);
  const frame = chartFrame(model, model.events, 1200);

  it('draws in proportion to pixels: at most one cluster per lane and column, counting all 100,000 events', () => {
    const layout = chartLayout(frame, zoomIdentity);
    expect(layout.inView).toBe(100_000);
    expect(sum(layout.clusters.map((c) => c.count))).toBe(100_000);
    expect(layout.clusters.length).toBeLessThanOrEqual((Math.ceil(frame.dims.innerWidth / CLUSTER_BUCKET_PX) + 2) * 5);
  });

  it('counts only the events in view when zoomed in, and the clusters follow the view', () => {
    const mid = (frame.extent[0] + frame.extent[1]) / 2;
    const a = chartLayout(frame, showing(frame, mid, mid + 30 * DAY));
    const b = chartLayout(frame, showing(frame, mid + 10 * DAY, mid + 40 * DAY));
    expect(a.inView).toBeLessThan(100_000);
    expect(a.inView).toBeGreaterThan(CLUSTER_ABOVE);
    expect(sum(a.clusters.map((c) => c.count))).toBeLessThanOrEqual(a.inView);
    // Panning ten days later moves the axis left by a third of the chart.
    const tick = a.ticks.find((t) => b.ticks.some((u) => u.key === t.key))!;
    const same = b.ticks.find((u) => u.key === tick.key)!;
    expect(same.x - tick.x).toBeCloseTo(-frame.dims.innerWidth / 3, 0);
  });

  it('places the tab stop and the selection below their lane’s clusters', () => {
    const layout = chartLayout(frame, zoomIdentity);
    const ids = ['e10', 'e99999'];
    const pinned = pinnedMarks(layout, ids);
    expect(pinned.map((m) => m.event.id)).toEqual(ids);
    for (const m of pinned) expect(m.y).toBe(denseMarkY(m.lane));
    expect(pinnedMarks(layout, ['no-such-event', null])).toEqual([]);
  });
});

describe('chartLayout with more events than CLUSTER_ABOVE and a sender of one event', () => {
  // 200 events of one agency, and one of another: the second's lane needed one row.
  const model = syntheticModel(
    [
      { id: 'busy', name: 'Busy' },
      { id: 'quiet', name: 'Quiet' },
      { id: 'after', name: 'After' },
    ],
    [
      ...Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, date: new Date(Date.UTC(2022, 0, 1) + i * DAY).toISOString().slice(0, 10), from: 'busy' })),
      { id: 'q', date: '2022-03-01', from: 'quiet' },
      { id: 'a', date: '2022-03-02', from: 'after' },
    ],
  );
  const frame = chartFrame(model, model.events, 1200);
  const layout = chartLayout(frame, zoomIdentity);

  it('draws the quiet sender’s selected event, in the clustered view, inside its own lane, not over the next one', () => {
    // Before, its lane was one row (54 px) tall and the mark was drawn 15 px into the lane below.
    expect(layout.dense).toBe(true);
    const [mark] = pinnedMarks(layout, ['q']);
    const lane = mark!.lane;
    expect(lane.actor.id).toBe('quiet');
    expect(mark!.y - MARK_REACH).toBeGreaterThan(lane.y);
    expect(mark!.y + MARK_REACH).toBeLessThanOrEqual(lane.y + lane.height);
    const next = frame.lanes[lane.index + 1]!;
    for (const c of layout.clusters.filter((c) => c.lane === next.index)) expect(c.y - c.r).toBeGreaterThan(mark!.y + MARK_REACH);
  });
});

describe('chartLayout of the bundled dataset filtered by date', () => {
  const model = bundledModel();
  const index = buildSearchIndex(model.events);
  const frameFor = (from: string, to: string) => {
    const { events } = filterAndCount(model, index, { ...NO_FILTERS, from, to });
    return chartFrame(model, events, 1200, 'en-GB', 'en', undefined, filterDays(from, to));
  };
  const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

  it('March 2022: the axis ends with March, though three letters’ windows run to 2 April', () => {
    // Before, the view ran to 3 April and its last tick was 2 April, a day the filter leaves out.
    const layout = chartLayout(frameFor('2022-03-01', '2022-03-31'), zoomIdentity);
    const days = layout.ticks.map((t) => dayOf(layout.scale.invert(t.x).getTime()));
    expect(days.at(-1)).toBe('2022-03-31');
    expect(layout.domain[1]).toBeLessThan(Date.UTC(2022, 3, 1, 12));
  });

  it('14 to 18 March 2022 (day-only events): the view keeps to those days and the letters’ marks, on an axis of days', () => {
    // Before, two weeks, from 11 to 26 March: the least span won over the filter, its days outside drawn only as windows' hatching.
    const frame = frameFor('2022-03-14', '2022-03-18');
    const layout = chartLayout(frame, zoomIdentity);
    expect(dayOf(layout.domain[0])).toBe('2022-03-13');
    expect(layout.domain[0]).toBeGreaterThan(Date.UTC(2022, 2, 13, 18));
    // The last marks: three letters' windows (12 March to 2 April) at their middle, 23 March.
    expect(layout.domain[1]).toBeLessThan(Date.UTC(2022, 2, 23, 6));
    const labels = layout.ticks.map((t) => t.label);
    expect(labels.filter((l) => l.includes(':'))).toEqual([]);
    expect(labels[0]).toBe('14 Mar');
  });

  it('1 to 3 May 2022: an axis of the three days, no tick naming 4 May (the room past 3 May for its mark reaches that midnight)', () => {
    const frame = frameFor('2022-05-01', '2022-05-03');
    const layout = chartLayout(frame, zoomIdentity);
    expect(layout.domain[1]).toBeGreaterThan(Date.UTC(2022, 4, 4));
    expect(layout.ticks.map((t) => t.label)).toEqual(['May', '2 May 2022', '3 May']);
    expect(daySpanOf(layout.domain, frame.bounds)).toEqual({ start: '2022-05-01', end: '2022-05-03' });
    // 14 to 18 March: the view ends at the letters' marks, at midnight on 23 March, whose tick and day are named.
    const march = frameFor('2022-03-14', '2022-03-18');
    const marchLayout = chartLayout(march, zoomIdentity);
    expect(marchLayout.ticks.at(-1)!.label).toBe('23 Mar');
    expect(daySpanOf(marchLayout.domain, march.bounds)).toEqual({ start: '2022-03-14', end: '2022-03-23' });
  });

  it('April 2022: no tick after April; the view starts at the earliest mark (a window’s, in March), not at its window’s first day', () => {
    const frame = frameFor('2022-04-01', '2022-04-30');
    const layout = chartLayout(frame, zoomIdentity);
    const marks = layout.marks.map((m) => m.x);
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(frame.base(Date.UTC(2022, 4, 1)));
    // Every mark whole in view, the first within 2% of the chart's width from its left edge.
    for (const x of marks) {
      expect(x).toBeGreaterThanOrEqual(MARK_REACH - 0.5);
      expect(x).toBeLessThanOrEqual(frame.dims.innerWidth - MARK_REACH + 0.5);
    }
    expect(Math.min(...marks)).toBeLessThan(0.02 * frame.dims.innerWidth);
  });

  it('April 2022: the view’s days are 23 March (the first mark) to 30 April, not to 1 May (the room for the 30 April mark is no day the reader chose)', () => {
    const frame = frameFor('2022-04-01', '2022-04-30');
    const layout = chartLayout(frame, zoomIdentity);
    // The room is there: the view runs into 1 May.
    expect(dayOf(layout.domain[1])).toBe('2022-05-01');
    expect(daySpanOf(layout.domain, frame.bounds)).toEqual({ start: '2022-03-23', end: '2022-04-30' });
    expect(visibleRangeText(layout.domain, 'en-GB', frame.bounds)).toBe('23 Mar 2022 – 30 Apr 2022');
    // Zoomed in to the last week, the same: the address's window and the overview's words end on 30 April.
    const week = showing(frame, Date.UTC(2022, 3, 24), layout.domain[1]);
    expect(daySpanOf(chartLayout(frame, week).domain, frame.bounds)).toEqual({ start: '2022-04-24', end: '2022-04-30' });
    // Unfiltered, the bounds are the whole range: nothing is cut.
    const all = chartFrame(model, model.events, 1200);
    expect(all.bounds).toEqual(all.extent);
  });
});
