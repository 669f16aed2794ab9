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
});
