import { describe, expect, it } from 'vitest';
import { outsideOf, timeSpanOf } from '../../src/app/dataSpan.ts';
import { buildTimelineModel } from '../../src/shared/model/timelineModel.ts';
import type { Dataset } from '../../src/shared/dataset/schema.ts';

const dataset = (dates: Array<[string, string?]>): Dataset => ({
  version: 1,
  title: 'T',
  actors: [{ id: 'a', name: 'A' }],
  events: dates.map(([date, dateEnd], i) => ({ id: `e${i}`, date, ...(dateEnd ? { dateEnd } : {}), kind: 'letter', from: 'a', to: [], title: `E${i}`, summary: 's', sources: [{ title: 's', publisher: 'p' }] })),
});

describe('timeSpanOf', () => {
  it("spans from the first event's start to the last event's end, a date window's end included", () => {
    const span = timeSpanOf(buildTimelineModel(dataset([['2022-03-10'], ['2022-02-01', '2022-04-05'], ['2022-03']])))!;
    expect(new Date(span[0]).toISOString()).toBe('2022-02-01T00:00:00.000Z');
    expect(new Date(span[1]).toISOString()).toBe('2022-04-06T00:00:00.000Z');
  });

  it('is null for a dataset without events', () => {
    expect(timeSpanOf(buildTimelineModel(dataset([])))).toBeNull();
  });
});

describe('outsideOf', () => {
  const span = timeSpanOf(buildTimelineModel(dataset([['2022-03-01'], ['2022-03-31']])));

  it("is true for days wholly before or after the dataset's time, false for days touching it", () => {
    expect(outsideOf({ start: '2022-01-01', end: '2022-02-28' }, span)).toBe(true);
    expect(outsideOf({ start: '2022-04-01', end: '2022-05-01' }, span)).toBe(true);
    expect(outsideOf({ start: '2022-02-01', end: '2022-03-01' }, span)).toBe(false);
    expect(outsideOf({ start: '2022-03-31', end: '2022-06-01' }, span)).toBe(false);
  });

  it('is false without events: no span to be outside of', () => {
    expect(outsideOf({ start: '2022-01-01', end: '2022-02-28' }, null)).toBe(false);
  });
});
