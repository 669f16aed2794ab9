import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actorName,
  buildTimelineModel,
  chronologicalOrder,
  columnsOf,
  metaOf,
  modelBuilder,
  senderToRecipients,
  withTimes,
  type EventColumns,
  type TimelineEvent,
} from '../../../src/shared/model/timelineModel.ts';
import type { Actor, Dataset, DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { EVENT_KINDS } from '../../../src/shared/dataset/vocabulary.ts';
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

  it('keeps file order within a day, and the day order, for thousands of events', () => {
    const day = Date.UTC(2022, 2, 12);
    const starts = Array.from({ length: 3000 }, (_, i) => (i === 2500 ? day - 86_400_000 : day + (i % 7) * 3_600_000));
    expect(Array.from(chronologicalOrder(starts))).toEqual([2500, ...Array.from({ length: 3000 }, (_, i) => i).filter((i) => i !== 2500)]);
  });

  it('puts an event timed on 31 December 1969 before one on 1 January 1970, whatever the file order', () => {
    const events = [event('new-year', '1970-01-01'), event('eve', '1969-12-31T12:00:00Z'), event('eve-late', '1969-12-31T23:59:00-05:00')];
    expect(prepareEvents(events).map((e) => e.id)).toEqual(['eve', 'new-year', 'eve-late']);
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

  it('gives an event whose links the whole-file checks changed its final links, or none', () => {
    const [first, second] = [[event('root', '2022-03-01'), reply('a', '2022-03-02', ['root', 'gone'])], [reply('b', '2022-03-03', ['a'])]].map((b) => b.map((e) => withTimes(e, false)));
    const builder = modelBuilder();
    builder.add(first!);
    builder.add(second!);
    const order = chronologicalOrder([...first!, ...second!].map((e) => e.start));
    const changed = new Map<number, string[] | undefined>([
      [1, ['root']],
      [2, undefined],
    ]);
    const model = builder.finish({ title: 'T', actors: [] }, { order, repliesChanged: changed });
    expect(model.eventsById.get('a')?.inReplyTo).toEqual(['root']);
    expect(model.eventsById.get('b')).not.toHaveProperty('inReplyTo');
    expect(model.eventsById.get('root')).not.toHaveProperty('inReplyTo');
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

/**
 * Letters in file order that is not time order (c, a, b, d, e by time a, b, c, d, e), from senders
 * that come back (esa first in the file), to recipients named twice and to their own sender.
 */
const letters = (): DatasetEvent[] => [
  minimalEvent('c', { date: '2022-03-03', kind: 'statement', from: 'esa', to: ['nasa'] }),
  minimalEvent('a', { date: '2022-03-01', kind: 'letter', from: 'roscosmos', to: ['nasa', 'esa', 'nasa'] }),
  minimalEvent('b', { date: '2022-03-02T10:00:00Z', dateEnd: '2022-03-05', kind: 'sanction', from: 'nasa', to: ['nasa', 'roscosmos'] }),
  minimalEvent('d', { date: '2022-03-04', kind: 'letter', from: 'roscosmos', to: [] }),
  minimalEvent('e', { date: '2022-03-06', kind: 'press-report', from: 'esa', to: ['roscosmos'] }),
];
const ACTORS: Actor[] = [
  { id: 'roscosmos', name: 'Roscosmos', translations: { ru: { name: 'Роскосмос' } } },
  { id: 'nasa', name: 'NASA', translations: { ru: { name: 'НАСА' } } },
];
const lettersDataset = (): Dataset => ({ version: 1, title: 'Letters', lang: 'en', credit: 'TASS', actors: ACTORS, events: letters() });

/** Each event's start, end, sender and kind as columns hold them. */
const rowsOf = (c: EventColumns) => Array.from(c.start, (start, i) => [start, c.end[i], c.senders[c.sender[i]!], EVENT_KINDS[c.kind[i]!]]);
/** The same, read from the events' objects. */
const rowsFrom = (events: readonly TimelineEvent[]) => events.map((e) => [e.start, e.end, e.from, e.kind]);

describe('the timeline model of a dataset', () => {
  it('keeps the dataset\'s own fields but its version and events', () => {
    expect(metaOf(lettersDataset())).toEqual({ title: 'Letters', lang: 'en', credit: 'TASS', actors: ACTORS });
    const model = buildTimelineModel(lettersDataset());
    expect(model).toMatchObject({ title: 'Letters', lang: 'en', credit: 'TASS' });
    expect('version' in model).toBe(false);
  });

  it('finds each event by its id, and each actor by its id', () => {
    const model = buildTimelineModel(lettersDataset());
    expect(model.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const e of model.events) expect(model.eventsById.get(e.id)).toBe(e);
    expect(model.actorsById.get('nasa')).toEqual(ACTORS[1]);
    expect(model.actorsById.has('esa')).toBe(false);
  });

  it('holds the events\' starts, ends, senders and kinds as columns in time order, the senders listed as they first appear in the file', () => {
    const model = buildTimelineModel(lettersDataset());
    expect(model.columns.senders).toEqual(['esa', 'roscosmos', 'nasa']);
    expect(rowsOf(model.columns)).toEqual(rowsFrom(model.events));
    expect(rowsOf(model.columns)[1]).toEqual([Date.UTC(2022, 2, 2, 10), Date.UTC(2022, 2, 6), 'nasa', 'sanction']);
  });

  it('counts the events each actor sent, received and is in, a recipient named twice or the sender itself once, and the events of each kind', () => {
    const { totals } = buildTimelineModel(lettersDataset());
    expect(Object.fromEntries(totals.sent)).toEqual({ esa: 2, roscosmos: 2, nasa: 1 });
    expect(Object.fromEntries(totals.received)).toEqual({ nasa: 3, esa: 1, roscosmos: 2 });
    expect(Object.fromEntries(totals.involving)).toEqual({ esa: 3, roscosmos: 4, nasa: 3 });
    expect(Object.fromEntries(totals.kinds)).toEqual({ statement: 1, letter: 2, sanction: 1, 'press-report': 1 });
  });
});

describe('columnsOf', () => {
  const model = buildTimelineModel(lettersDataset());

  it('gives a filtered view its events\' starts, ends, senders and kinds, numbering the senders as they first appear in the view', () => {
    const view = model.events.filter((e) => e.id !== 'c');
    for (const columns of [columnsOf(view, model), columnsOf(view)]) {
      expect(columns.senders).toEqual(['roscosmos', 'nasa', 'esa']);
      expect(Array.from(columns.sender)).toEqual([0, 1, 0, 2]);
      expect(rowsOf(columns)).toEqual(rowsFrom(view));
    }
    const later = model.events.slice(1);
    expect(columnsOf(later, model).senders).toEqual(['nasa', 'esa', 'roscosmos']);
    expect(rowsOf(columnsOf(later, model))).toEqual(rowsFrom(later));
  });

  it('reads an event that is not the model\'s own (a changed copy) from its object', () => {
    const copy: TimelineEvent = { ...model.events[1]!, start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 0, 2), from: 'esa', kind: 'milestone' };
    const view = [model.events[0]!, copy];
    expect(rowsOf(columnsOf(view, model))).toEqual([rowsFrom(model.events)[0], [Date.UTC(2023, 0, 1), Date.UTC(2023, 0, 2), 'esa', 'milestone']]);
  });

  it('gives an empty view no columns and no senders', () => {
    expect(columnsOf([], model)).toEqual({ start: new Float64Array(0), end: new Float64Array(0), sender: new Int32Array(0), senders: [], kind: new Uint8Array(0) });
  });
});

describe('actor names', () => {
  const model = buildTimelineModel(lettersDataset());
  const list = (lang: string) => (names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);

  it('names an actor in the reader\'s language where the dataset translates it, else as written, and an undeclared actor by its id', () => {
    expect(actorName(model, 'nasa', 'ru')).toBe('НАСА');
    expect(actorName(model, 'nasa', 'en')).toBe('NASA');
    expect(actorName(model, 'esa', 'ru')).toBe('esa');
  });

  it('writes a sender and its recipients with the language\'s list, and the sender alone when there is no recipient', () => {
    expect(senderToRecipients(model, { from: 'roscosmos', to: ['nasa', 'esa'] }, list('ru'), 'ru')).toBe('Роскосмос → НАСА и esa');
    expect(senderToRecipients(model, { from: 'roscosmos', to: ['nasa', 'esa'] }, list('en'), 'en')).toBe('Roscosmos → NASA and esa');
    expect(senderToRecipients(model, { from: 'nasa', to: ['roscosmos'] }, list('ru'), 'ru')).toBe('НАСА → Роскосмос');
    expect(senderToRecipients(model, { from: 'nasa', to: [] }, list('ru'), 'ru')).toBe('НАСА');
  });

  it("keeps a file's name from reordering the line: its directional controls left out, right-to-left text isolated", () => {
    // An unpaired RIGHT-TO-LEFT OVERRIDE in the sender's name showed "ASE dna ASAN → somsocsoR": the letter as if sent the other way.
    const d = lettersDataset();
    const named = (name: string) => buildTimelineModel({ ...d, actors: d.actors.map((a) => (a.id === 'roscosmos' ? { ...a, name, translations: undefined } : a)) });
    expect(senderToRecipients(named('\u202eRoscosmos'), { from: 'roscosmos', to: ['nasa', 'esa'] }, list('en'), 'en')).toBe('Roscosmos → NASA and esa');
    expect(senderToRecipients(named('Ros\u2069\u202ecosmos'), { from: 'nasa', to: ['roscosmos'] }, list('en'), 'en')).toBe('NASA → Roscosmos');
    // Hebrew: laid out on its own, so that the arrow stays between the sender and the recipients.
    expect(senderToRecipients(named('סוכנות'), { from: 'roscosmos', to: ['nasa'] }, list('en'), 'en')).toBe('\u2068סוכנות\u2069 → NASA');
  });
});
