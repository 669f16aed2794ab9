import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { layoutLanes, type Lane } from '../../../../src/features/timeline/layout/lanes.ts';
import { layoutMarks, rowsPerSender, type Mark } from '../../../../src/features/timeline/layout/marks.ts';
import { createTimeScale } from '../../../../src/features/timeline/layout/timeScale.ts';
import { bundledModel, layoutAt, syntheticModel } from '../timelineFixtures.ts';

const model = bundledModel();
const markOf = (marks: readonly Mark[], id: string) => marks.find((m) => m.event.id === id)!;
const maxRowByLane = (marks: readonly Mark[]) => {
  const out: Record<string, number> = {};
  for (const m of marks) out[m.lane.actor.id] = Math.max(out[m.lane.actor.id] ?? 0, m.row);
  return out;
};

describe('layoutMarks', () => {
  it('places each bundled event in the lane of its sender, inside the lane band', () => {
    const { marks } = layoutAt(model, model.events, 1200);
    expect(marks).toHaveLength(19);
    for (const m of marks) {
      expect(m.lane.actor.id, m.event.id).toBe(m.event.from);
      expect(m.y, m.event.id).toBe(m.lane.rowY + m.row * 22);
      expect(m.y).toBeGreaterThan(m.lane.y);
      expect(m.y).toBeLessThan(m.lane.y + m.lane.height);
    }
    expect(markOf(marks, 'biden-sanctions').y).toBe(296);
    expect(markOf(marks, 'journal-asks-authenticity').y).toBe(350);
    expect(markOf(marks, 'campbell-reply-letter').y).toBe(242);
  });

  it('puts each mark at the centre of its event on the scale', () => {
    const { marks, scale } = layoutAt(model, model.events, 1200);
    expect(markOf(marks, 'biden-sanctions').x).toBe(scale(Date.UTC(2022, 1, 24, 18, 43)));
    expect(markOf(marks, 'rogozin-demands-letters').x).toBe(scale(Date.UTC(2022, 2, 12, 12)));
    expect(markOf(marks, 'nelson-reply-letter').x).toBe(scale(Date.UTC(2022, 2, 23)));
    // 1168 px over the padded extent: 12 March, noon, is 159.9 px in.
    expect(markOf(marks, 'rogozin-demands-letters').x).toBeCloseTo(159.89, 2);
  });

  it('gives a window event a span from its first to its last day, around the mark', () => {
    const { marks, scale } = layoutAt(model, model.events, 1200);
    const m = markOf(marks, 'nelson-reply-letter');
    expect(m.span).toEqual({ x1: scale(Date.UTC(2022, 2, 12)), x2: scale(Date.UTC(2022, 3, 3)) });
    expect(m.span!.x1).toBeLessThan(m.x);
    expect(m.x).toBeLessThan(m.span!.x2);
    expect(m.span!.x1).toBeCloseTo(156.4, 1);
    expect(m.span!.x2).toBeCloseTo(311.9, 1);
  });

  it('gives no span to an event at a point in time', () => {
    const { marks } = layoutAt(model, model.events, 1200);
    const withSpan = marks.filter((m) => m.span).map((m) => m.event.id);
    expect(withSpan).toEqual(['nelson-reply-letter', 'campbell-reply-letter', 'aschbacher-reply-letter', 'rogozin-end-of-march-deadline']);
  });

  it('returns the marks in event order, not grouped by lane', () => {
    const { marks } = layoutAt(model, model.events, 1200);
    expect(marks.map((m) => m.event.id)).toEqual(model.events.map((e) => e.id));
    expect(marks.map((m) => m.event.order)).toEqual([...Array(19).keys()]);
  });

  it('leaves out the events whose sender has no lane', () => {
    const { lanes } = layoutAt(model, model.events, 1200);
    const withoutNasa = new Map<string, Lane>(lanes.filter((l) => l.actor.id !== 'nasa').map((l) => [l.actor.id, l]));
    const marks = layoutMarks(model.events, createTimeScale([0, 1], 100), withoutNasa);
    expect(marks).toHaveLength(14);
    expect(marks.some((m) => m.event.from === 'nasa')).toBe(false);
  });

  it('stacks two events of one instant in rows 0 and 1 of a lane that has room for them', () => {
    const m = syntheticModel(
      [{ id: 'a', name: 'A' }],
      [
        { id: 'first', date: '2022-03-12', from: 'a' },
        { id: 'second', date: '2022-03-12', from: 'a' },
        { id: 'later', date: '2022-03-20', from: 'a' },
      ],
    );
    const { lanes } = layoutLanes(m.actors, new Set(['a']), new Map([['a', 3]]));
    const scale = createTimeScale([Date.UTC(2022, 2, 10), Date.UTC(2022, 2, 22)], 1200);
    const marks = layoutMarks(m.events, scale, new Map([['a', lanes[0]!]]));
    expect(marks.map((k) => [k.event.id, k.row, k.y])).toEqual([
      ['first', 0, 36],
      ['second', 1, 58],
      ['later', 0, 36],
    ]);
    expect(marks.map((k) => k.x)).toEqual([250, 250, 1050]);
  });

  it('spreads the marks apart when zoomed in, by the zoom factor', () => {
    const fit = layoutAt(model, model.events, 1200).marks;
    const zoomed = layoutAt(model, model.events, 1200, zoomIdentity.translate(-500, 0).scale(4)).marks;
    const gap = (marks: readonly Mark[]) => markOf(marks, 'rogozin-posts-replies').x - markOf(marks, 'rogozin-demands-letters').x;
    expect(gap(fit)).toBeCloseTo(148.44, 2);
    expect(gap(zoomed)).toBeCloseTo(4 * gap(fit), 5);
    expect(markOf(zoomed, 'rogozin-demands-letters').x).toBeCloseTo(4 * markOf(fit, 'rogozin-demands-letters').x - 500, 5);
  });

  it('never uses more rows when zoomed in than at the fit-all scale', () => {
    for (const width of [400, 800, 1200]) {
      const fit = layoutAt(model, model.events, width);
      const fitRows = maxRowByLane(fit.marks);
      for (const k of [1.5, 2, 4, 8, 30]) {
        const zoomedRows = maxRowByLane(layoutAt(model, model.events, width, zoomIdentity.scale(k)).marks);
        for (const [actor, row] of Object.entries(zoomedRows)) expect(row, `${actor} ${width}px ×${k}`).toBeLessThanOrEqual(fitRows[actor]!);
      }
    }
  });

  it('puts every Roscosmos mark back in row 0 when zoomed eight times into March', () => {
    const fit = layoutAt(model, model.events, 800);
    expect(markOf(fit.marks, 'roscosmos-reliability-statement').row).toBe(1);
    const zoomed = layoutAt(model, model.events, 800, zoomIdentity.translate(-600, 0).scale(8));
    // Only what is in view is laid out: mid-March, where the statement sat in row 1 at the fit-all scale.
    expect(zoomed.marks.filter((m) => m.event.from === 'roscosmos').map((m) => [m.event.id, m.row])).toEqual([
      ['rogozin-demands-letters', 0],
      ['roscosmos-reliability-statement', 0],
      ['rogozin-end-of-march-deadline', 0],
    ]);
    // The lanes keep the heights of the fit-all scale while zooming.
    expect(zoomed.lanes.map((l) => l.height)).toEqual(fit.lanes.map((l) => l.height));
  });
});

describe('rowsPerSender', () => {
  it('counts the rows each sender needs at a scale, keyed by sender only', () => {
    const scale = createTimeScale([Date.UTC(2022, 2, 10), Date.UTC(2022, 2, 20)], 1000);
    const m = syntheticModel(
      [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      [
        { id: 'a1', date: '2022-03-12', from: 'a', to: ['c'] },
        { id: 'a2', date: '2022-03-12', from: 'a' },
        { id: 'a3', date: '2022-03-12', from: 'a' },
        { id: 'b1', date: '2022-03-12', from: 'b' },
        { id: 'b2', date: '2022-03-15', from: 'b' },
      ],
    );
    expect(Object.fromEntries(rowsPerSender(m.events, scale))).toEqual({ a: 3, b: 1 });
  });

  it('needs fewer rows for the bundled senders in a wider chart', () => {
    const at = (width: number) => Object.fromEntries(layoutAt(model, model.events, width).rows);
    expect(at(800)).toEqual({ 'us-gov': 1, roscosmos: 3, nasa: 2, csa: 1, esa: 1, press: 1 });
    expect(at(1200)).toEqual({ 'us-gov': 1, roscosmos: 2, nasa: 2, csa: 1, esa: 1, press: 1 });
    expect(at(1200 * 8).roscosmos).toBe(1);
  });
});
