import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineModel, chronologicalOrder, modelBuilder, withTimes } from '../../../src/shared/model/timelineModel.ts';
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

describe('modelBuilder', () => {
  const reply = (id: string, date: string, inReplyTo: string[]) => ({ ...event(id, date), inReplyTo });
  /** The reply lists the builder makes from events arriving in `batches`, with links changed after they arrived. */
  const repliesOf = (batches: DatasetEvent[][], repliesChanged = new Map<number, string[] | undefined>()) => {
    const builder = modelBuilder();
    const arrived = batches.map((b) => b.map((e) => withTimes(e, false)));
    for (const b of arrived) builder.add(b);
    const order = chronologicalOrder(arrived.flat().map((e) => e.start));
    const model = builder.finish({ title: 'T', actors: [] }, { order, repliesChanged });
    return Object.fromEntries([...model.repliesTo].map(([id, list]) => [id, list.map((e) => e.id)]));
  };

  it('lists the replies to each event in time order, whatever order they arrived in', () => {
    const batches = [[reply('late', '2022-03-03', ['root']), event('root', '2022-03-01')], [reply('early', '2022-03-02', ['root', 'late'])]];
    expect(repliesOf(batches)).toEqual({ root: ['early', 'late'], late: ['early'] });
  });

  it('lists a reply again from its final links when the whole-file checks changed them after it arrived', () => {
    const batches = [[event('root', '2022-03-01'), reply('a', '2022-03-02', ['root', 'gone', 'gone'])], [reply('b', '2022-03-03', ['a'])]];
    // a's link to a missing event is dropped; b's only link goes (as for a cycle).
    const changed = new Map<number, string[] | undefined>([
      [1, ['root']],
      [2, undefined],
    ]);
    expect(repliesOf(batches, changed)).toEqual({ root: ['a'] });
  });

  it('lists the same replies as a model built from the final links at once', () => {
    const batches = [[event('root', '2022-03-01'), reply('x', '2022-03-05', ['root', 'root'])], [reply('y', '2022-03-04', ['root'])]];
    const whole = buildTimelineModel({ version: 1, title: 'T', actors: [], events: batches.flat() });
    const lists = Object.fromEntries([...whole.repliesTo].map(([id, list]) => [id, list.map((e) => e.id)]));
    expect(repliesOf(batches)).toEqual(lists);
    expect(lists).toEqual({ root: ['y', 'x', 'x'] });
  });

  it('agrees with the replies listed plainly, in time order, on random files split into random batches', () => {
    const file = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(11), { maxLength: 3 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 5 }), (rows, size) => {
        const events = rows.map(([day, links], i) => reply(`e${i}`, `2022-03-0${day}`, links.map((n) => `e${n}`)));
        const batches: DatasetEvent[][] = [];
        for (let i = 0; i < events.length; i += size) batches.push(events.slice(i, i + size));
        const expected: Record<string, string[]> = {};
        for (const e of reference(events).map((id) => events.find((x) => x.id === id)!)) for (const t of e.inReplyTo ?? []) (expected[t] ??= []).push(e.id);
        expect(repliesOf(batches)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
