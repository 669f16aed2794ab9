import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import { formatPath, type PathSegment, type Problem } from '../../../src/shared/dataset/problem.ts';
import { PATTERNS } from '../../../src/shared/dataset/patterns.ts';
import { actorSchema, EVENT_KINDS, eventSchema, KEYS, MAX_LANGUAGES } from '../../../src/shared/dataset/schema.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';

/*
 * Property tests for validateDataset: it never throws, its messages quote at most
 * LIMITS.quoteChars characters of any value, it keeps exactly the events an independent oracle
 * calls valid, and it is deterministic. Translations (the dataset's, actors' and events') are
 * checked apart: a wrong one is cut or left out and said where it is, and never costs its record.
 */

const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------------------------------------
// Arbitraries: a dataset-shaped value that is mostly well formed, with junk mixed in everywhere.

/** Any JSON-ish junk to put where a field should be. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 75, maxLength: 200 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
);

/** Usually `arb`, sometimes junk. */
const mostly = <T,>(arb: fc.Arbitrary<T>, weight = 15): fc.Arbitrary<unknown> =>
  fc.oneof({ weight, arbitrary: arb }, { weight: 1, arbitrary: junk });

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 290, maxLength: 320 }) },
);

/** Slugs long enough to be shortened when a message quotes them. */
const longSlug = fc.string({ unit: fc.constantFrom('a', 'b', '0', '-'), minLength: 78, maxLength: 200 });
const weirdId = fc.oneof(
  fc.constantFrom('__proto__', 'toString', 'hasOwnProperty', '', 'A', 'has space', 'x'.repeat(301)),
  fc.string({ unit: 'binary', maxLength: 100 }),
  longSlug,
);
const eventIdPool = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'constructor', 'prototype'];
const eventId = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...eventIdPool) }, { weight: 1, arbitrary: weirdId });
const actorId = fc.oneof({ weight: 10, arbitrary: fc.constantFrom('a', 'b', 'c', 'constructor') }, { weight: 1, arbitrary: weirdId });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/*
 * Years from 1000 only: parseIsoDate hands the year to Date.UTC, which reads 0–99 as 1900–1999,
 * so "0050" means 1950 and a year-only "0099" runs from 1999 to 100 AD (date "0099" with dateEnd
 * "0099" is reported as "before date"). That bug is reported separately and kept out of the
 * generator so that this suite checks the rest.
 */
const calendarDate = fc
  .record({
    year: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 2021, max: 2023 }) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 2999 }) }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    form: fc.constantFrom('year', 'month', 'day', 'day', 'day', 'minute', 'second', 'millis'),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom('Z', '+00:00', '-05:00', '+03:00', '+05:30', '-09:30', '+14:00', '+15:00'),
  })
  .map(({ year, month, day, form, hour, minute, second, offset }) => {
    const ymd = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    switch (form) {
      case 'year':
        return pad(year, 4);
      case 'month':
        return `${pad(year, 4)}-${pad(month)}`;
      case 'day':
        return ymd;
      case 'minute':
        return `${ymd}T${pad(hour)}:${pad(minute)}${offset}`;
      case 'second':
        return `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
      default:
        return `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}.${second * 7}${offset}`;
    }
  });
const dateString = fc.oneof(
  { weight: 12, arbitrary: calendarDate },
  { weight: 1, arbitrary: fc.constantFrom('2022-02-30', '2022-3-4', '03/04/2022', '2022-13', '0000', 'yesterday', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 75, maxLength: 200 }) },
);

const url = fc.oneof(
  fc.constantFrom('https://tass.com/x', 'http://tass.com/x', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:,x', 'not a url', ' https://x.org '),
  fc.webUrl(),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

/** Extra fields, mostly none: unknown keys (typos) with any JSON value. */
const extraFields = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) },
);

/** A record arbitrary with, now and then, one or two of `keys` removed and unknown fields added. */
function looseRecord(fields: Record<string, fc.Arbitrary<unknown>>, optional: string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return fc
    .tuple(
      fc.record(fields),
      fc.oneof({ weight: 12, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(keys, { minLength: 1, maxLength: 2 }) }),
      fc.subarray(optional),
      extraFields,
    )
    .map(([record, missing, absentOptional, extra]) => {
      const out: Record<string, unknown> = { ...extra, ...record };
      for (const k of [...missing, ...absentOptional]) delete out[k];
      return out;
    });
}

const source = looseRecord(
  { title: mostly(text), publisher: mostly(text), url: mostly(url), date: mostly(calendarDate.map((d) => d.slice(0, 10))) },
  ['url', 'date'],
);
const quote = looseRecord(
  {
    text: mostly(text),
    lang: mostly(fc.oneof({ weight: 10, arbitrary: fc.constantFrom('ru', 'en', 'en-GB', 'fr') }, fc.constantFrom('xx-', '1'))),
    speaker: mostly(text),
    translation: mostly(looseRecord({ text: mostly(text), lang: mostly(fc.constantFrom('en', 'de')), by: mostly(text) }, ['by'])),
  },
  ['speaker', 'translation'],
);

// Translations: `{ tag: { field: text } }` (data/README.md, "Text in other languages"), mostly
// valid, sometimes wrong in each way the format names: a tag that is no language tag, texts that
// are no object, a text that is not text, empty or over its limit, an unknown field, too many languages.

/** Each record's translated texts and their limits, written from data/README.md (a test checks them against the schema). */
const TRANSLATED = {
  dataset: { title: LIMITS.shortText, description: LIMITS.longText, credit: LIMITS.shortText, by: LIMITS.shortText },
  actor: { name: LIMITS.shortText },
  event: { title: LIMITS.shortText, summary: LIMITS.longText, author: LIMITS.shortText, dateNote: LIMITS.longText, verificationNote: LIMITS.longText, by: LIMITS.shortText },
} as const;
type TextLimits = Readonly<Record<string, number>>;

const langTag = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('ru', 'en', 'en-GB', 'de', 'zh-Hant-TW', 'RU') },
  { weight: 1, arbitrary: fc.constantFrom('en us', 'ru_RU', 'r', 'russian', '', 'ru-', ' ru', 'ру', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
);
// Built once and shared: a summary or note just over its limit, one of them cut where spaces end it.
const overLongText = fc.constantFrom('ж'.repeat(LIMITS.longText + 1), `${'a '.repeat(LIMITS.longText / 2)}b`);
const overLongShortText = fc.string({ unit: 'binary', minLength: LIMITS.shortText + 1, maxLength: LIMITS.shortText + 20 });
// Over-long more often than `text` is: a translation is cut only in a record kept otherwise.
const translatedText = (limit: number) =>
  mostly(limit === LIMITS.longText ? fc.oneof({ weight: 25, arbitrary: text }, { weight: 1, arbitrary: overLongText }) : fc.oneof({ weight: 10, arbitrary: text }, { weight: 1, arbitrary: overLongShortText }));

/** A translations map for texts with these limits; a tag may repeat in none (a JSON object's keys are unique). */
function translationsArb(limits: TextLimits): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(limits).map(([k, limit]) => [k, translatedText(limit)]));
  const texts = mostly(
    fc.tuple(fc.record(fields, { requiredKeys: [] }), extraFields).map(([t, extra]) => ({ ...extra, ...t })),
    10,
  );
  const map = fc.uniqueArray(fc.tuple(langTag, texts), { selector: ([tag]) => tag, maxLength: 3 }).map((entries) => Object.fromEntries(entries));
  // At the limit of languages, and one over it (then the first LIMITS.listItems are read, the last said as left out).
  const [first] = Object.keys(limits) as [string];
  const many = fc.constantFrom(LIMITS.listItems, LIMITS.listItems + 1).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`ru-x${i}`, { [first]: 'T' }])));
  return fc.oneof({ weight: 24, arbitrary: map }, { weight: 2, arbitrary: junk }, { weight: 1, arbitrary: many });
}
const datasetTranslations = translationsArb(TRANSLATED.dataset);
const actorTranslations = translationsArb(TRANSLATED.actor);
const eventTranslations = translationsArb(TRANSLATED.event);

const event = looseRecord(
  {
    id: mostly(eventId, 12),
    date: mostly(dateString, 12),
    dateEnd: mostly(dateString),
    approximate: mostly(fc.boolean()),
    dateNote: mostly(text),
    timeZone: mostly(fc.constantFrom('America/New_York', 'Europe/Moscow', 'UTC', 'Mars/Base', 'Asia/Kolkata')),
    kind: mostly(fc.constantFrom(...EVENT_KINDS), 12),
    from: mostly(actorId, 12),
    to: mostly(fc.array(actorId, { maxLength: 3 })),
    author: mostly(text),
    title: mostly(text, 12),
    summary: mostly(text, 12),
    quotes: mostly(fc.array(quote, { maxLength: 2 })),
    inReplyTo: mostly(fc.array(eventId, { maxLength: 3 })),
    sources: mostly(fc.array(source, { minLength: 1, maxLength: 2 }), 12),
    verification: mostly(looseRecord({ status: mostly(fc.constantFrom('confirmed', 'unconfirmed', 'disputed')), note: mostly(text) }, ['note'])),
    tags: mostly(fc.array(text, { maxLength: 3 })),
    translations: eventTranslations,
  },
  ['dateEnd', 'approximate', 'dateNote', 'timeZone', 'author', 'quotes', 'inReplyTo', 'verification', 'tags', 'translations'],
);

/** A well-formed event (apart from impossible days and dateEnd order, which come from the dates). */
const cleanEvent = fc
  .record(
    {
      id: fc.constantFrom(...eventIdPool),
      date: calendarDate,
      dateEnd: calendarDate,
      kind: fc.constantFrom(...EVENT_KINDS),
      from: fc.constantFrom('a', 'b', 'c', 'constructor'),
      to: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
      title: fc.string({ minLength: 1, maxLength: 20 }),
      summary: fc.string({ minLength: 1, maxLength: 40 }),
      inReplyTo: fc.array(fc.constantFrom(...eventIdPool), { maxLength: 3 }),
      sources: fc.array(fc.record({ title: fc.constant('T'), publisher: fc.constant('P'), url: url }, { requiredKeys: ['title', 'publisher'] }), {
        minLength: 1,
        maxLength: 2,
      }),
      timeZone: fc.constantFrom('America/New_York', 'Europe/Moscow', 'UTC'),
      // Valid ones (the fast path reads them), or any: a translation never costs its event.
      translations: fc.oneof(
        fc.dictionary(fc.constantFrom('ru', 'en-GB'), fc.record({ title: fc.string({ minLength: 1, maxLength: 20 }), by: fc.constant('editors') }, { requiredKeys: [] }), { maxKeys: 2 }),
        eventTranslations,
      ),
    },
    { requiredKeys: ['id', 'date', 'dateEnd', 'kind', 'from', 'to', 'title', 'summary', 'sources'] },
  )
  .chain((e) =>
    // A dateEnd now and then: half of the random ones come before the date.
    fc.nat(3).map((n): Record<string, unknown> => {
      const out: Record<string, unknown> = { ...e };
      if (n > 0) delete out.dateEnd;
      return out;
    }),
  );

const actor = looseRecord(
  {
    id: mostly(actorId, 12),
    name: mostly(text, 12),
    fullName: mostly(text),
    country: mostly(text),
    leader: mostly(text),
    color: mostly(fc.oneof({ weight: 10, arbitrary: fc.constantFrom('#0072B2', '#d55e00') }, fc.constantFrom('red', '#12345'))),
    translations: actorTranslations,
  },
  ['fullName', 'country', 'leader', 'color', 'translations'],
);

const cleanActor = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'constructor', 'prototype'),
    name: fc.string({ minLength: 1, maxLength: 10 }),
    translations: fc.oneof(fc.dictionary(fc.constantFrom('ru', 'de'), fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }) }), { maxKeys: 2 }), actorTranslations),
  },
  { requiredKeys: ['id', 'name'] },
);

/** JSON nested `levels` lists deep, to cross LIMITS.depth now and then. */
const deepValue = fc.integer({ min: 10, max: 20 }).map((levels) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
});

const actorList = fc.array(fc.oneof({ weight: 4, arbitrary: cleanActor }, { weight: 1, arbitrary: mostly(actor, 12) }), {
  minLength: 2,
  maxLength: 5,
});
const eventList = fc.array(fc.oneof({ weight: 3, arbitrary: cleanEvent }, { weight: 2, arbitrary: mostly(event, 12) }), {
  minLength: 1,
  maxLength: 8,
});

const datasetLike: fc.Arbitrary<unknown> = looseRecord(
  {
    version: fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: junk }),
    title: mostly(text, 12),
    description: mostly(text),
    credit: mostly(text),
    actors: fc.oneof({ weight: 20, arbitrary: actorList }, { weight: 1, arbitrary: junk }),
    events: fc.oneof({ weight: 20, arbitrary: eventList }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: junk }),
    deep: deepValue,
    translations: datasetTranslations,
  },
  ['description', 'credit', 'deep', 'deep', 'deep', 'deep', 'translations'],
);

const anyInput = fc.oneof(fc.jsonValue(), datasetLike, datasetLike);

// ---------------------------------------------------------------------------------------------
// Oracle: which events are individually valid, written independently of validateDataset.

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nesting depth: a scalar is 0, a list or object is 1 + its deepest item. */
function depth(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 0;
  let max = 0;
  for (const item of Object.values(v)) max = Math.max(max, depth(item));
  return 1 + max;
}

function topLevelShapeIsWrong(input: unknown): boolean {
  if (depth(input) > LIMITS.depth) return true;
  if (!isRecord(input) || input.version !== 1) return true;
  const { actors, events } = input;
  if (!Array.isArray(actors) || !Array.isArray(events)) return true;
  return actors.length > LIMITS.actors || events.length > LIMITS.events;
}

/** [first instant, first instant after] of a date the schema accepted. Fractions of a second are ignored: seconds are the finest precision. */
function span(date: string): [number, number] {
  if (date.includes('T')) {
    const start = Date.parse(date.replace(/\.\d+/, ''));
    return [start, start + (/T\d\d:\d\d:\d\d/.test(date) ? 1000 : 60_000)];
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const utc = (year: number, monthIndex: number, day: number) => {
    const t = new Date(0);
    t.setUTCFullYear(year, monthIndex, day);
    return t.getTime();
  };
  if (m === undefined) return [utc(y, 0, 1), utc(y + 1, 0, 1)];
  if (d === undefined) return [utc(y, m - 1, 1), utc(y, m, 1)];
  return [utc(y, m - 1, d), utc(y, m - 1, d + 1)];
}

/** An actor's own texts (not its id): one over LIMITS.shortText characters is cut, and the actor kept. */
const ACTOR_TEXTS = ['name', 'fullName', 'country', 'leader'];

/**
 * A record as far as keeping it goes: its translations are checked apart (a wrong one is cut or
 * left out, the record kept), and so are its `cut` texts when over the short limit (in code points).
 */
function asKept(v: unknown, cut: readonly string[]): unknown {
  if (!isRecord(v)) return v;
  const rest = { ...v };
  delete rest.translations;
  for (const k of cut) {
    const t = rest[k];
    if (typeof t === 'string' && Array.from(t).length > LIMITS.shortText) rest[k] = 'cut';
  }
  return rest;
}

/** An event's own texts, as data/README.md lists them: one over its limit is cut and the event kept. */
const EVENT_TEXT_KEYS: ReadonlySet<string> = new Set(['title', 'summary', 'dateNote', 'author', 'text', 'speaker', 'by', 'publisher', 'caption', 'credit', 'alt', 'note']);

/** An event as far as keeping it goes: each of its own texts (and tags) over any limit counts as cut, so as valid. */
function withTextsCut(v: unknown, key?: string): unknown {
  if (typeof v === 'string') return key !== undefined && EVENT_TEXT_KEYS.has(key) && Array.from(v).length > LIMITS.shortText ? 'cut' : v;
  if (Array.isArray(v)) return v.map((item) => (key === 'tags' ? withTextsCut(item, 'title') : withTextsCut(item)));
  if (!isRecord(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, withTextsCut(item, k)]));
}

/** An item of a quote, source or media list, as the schema reads it (its list unwrapped from optional and default). */
function itemSchema(list: string): { safeParse(v: unknown): { success: boolean } } {
  type Def = { type: string; innerType?: unknown; element?: unknown };
  let node = (eventSchema.def.shape as Record<string, unknown>)[list] as { def: Def };
  while (node.def.type !== 'array') node = node.def.innerType as { def: Def };
  return node.def.element as { safeParse(v: unknown): { success: boolean } };
}
const ITEM_SCHEMAS = new Map(['quotes', 'sources', 'media'].map((list) => [list, itemSchema(list)] as const));

/**
 * An event as far as keeping it goes: each quote, source or media item that is broken (apart from
 * a quote's translations, checked apart) is left out on its own, and a list left empty is as none.
 * A list that is not one, or has too many items, is left as it is (the event is left out for it).
 */
function withoutBrokenItems(v: unknown): unknown {
  if (!isRecord(v)) return v;
  const rest = { ...v };
  for (const [list, schema] of ITEM_SCHEMAS) {
    const items = rest[list];
    if (!Array.isArray(items) || items.length > LIMITS.listItems) continue;
    const kept = items.filter((item) => schema.safeParse(list === 'quotes' ? asKept(item, []) : item).success);
    if (kept.length === 0) delete rest[list];
    else rest[list] = kept;
  }
  return rest;
}

/** Which records the oracle expects to be checked and kept, by their index in the file. */
interface Expected {
  /** Actors valid apart from their translations (so checked as far as them), duplicates included; those kept (the first of each id). */
  checkedActors: number[];
  keptActors: number[];
  /** Each checked actor repeating a kept one's id, with the kept one it is merged into (mergeActor.ts). */
  mergedInto: Map<number, number>;
  checkedEvents: number[];
  keptEvents: { index: number; id: string }[];
}

/** What should be checked and kept of a file, or null when its shape is wrong (nothing is). */
function oracle(input: unknown): Expected | null {
  if (topLevelShapeIsWrong(input)) return null;
  const { actors, events } = input as { actors: unknown[]; events: unknown[] };
  const expected: Expected = { checkedActors: [], keptActors: [], mergedInto: new Map(), checkedEvents: [], keptEvents: [] };
  const actorIds = new Map<string, number>();
  actors.forEach((a, i) => {
    // Kept when its id and name are: a wrong full name, country, leader or colour is left out on its own.
    const kept = asKept(a, ACTOR_TEXTS);
    const parsed = actorSchema.safeParse(isRecord(kept) ? { id: kept.id, name: kept.name } : kept);
    if (!parsed.success) return;
    expected.checkedActors.push(i);
    // A repeated id: merged into the first, which wins where they differ.
    const first = actorIds.get(parsed.data.id);
    if (first !== undefined) return void expected.mergedInto.set(i, first);
    actorIds.set(parsed.data.id, i);
    expected.keptActors.push(i);
  });
  const keptIds = new Set<string>();
  // Every id the file's events give, and each new one made: a repeated id becomes `id-2`, `id-3`, … (the first free).
  const takenIds = new Set(events.flatMap((r) => (isRecord(r) && typeof r.id === 'string' ? [r.id] : [])));
  const freeId = (id: string) => {
    for (let n = 2; ; n++) {
      const made = `${id.slice(0, LIMITS.shortText - String(n).length - 1)}-${n}`;
      if (!takenIds.has(made) && !keptIds.has(made)) {
        takenIds.add(made);
        return made;
      }
    }
  };
  events.forEach((raw, index) => {
    const parsed = eventSchema.safeParse(withoutBrokenItems(withTextsCut(asKept(raw, []))));
    if (!parsed.success) return;
    expected.checkedEvents.push(index);
    const e = parsed.data;
    const id = keptIds.has(e.id) ? freeId(e.id) : e.id; // a repeated id: kept under a new one
    if (!actorIds.has(e.from)) return; // unknown sender
    if (e.dateEnd !== undefined && span(e.dateEnd)[1] <= span(e.date)[0]) return; // dateEnd before date
    expected.keptEvents.push({ index, id });
    keptIds.add(id);
  });
  return expected;
}

/** Ids of the events that should be shown, in file order. */
const oracleKeptIds = (input: unknown): string[] => oracle(input)?.keptEvents.map((e) => e.id) ?? [];

/** A translated text as the oracle expects it: kept as written, or cut from this original. */
type ExpectedText = string | { cut: string };
type ExpectedTranslations = Record<string, Record<string, ExpectedText>>;

/**
 * What a translations map at `path` keeps, and where its problems are said, read from
 * data/README.md: a map that is not an object is left out (said at it); of one with more than
 * LIMITS.listItems languages, those after the first LIMITS.listItems kept are left out (said at the
 * first of them); a language whose tag is no language tag or whose texts are no object is
 * left out (said at it); each text that is not a non-empty text is left out, and one over its limit
 * cut (said at it); an unknown field is ignored (said at its language). A language keeps what is
 * left of it; when nothing is wrong, the map is kept as written (empty languages too).
 */
function oracleTranslations(raw: unknown, limits: TextLimits, path: PathSegment[]): { kept: ExpectedTranslations | undefined; problemPaths: string[] } {
  if (raw === undefined) return { kept: undefined, problemPaths: [] };
  if (!isRecord(raw)) return { kept: undefined, problemPaths: [formatPath(path)] };
  const kept: ExpectedTranslations = {};
  const problemPaths: string[] = [];
  let faultless = true;
  let noRoom = false;
  for (const [lang, texts] of Object.entries(raw)) {
    if (Object.keys(kept).length >= LIMITS.listItems) {
      // No room: said once, at the first language left out.
      if (!noRoom) problemPaths.push(formatPath([...path, lang]));
      noRoom = true;
      faultless = false;
      continue;
    }
    if (!PATTERNS.lang.test(lang) || !isRecord(texts)) {
      problemPaths.push(formatPath([...path, lang]));
      faultless = false;
      continue;
    }
    const fields: Record<string, ExpectedText> = {};
    let wrong = false;
    for (const [key, limit] of Object.entries(limits)) {
      const v = texts[key];
      if (v === undefined) continue;
      // A text of nothing but spaces is refused as an empty one is (PATTERNS.text), and a title or a name
      // with no visible character (PATTERNS.visible); a long one is cut.
      const written = typeof v === 'string' && v !== '' && PATTERNS.text.test(v) && (!['title', 'name'].includes(key) || PATTERNS.visible.test(v));
      if (written && Array.from(v).length <= limit) fields[key] = v;
      else {
        wrong = true;
        problemPaths.push(formatPath([...path, lang, key]));
        if (written) fields[key] = { cut: v };
      }
    }
    for (const key of Object.keys(texts)) if (!Object.hasOwn(limits, key)) problemPaths.push(formatPath([...path, lang]));
    if (wrong) faultless = false;
    if (!wrong || Object.keys(fields).length > 0) kept[lang] = fields;
  }
  return { kept: faultless || Object.keys(kept).length > 0 ? kept : undefined, problemPaths };
}

/** A cut text as the format cuts it: at most `limit` characters, the start of the original, and "…". */
const isFairCut = (cut: unknown, original: string, limit: number): boolean =>
  typeof cut === 'string' && cut.endsWith('…') && Array.from(cut).length <= limit && original.startsWith(cut.slice(0, -1));

/** A record's translations with each fairly cut text replaced by the oracle's marker for it, to compare with the oracle. */
function withCutsMarked(actual: unknown, expected: ExpectedTranslations | undefined, limits: TextLimits): unknown {
  if (!isRecord(actual) || expected === undefined) return actual;
  return Object.fromEntries(
    Object.entries(actual).map(([lang, texts]) => {
      if (!isRecord(texts)) return [lang, texts];
      const marked = Object.entries(texts).map(([key, v]) => {
        const want = expected[lang]?.[key];
        return [key, typeof want === 'object' && isFairCut(v, want.cut, limits[key]!) ? want : v];
      });
      return [lang, Object.fromEntries(marked)];
    }),
  );
}

/** Problem paths at or under `prefix` (`events[2].translations`: not `events[2].translationsX`). */
/** What is said of an actor repeating a kept one's id (mergeActor.ts). */
const isRepeatedActor = (p: Problem): boolean => p.detail?.key === 'actorMerged' || p.detail?.key === 'actorConflict' || p.detail?.key === 'actorLanguagesFull';

const pathsUnder = (problems: readonly Problem[], prefix: string): string[] =>
  problems.map((p) => p.path).filter((p) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`));

// ---------------------------------------------------------------------------------------------
// Message checks.

/** JSON string literals in a message, honouring escapes (`"a\"b"` is one literal). */
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;

/*
 * A quoted value may show at most LIMITS.quoteChars characters (code points, "…" included).
 * Counting the raw characters between quotes is not robust: JSON escapes make `"`, `\`, control
 * characters and lone surrogates longer on screen (`\"`, `\u0000`, `\ud800`) than in the value.
 * So each literal is decoded and its code points counted; the raw form is bounded by the worst
 * case of six characters per code point.
 */
function quotedValueTooLong(s: string): string | null {
  for (const literal of s.match(STRING_LITERAL) ?? []) {
    let decoded: string;
    try {
      decoded = JSON.parse(literal) as string;
    } catch {
      return `unparseable literal ${literal.slice(0, 100)}`;
    }
    if (Array.from(decoded).length > LIMITS.quoteChars) return `${Array.from(decoded).length} characters: ${literal.slice(0, 100)}…`;
    if (literal.length > 2 + 6 * LIMITS.quoteChars) return `${literal.length} characters rendered`;
  }
  return null;
}

/** A path under the dataset's, an actor's or an event's translations: the record's list, and the rest of the path. */
const UNDER_TRANSLATIONS = /^(?:(events|actors)\[\d+\]\.)?translations(?=$|[.[])(.*)$/s;
/** A language's segment of a path: `.ru`, or a quoted tag (`["en us"]`, isolated when it holds right-to-left text). */
const LANGUAGE_SEGMENT = /^(?:\.[A-Za-z_$][\w$]*|\[\u2068?"(?:[^"\\]|\\.)*"\u2069?\])/s;

/**
 * What is wrong with a problem's path under translations (null when it is not under them): it
 * must name the map, one language, or one of the texts that record's translations have
 * (`events[2].translations.ru.title`), never something inside a text or a field the format lacks.
 */
function translationPathFault(path: string): string | null {
  const m = UNDER_TRANSLATIONS.exec(path);
  if (!m) return null;
  const limits: TextLimits = m[1] === 'events' ? TRANSLATED.event : m[1] === 'actors' ? TRANSLATED.actor : TRANSLATED.dataset;
  const rest = m[2]!;
  if (rest === '') return null;
  const lang = LANGUAGE_SEGMENT.exec(rest);
  if (!lang) return `no language: ${path.slice(0, 200)}`;
  const field = rest.slice(lang[0].length);
  if (field === '') return null;
  const name = /^\.(\w+)$/.exec(field)?.[1];
  return name !== undefined && Object.hasOwn(limits, name) ? null : `not a translated text: ${path.slice(0, 200)}`;
}

function checkProblems(problems: Problem[]): void {
  for (const p of problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.path).not.toBe('');
    expect(p.message.trim()).not.toBe('');
    expect(quotedValueTooLong(p.message), p.message.slice(0, 200)).toBeNull();
    expect(quotedValueTooLong(p.path), p.path.slice(0, 200)).toBeNull();
    expect(translationPathFault(p.path)).toBeNull();
  }
}

/** The input without the dataset's, actors' and events' translations, as a copy. */
function withoutTranslations(input: unknown): unknown {
  const strip = (v: unknown): unknown => asKept(v, []);
  if (!isRecord(input)) return input;
  const out = strip(input) as Json;
  if (Array.isArray(input.actors)) out.actors = input.actors.map(strip);
  if (Array.isArray(input.events)) out.events = input.events.map(strip);
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('validateDataset properties', () => {
  it('measures quoted values by their decoded characters', () => {
    expect(quotedValueTooLong(`x: ${JSON.stringify('y'.repeat(80))} and "z"`)).toBeNull();
    expect(quotedValueTooLong(JSON.stringify(`${'\\"\u0000'.repeat(26)}ab`))).toBeNull(); // 80 characters, 264 rendered
    expect(quotedValueTooLong(JSON.stringify('🙂'.repeat(80)))).toBeNull(); // 80 code points, 160 UTF-16 units
    expect(quotedValueTooLong(JSON.stringify('y'.repeat(81)))).not.toBeNull();
  });

  it('never throws on any JSON value and reports well-formed problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkProblems(validateDataset(input).problems);
      }),
      RUNS,
    );
  });

  it('never throws on dataset-shaped junk and quotes at most 80 characters of a value', () => {
    fc.assert(
      fc.property(datasetLike, (input) => {
        const before = JSON.stringify(input);
        const r = validateDataset(input);
        checkProblems(r.problems);
        expect(r.fatal).toBe(r.dataset === null);
        expect(JSON.stringify(input)).toBe(before); // the input is not modified
      }),
      RUNS,
    );
  });

  it('keeps exactly the individually valid events, and is fatal exactly when there are none or the shape is wrong', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const expected = oracleKeptIds(input);
        const r = validateDataset(input);
        expect(r.dataset?.events.length ?? 0).toBe(expected.length);
        expect(r.dataset?.events.map((e) => e.id) ?? []).toEqual(expected);
        expect(r.fatal).toBe(expected.length === 0 || topLevelShapeIsWrong(input));
        if (!r.fatal) {
          const rawCount = (input as { events: unknown[] }).events.length;
          expect(r.eventCount).toBe(rawCount);
          expect(r.droppedEvents).toBe(rawCount - expected.length);
        }
      }),
      RUNS,
    );
  });

  it('knows every text the format translates, with its limit', () => {
    expect(new Set(Object.keys(TRANSLATED.dataset))).toEqual(KEYS.datasetText);
    expect(new Set(Object.keys(TRANSLATED.actor))).toEqual(KEYS.actorText);
    expect(new Set(Object.keys(TRANSLATED.event))).toEqual(KEYS.eventText);
    expect(translationPathFault('events[3].translations["en us"]')).toBeNull();
    expect(translationPathFault('actors[0].translations.ru.name')).toBeNull();
    expect(translationPathFault('translations.ru.summary')).not.toBeNull(); // the dataset's texts have no summary
    expect(translationPathFault('events[0].translations')).toBeNull();
    expect(translationPathFault('events[0].quotes[0].translation.by')).toBeNull();
  });

  it('never leaves out a record for its translations, nor says anything of them outside them', () => {
    fc.assert(
      fc.property(datasetLike, (input) => {
        const stripped = withoutTranslations(input);
        // Translations nested too deep would make the file too deep: the generator nests them far less.
        expect(topLevelShapeIsWrong(stripped)).toBe(topLevelShapeIsWrong(input));
        const a = validateDataset(input);
        const b = validateDataset(stripped);
        expect(a.fatal).toBe(b.fatal);
        expect(a.dataset?.actors.map((x) => withoutTranslations(x))).toEqual(b.dataset?.actors);
        expect(a.dataset?.events.map((x) => withoutTranslations(x))).toEqual(b.dataset?.events);
        expect({ ...a.dataset, translations: undefined, actors: [], events: [] }).toEqual({ ...b.dataset, actors: [], events: [] });
        // An actor repeating an id is said once or twice (what it added, what it left out), naming the fields of its translations too:
        // said at the repeat, in either file, the same.
        const outside = (problems: Problem[]) =>
          problems
            .map((p) => (isRepeatedActor(p) ? `${/^actors\[\d+\]/.exec(p.path)![0]}: repeats an actor` : UNDER_TRANSLATIONS.test(p.path) ? undefined : `${p.path}: ${p.message}`))
            .filter((p, k, all) => p !== undefined && p !== all[k - 1]);
        expect(outside(a.problems)).toEqual(outside(b.problems));
      }),
      RUNS,
    );
  });

  it('keeps exactly the valid languages and texts of each kept record, a long text cut to its limit, and says each wrong one at it', () => {
    fc.assert(
      fc.property(datasetLike, (input) => {
        const expected = oracle(input);
        if (!expected) return;
        const raw = input as { translations?: unknown; actors: Json[]; events: Json[] };
        const r = validateDataset(input);
        const keptActor = new Map(expected.keptActors.map((i, k) => [i, r.dataset?.actors[k]]));
        const keptEvent = new Map(expected.keptEvents.map(({ index }, k) => [index, r.dataset?.events[k]]));
        const records = [
          { at: ['translations'], raw: raw.translations, limits: TRANSLATED.dataset, kept: r.dataset ?? undefined },
          ...expected.checkedActors.map((i) => ({ at: ['actors', i, 'translations'], raw: raw.actors[i]!.translations, limits: TRANSLATED.actor, kept: keptActor.get(i) })),
          ...expected.checkedEvents.map((i) => ({ at: ['events', i, 'translations'], raw: raw.events[i]!.translations, limits: TRANSLATED.event, kept: keptEvent.get(i) })),
        ];
        // A kept actor has the texts of the repeats merged into it that it lacks (mergeActor.ts), in at most MAX_LANGUAGES languages.
        const mergedTranslations = (i: number, own: ExpectedTranslations | undefined) => {
          let merged = own && structuredClone(own);
          for (const [repeat, first] of expected.mergedInto) {
            if (first !== i) continue;
            for (const [lang, texts] of Object.entries(oracleTranslations(raw.actors[repeat]!.translations, TRANSLATED.actor, []).kept ?? {})) {
              if (merged && !Object.hasOwn(merged, lang) && Object.keys(merged).length >= MAX_LANGUAGES) continue;
              for (const [key, text] of Object.entries(texts)) {
                merged ??= {};
                merged[lang] ??= {};
                merged[lang][key] ??= text;
              }
            }
          }
          return merged;
        };
        for (const { at, raw: translations, limits, kept } of records) {
          const own = oracleTranslations(translations, limits, at);
          const want = at[0] === 'actors' ? { ...own, kept: mergedTranslations(at[1] as number, own.kept) } : own;
          // A kept event's translation of a text the event does not have is kept, and said (it is never shown).
          const original = (e: Record<string, unknown>, key: string) => (key === 'verificationNote' ? (e.verification as { note?: string } | undefined)?.note : e[key]);
          const noOriginal =
            limits === TRANSLATED.event && kept
              ? Object.entries(want.kept ?? {}).flatMap(([lang, texts]) =>
                  ['author', 'dateNote', 'verificationNote'].filter((k) => texts[k] !== undefined && original(kept as Record<string, unknown>, k) === undefined).map((k) => formatPath([...at, lang, k])),
                )
              : [];
          // A repeated actor's value the first has otherwise is said at it (it is not a fault of the translation).
          const said = r.problems.filter((p) => !isRepeatedActor(p));
          expect(pathsUnder(said, formatPath(at)).sort(), formatPath(at)).toEqual([...want.problemPaths, ...noOriginal].sort());
          if (kept) expect(withCutsMarked(kept.translations, want.kept, limits), formatPath(at)).toEqual(want.kept);
        }
      }),
      RUNS,
    );
  });

  it('generates inputs that keep events and exercise every cross-record rule', () => {
    const samples = fc.sample(datasetLike, { numRuns: 200, seed: 42 });
    const kept = samples.map((s) => oracleKeptIds(s).length);
    expect(kept.filter((n) => n > 0).length).toBeGreaterThan(50);
    expect(kept.filter((n) => n > 1).length).toBeGreaterThan(20);
    const messages = samples.flatMap((s) => validateDataset(s).problems.map((p) => p.message));
    for (const rule of ['repeats actor', 'unknown actor', 'is before date', 'reply cycle', 'no valid event has id', 'unknown field', 'nested deeper']) {
      expect(messages.filter((m) => m.includes(rule)).length, rule).toBeGreaterThan(3);
    }
    // Translations wrong in every way the format names, said under the dataset's, actors' and events' translations.
    const said = samples.flatMap((s) => validateDataset(s).problems.filter((p) => UNDER_TRANSLATIONS.test(p.path)));
    for (const rule of ['is not a BCP 47 language tag', 'expected an object', 'expected text', 'must not be empty', 'was cut', 'unknown field', `has more than ${LIMITS.listItems} languages`]) {
      expect(said.filter((p) => p.message.includes(rule)).length, rule).toBeGreaterThan(3);
    }
    for (const record of [/^translations/, /^actors/, /^events/]) expect(said.filter((p) => record.test(p.path)).length, String(record)).toBeGreaterThan(10);
    expect(said.filter((p) => p.message.includes(`${LIMITS.longText.toLocaleString('en')} characters`)).length).toBeGreaterThan(0);
    const keptTranslated = samples.flatMap((s) => validateDataset(s).dataset?.events.filter((e) => e.translations !== undefined) ?? []);
    expect(keptTranslated.length).toBeGreaterThan(50);
    // Values long enough to be shortened in a message, and values that need escaping.
    expect(messages.filter((m) => m.includes('…"')).length).toBeGreaterThan(3);
    expect(messages.filter((m) => /\\(u[0-9a-f]{4}|")/.test(m)).length).toBeGreaterThan(3);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = validateDataset(input);
        const b = validateDataset(input);
        expect(b.problems).toEqual(a.problems);
        expect(b.fatal).toBe(a.fatal);
        expect(b.dataset).toEqual(a.dataset);
      }),
      RUNS,
    );
  });
});
