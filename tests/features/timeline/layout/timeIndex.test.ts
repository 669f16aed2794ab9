import { describe, expect, it } from 'vitest';
import { buildTimeIndex } from '../../../../src/features/timeline/layout/timeIndex.ts';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { eventCenter } from '../../../../src/features/timeline/layout/timeScale.ts';
import { columnsOf } from '../../../../src/shared/model/timelineModel.ts';
import { EVENT_KINDS } from '../../../../src/shared/dataset/vocabulary.ts';
import type { TimelineModel } from '../../../../src/shared/model/timelineModel.ts';
import { bundledModel, generatedModel } from '../timelineFixtures.ts';

/** Each event's values as its columns hold them. */
const rowsOf = (c: TimelineModel['columns']) => Array.from(c.start, (start, i) => [start, c.end[i], c.senders[c.sender[i]!], EVENT_KINDS[c.kind[i]!]]);

describe('the model’s columns and buildTimeIndex', () => {
  for (const [name, model] of [
    ['the bundled dataset (19 events)', bundledModel()],
    ['100,000 generated events', generatedModel(100_000)],
  ] as const) {
    it(`hold each event’s start, end, sender and kind in time order, as read from the objects, for ${name}`, () => {
      const expected = model.events.map((e) => [e.start, e.end, e.from, e.kind]);
      expect(rowsOf(model.columns)).toEqual(expected);
      expect(rowsOf(columnsOf(model.events))).toEqual(expected);
    });

    it(`index ${name} the same from the model’s columns as from columns read from the objects`, () => {
      // Sender 1 has no lane: its events are indexed with lane -1.
      const lanes = new Map(model.actors.map((a, i) => [a.id, i === 1 ? -1 : i]));
      const laneOf = (id: string) => lanes.get(id) ?? -1;
      const idx = buildTimeIndex(model.columns, laneOf);
      expect(idx).toEqual(buildTimeIndex(columnsOf(model.events), laneOf));
      model.events.forEach((e, i) => {
        if (idx.lane[i] !== laneOf(e.from) || idx.center[i] !== eventCenter(e)) throw new Error(`event ${i} indexed wrongly`);
      });
    });
  }

  it('keeps a running maximum of the ends, so a window that started long ago is found', () => {
    const idx = buildTimeIndex(columnsOf(generatedModel(1_000).events), () => 0);
    let max = -Infinity;
    for (let i = 0; i < idx.count; i++) {
      max = Math.max(max, idx.end[i]!);
      if (idx.maxEnd[i] !== max) throw new Error(`maxEnd[${i}]`);
    }
  });

  it('gives the chart the same frame for all events as for a copy of the same list', () => {
    const model = generatedModel(10_000);
    // A copy is not the model's own list: its frame is read from the objects, not the model's columns.
    const fromColumns = chartFrame(model, model.events, 1000);
    const fromObjects = chartFrame(model, [...model.events], 1000);
    expect(fromColumns.index).toEqual(fromObjects.index);
    expect(fromColumns.extent).toEqual(fromObjects.extent);
    expect(fromColumns.lanes).toEqual(fromObjects.lanes);
  });

  it('reads a filtered view’s columns from the model’s, as they would be read from the objects', () => {
    const model = generatedModel(10_000);
    // Every third event of two senders: the view numbers its senders as they first appear in it.
    const view = model.events.filter((e, i) => i % 3 === 0 && (e.from === model.actors[3]!.id || e.from === model.actors[1]!.id));
    const fromModel = columnsOf(view, model);
    expect(fromModel).toEqual(columnsOf(view));
    expect(fromModel.senders).toEqual([...new Set(view.map((e) => e.from))]);
    // Events that are not the model's own (a copy) are read from their objects.
    const copies = view.map((e) => ({ ...e, start: e.start + 1 }));
    expect(Array.from(columnsOf(copies, model).start)).toEqual(copies.map((e) => e.start));
  });

  it('gives a filtered view each shown event’s position in it, and none to events it does not show', () => {
    const model = generatedModel(1_000);
    const view = model.events.filter((_, i) => i % 4 === 1);
    const frame = chartFrame(model, view, 1000);
    view.forEach((e, i) => expect(frame.positionOf(e.id)).toBe(i));
    expect(frame.positionOf(model.events[0]!.id)).toBeUndefined();
    expect(frame.positionOf('no-such-event')).toBeUndefined();
    expect(chartFrame(model, model.events, 1000).positionOf(model.events[7]!.id)).toBe(7);
  });
});
