import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UNCUT_EVENT_KEYS } from '../../../src/shared/dataset/checkEvent.ts';
import { fastEventCheck } from '../../../src/shared/dataset/fastEventCheck.ts';
import { formatPath } from '../../../src/shared/dataset/problem.ts';
import { eventSchema, type DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { breakEachConstraint, nodeKeys, presentKeys, type BrokenCase } from './schemaConstraints.ts';
import { minimalEvent } from './validDataset.ts';

const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const slugish = fc.oneof(fc.constantFrom('a', 'nasa', 'e-1', 'x'), fc.string({ maxLength: 6 }), fc.constant(''), fc.constant('Bad Id'));
const dateish = fc.oneof(fc.constantFrom('2022', '2022-03', '2022-03-12', '2022-02-30', '2022-02-24T13:43:00-05:00', '2022-3-4', 'soon', ''), fc.string({ maxLength: 12 }));
const textish = fc.oneof(fc.string({ maxLength: 20 }), fc.constant(''), fc.constant('x'.repeat(301)), fc.integer(), fc.constant(null));
const langish = fc.oneof(fc.constantFrom('ru', 'en', 'en-GB', 'e', 'english', 'ru_RU', ''), fc.string({ maxLength: 6 }), fc.integer());
const quoteish = fc.oneof(
  fc.record(
    {
      text: textish,
      lang: langish,
      speaker: maybe(textish),
      translation: maybe(
        fc.oneof(fc.record({ text: textish, lang: langish, by: maybe(textish), extra: maybe(fc.string({ maxLength: 3 })) }, { requiredKeys: [] }), fc.constant('x')),
      ),
      translations: maybe(
        fc.oneof(
          fc.dictionary(
            fc.constantFrom('ru', 'en-GB', 'e', ''),
            fc.oneof(fc.record({ speaker: textish, translationBy: textish, extra: fc.string({ maxLength: 3 }) }, { requiredKeys: [] }), fc.constant(null)),
            { maxKeys: 2 },
          ),
          fc.constant('ru'),
        ),
      ),
      extra: maybe(fc.string({ maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
  fc.constant(null),
);

const mediaish = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom('image', 'link', 'video'), textish),
      url: fc.oneof(fc.constantFrom('https://x.org/a.jpg', 'http://x.org/a.jpg', 'x'.repeat(2001)), fc.string({ maxLength: 10 }), fc.integer()),
      caption: maybe(textish),
      credit: maybe(textish),
      alt: maybe(textish),
      extra: maybe(fc.string({ maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
  fc.constant(null),
);

/** An event's texts in other languages: the language tags and every field nearly valid, or not. */
const translationsish = fc.oneof(
  fc.dictionary(
    fc.constantFrom('ru', 'en-GB', 'e', 'ru_RU', ''),
    fc.oneof(
      fc.record(
        { title: textish, summary: textish, author: textish, dateNote: textish, verificationNote: textish, by: textish, extra: fc.string({ maxLength: 3 }) },
        { requiredKeys: [] },
      ),
      fc.constant(null),
    ),
    { maxKeys: 2 },
  ),
  fc.constant('ru'),
);

const eventish = fc.record(
  {
    id: slugish,
    date: dateish,
    dateEnd: maybe(dateish),
    approximate: maybe(fc.oneof(fc.boolean(), fc.constant('yes'))),
    kind: fc.oneof(fc.constantFrom('letter', 'social-post', 'statement', 'press-report', 'sanction', 'milestone'), fc.string({ maxLength: 5 })),
    from: slugish,
    to: fc.oneof(fc.array(slugish, { maxLength: 3 }), fc.constant('nasa')),
    author: maybe(textish),
    title: textish,
    summary: textish,
    inReplyTo: maybe(fc.array(slugish, { maxLength: 3 })),
    sources: fc.oneof(
      fc.array(
        fc.record(
          { title: textish, publisher: textish, url: maybe(fc.oneof(fc.string({ maxLength: 10 }), fc.integer())), date: maybe(dateish) },
          { requiredKeys: ['title', 'publisher'] },
        ),
        { maxLength: 3 },
      ),
      fc.constant('none'),
      fc.constant(undefined),
    ),
    media: maybe(fc.oneof(fc.array(mediaish, { maxLength: 2 }), fc.constant('none'))),
    tags: maybe(fc.array(textish, { maxLength: 3 })),
    dateNote: maybe(textish),
    timeZone: maybe(fc.oneof(fc.constantFrom('Europe/Moscow', 'Mars/Olympus'), textish)),
    quotes: maybe(fc.oneof(fc.array(quoteish, { maxLength: 3 }), fc.constant('none'))),
    verification: maybe(
      fc.oneof(
        fc.record(
          { status: fc.oneof(fc.constantFrom('unconfirmed', 'disputed', 'confirmed', 'maybe'), textish), note: maybe(textish), extra: maybe(fc.string({ maxLength: 3 })) },
          { requiredKeys: [] },
        ),
        fc.constant(null),
      ),
    ),
    translations: maybe(translationsish),
    extra: maybe(fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe('fastEventCheck', () => {
  it('accepts an event only when the schema does, and returns exactly what the schema returns', () => {
    fc.assert(
      fc.property(eventish, (raw) => {
        const fast = fastEventCheck(raw);
        if (fast === null) return;
        const parsed = eventSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(fast).toEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the schema when one field of a valid event is replaced by anything', () => {
    const base = generateDataset({ events: 50, seed: 9 }).events;
    // Mostly almost-valid values, so that each rule of the fast path is exercised on its own.
    const text = fc.oneof(fc.constantFrom('Quote', 'Цитата'), textish);
    const nearQuote = fc.record({ text, lang: langish, speaker: maybe(text), translation: maybe(fc.record({ text, lang: langish, by: maybe(text) })) });
    const replacement = fc.oneof(
      fc.tuple(fc.constant('quotes'), fc.oneof(fc.array(nearQuote, { minLength: 1, maxLength: 2 }), fc.array(quoteish, { maxLength: 2 }), text)),
      fc.tuple(
        fc.constant('verification'),
        fc.oneof(fc.record({ status: fc.oneof(fc.constantFrom('unconfirmed', 'disputed', 'confirmed'), textish), note: maybe(text) }), text),
      ),
      fc.tuple(fc.constantFrom('dateNote', 'timeZone', 'author', 'dateEnd'), text),
      fc.tuple(
        fc.constant('translations'),
        fc.oneof(fc.record({ ru: fc.record({ title: text, author: text, dateNote: text, verificationNote: text, by: text }, { requiredKeys: [] }) }), translationsish),
      ),
    );
    fc.assert(
      fc.property(fc.nat(base.length - 1), replacement, (i, [field, value]) => {
        const raw = { ...JSON.parse(JSON.stringify(base[i])), [field]: value } as unknown;
        const fast = fastEventCheck(raw);
        const parsed = eventSchema.safeParse(raw);
        if (fast !== null) {
          expect(parsed.success).toBe(true);
          expect(fast).toEqual(parsed.data);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the fast path for every generated event, quotes and verification included', () => {
    const events = generateDataset({ events: 500, seed: 3 }).events;
    expect(events.filter((e) => e.quotes).length).toBeGreaterThan(10);
    expect(events.filter((e) => e.verification).length).toBeGreaterThan(10);
    for (const e of events) expect(fastEventCheck(JSON.parse(JSON.stringify(e)))).toEqual(eventSchema.parse(e));
  });

  it('takes the fast path for every event of the bundled dataset', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8')) as { events: unknown[] };
    for (const e of data.events) expect(fastEventCheck(e)).toEqual(eventSchema.parse(e));
  });
});

/*
 * The fast path must refuse every event the schema refuses. Valid events (the bundled dataset's,
 * then generated ones, as many as it takes to hold every field) are broken once per constraint
 * of eventSchema, read from the schema's definition: a rule added to the schema and not to
 * fastEventCheck.ts makes one of these cases fail. The validator then reports each, and says what
 * became of it: the event left out, or, for a fault in its translations, only that text or
 * language cut or left out, and for a fault in a quote, source or media item, only that item
 * left out, the event kept.
 */
/** The lists whose broken items are left out one by one, and what each item is called (LeftOut). */
const ITEM_OF: Record<string, string | undefined> = { quotes: 'quote', sources: 'source', media: 'media' };

describe('fastEventCheck against each constraint of the schema', () => {
  const bundled = JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8')) as { events: DatasetEvent[] };
  const bases = [...bundled.events, ...generateDataset({ events: 500, seed: 3 }).events];
  const allKeys = nodeKeys(eventSchema);
  const reached = new Set<string>();
  const cases = new Map<string, { broken: BrokenCase; base: DatasetEvent }>();
  let unbroken = new Set<string>();
  for (const base of bases) {
    const keys = presentKeys(eventSchema, base);
    const pending = [...unbroken].some((rule) => keys.has(rule.slice(0, rule.indexOf(':'))));
    if (!pending && [...keys].every((k) => reached.has(k))) continue;
    const found = breakEachConstraint(eventSchema, base);
    for (const k of found.reached) reached.add(k);
    for (const c of found.cases) if (!cases.has(c.rule)) cases.set(c.rule, { broken: c, base });
    unbroken = new Set([...unbroken, ...found.unbroken].filter((rule) => !cases.has(rule)));
    if (reached.size === allKeys.size && unbroken.size === 0) break;
  }

  /** The event in a dataset where it is valid: its actors, and the events it replies to. */
  const datasetAround = (event: unknown, base: DatasetEvent) => {
    const actors = [...new Set([base.from, ...base.to])].map((id) => ({ id, name: id }));
    const replied = (base.inReplyTo ?? []).map((id) => minimalEvent(id, { date: '2000', from: base.from }));
    return { version: 1, title: 'T', actors, events: [event, ...replied] };
  };

  it('has valid events that hold every field of the schema, and a broken value for every check', () => {
    const unheld = [...allKeys].filter((k) => !reached.has(k));
    expect(unheld, 'fields no valid event holds: give generateDataset.ts or the bundled dataset an event with them').toEqual([]);
    expect([...unbroken], 'checks no value broke: teach schemaConstraints.ts a value that breaks them').toEqual([]);
    expect(cases.size).toBeGreaterThan(100);
    for (const { base } of cases.values()) expect(validateDataset(datasetAround(base, base)).problems).toEqual([]);
  });

  it.each([...cases.values()].map((c) => [c.broken.rule, c] as const))('refuses an event with %s, which the validator reports', (_rule, { broken, base }) => {
    expect(fastEventCheck(broken.value)).toBeNull();
    const where = formatPath(['events', 0, ...broken.at]);
    const { problems, droppedEvents } = validateDataset(datasetAround(broken.value, base));
    if (broken.unknownKey) {
      expect(problems.filter((p) => p.code === 'unknown-field').map((p) => p.path)).toContain(where);
    } else {
      expect(eventSchema.safeParse(broken.value).success).toBe(false);
      const at = problems.filter((p) => p.path === where || p.path.startsWith(`${where}.`) || p.path.startsWith(`${where}[`));
      expect(at.length, problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toBeGreaterThan(0);
      // What became of it: a fault in the event's translations or a quote's costs only that text or language (cut to
      // its limit or left out, said), the event kept; so does a text of the event's own over its limit
      // (cut, said), unless it is an id, a link to one, an address or a time zone; any other fault
      // inside a quote, source or media item costs only that item (left out, said); any other fault
      // leaves the event out, said.
      const leaf = broken.at.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), broken.value);
      const ownTextTooLong = typeof leaf === 'string' && broken.rule.includes('max_length') && !broken.at.some((k) => UNCUT_EVENT_KEYS.has(String(k)));
      const inTranslations = broken.at[0] === 'translations' || (broken.at[0] === 'quotes' && broken.at[2] === 'translations');
      if (inTranslations) {
        expect(droppedEvents).toBe(0);
        // More languages than a record may have: the first kept, the rest left out, as the problem says.
        for (const p of at) expect(p.leftOut === 'value' || (p.code === 'too-long' && p.message.endsWith(' was cut')) || p.detail?.key === 'languagesFull', p.message).toBe(true);
      } else if (ownTextTooLong) {
        expect(droppedEvents).toBe(0);
        for (const p of at) expect(p.code === 'too-long' && p.message.endsWith(' was cut'), p.message).toBe(true);
      } else if (ITEM_OF[String(broken.at[0])] !== undefined && typeof broken.at[1] === 'number') {
        // A broken quote, source or media item is left out on its own, said, the event kept.
        expect(droppedEvents).toBe(0);
        for (const p of at) expect(p.leftOut, p.message).toBe(ITEM_OF[String(broken.at[0])]);
      } else {
        expect(droppedEvents).toBe(1);
        for (const p of at) expect(p.leftOut, p.message).toBe('event');
      }
    }
  });
});
