import { describe, expect, it } from 'vitest';
import { buildTimeIndex, timeIndexOfColumns } from '../../../../src/features/timeline/layout/timeIndex.ts';
import { paddedExtent, paddedExtentOfColumns } from '../../../../src/features/timeline/layout/timeScale.ts';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { EVENT_KINDS } from '../../../../src/shared/dataset/vocabulary.ts';
import { bundledModel, generatedModel } from '../timelineFixtures.ts';

describe('timeIndexOfColumns', () => {
  for (const [name, model] of [
    ['the bundled dataset (19 events)', bundledModel()],
    ['100,000 generated events', generatedModel(100_000)],
  ] as const) {
    it(`indexes all of ${name} exactly as buildTimeIndex does from the event objects`, () => {
      const lanes = new Map(model.actors.map((a, i) => [a.id, i === 1 ? -1 : i]));
      const laneOf = (id: string) => lanes.get(id) ?? -1;
      expect(timeIndexOfColumns(model.columns, laneOf)).toEqual(buildTimeIndex(model.events, laneOf));
    });

    it(`pads the extent of ${name} from its columns as from its events`, () => {
      expect(paddedExtentOfColumns(model.columns.start, model.columns.end)).toEqual(paddedExtent(model.events));
    });
  }

  it('holds each event’s time, sender and kind in the events’ time order', () => {
    const model = generatedModel(1_000);
    const { start, end, sender, senders, kind } = model.columns;
    expect(start).toHaveLength(1_000);
    model.events.forEach((e, i) => {
      expect([start[i], end[i], senders[sender[i]!], EVENT_KINDS[kind[i]!]]).toEqual([e.start, e.end, e.from, e.kind]);
    });
  });

  it('gives the chart the same frame for all events as for a copy of the same list', () => {
    const model = generatedModel(10_000);
    // A copy is not the model's own list: its frame is read from the objects, not the columns.
    const fromColumns = chartFrame(model, model.events, 1000);
    const fromObjects = chartFrame(model, [...model.events], 1000);
    expect(fromColumns.index).toEqual(fromObjects.index);
    expect(fromColumns.extent).toEqual(fromObjects.extent);
    expect(fromColumns.lanes).toEqual(fromObjects.lanes);
  });
});
