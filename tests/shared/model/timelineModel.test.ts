import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';
import type { DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { parseIsoDate } from '../../../src/shared/dates/isoDate.ts';
import { minimalEvent } from '../dataset/validDataset.ts';

const event = (id: string, date: string, dateEnd?: string) => minimalEvent(id, { date, ...(dateEnd ? { dateEnd } : {}) });

/** The rule, written plainly: by UTC start day, then by position in the file. */
function reference(events: DatasetEvent[]): string[] {
  const day = (e: DatasetEvent) => Math.floor(parseIsoDate(e.date)!.start / 86_400_000);
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => day(a.e) - day(b.e) || a.i - b.i)
    .map(({ e }) => e.id);
}

/** The events of the model of a dataset holding `events`, in the timeline's order. */
const prepareEvents = (events: DatasetEvent[], options?: { inPlace: boolean }) =>
  buildTimelineModel({ version: 1, title: 'T', actors: [], events }, options).events;

describe('buildTimelineModel', () => {
  it('orders events by the day they start, and by file position within a day', () => {
    const events = [
      event('late-timed', '2022-03-12T20:00:00Z'),
      event('year', '2022'),
      event('early-timed', '2022-03-12T08:00:00Z'),
      event('day', '2022-03-12'),
      event('ancient', '0001-01-01'),
      event('before-1970', '1969-07-20T20:17:00Z'),
      event('far', '9999-12-31'),
    ];
    const prepared = prepareEvents(events);
    expect(prepared.map((e) => e.id)).toEqual(['ancient', 'before-1970', 'year', 'late-timed', 'early-timed', 'day', 'far']);
    expect(prepared.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('agrees with the plainly written rule on random dates, offsets included', () => {
    const date = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.tuple(fc.integer({ min: 1960, max: 1980 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+03:00', '-05:00', '+14:00')).map(
        ([y, h, off]) => `${y}-01-01T${String(h).padStart(2, '0')}:30:00${off}`,
      ),
      fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), (dates) => {
        const events = dates.map((d, i) => event(`e${i}`, d));
        expect(prepareEvents(events).map((e) => e.id)).toEqual(reference(events));
      }),
      { numRuns: 500 },
    );
  });

  it('copies the events unless told it may change them in place', () => {
    const events = [event('a', '2022-01-02'), event('b', '2022-01-01', '2022-01-05')];
    const copied = prepareEvents(events);
    expect(copied[0]).not.toBe(events[1]);
    expect('start' in events[0]!).toBe(false);
    const inPlace = prepareEvents(events, { inPlace: true });
    expect(inPlace[0]).toBe(events[1]);
    expect(inPlace[0]!.end).toBe(Date.UTC(2022, 0, 6));
  });
});
