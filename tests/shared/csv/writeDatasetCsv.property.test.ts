import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { EVENT_KINDS, MEDIA_KINDS, VERIFICATION_STATUSES } from '../../../src/shared/dataset/vocabulary.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { datasetCsv } from '../../../src/shared/csv/writeDatasetCsv.ts';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { EVENT_ORIGINALS, EVENT_TRANSLATED_FIELDS, QUOTE_ORIGINALS, QUOTE_TRANSLATED_FIELDS } from '../../../src/shared/dataset/translatedOriginals.ts';

/*
 * dataset → our CSV → dataset is lossless: for 200 datasets from the benchmark generator and 200
 * built here with the text a spreadsheet finds hard (commas, quotes, line breaks, formula
 * starters, apostrophes, semicolons, Cyrillic, surrounding spaces), translations included (the
 * top level's `#title [ru]` rows, actors' `name [ru]` columns, events' `title [ru]` columns,
 * quotes' `quote 1 speaker [ru]` columns) and
 * media (`media 1 url`, `media 2 caption`: none, one or two items, each field but the kind and
 * URL optional).
 */

/*
 * 200 round trips are CPU-bound: about 1.2-1.5 s of CPU in a fresh worker, of which the JIT's
 * warm-up is much (1 run 25 ms, 50 runs 0.6 s, 100 runs 0.9 s, 200 runs 1.45 s; 0.55 s once warm),
 * and the datasets' size little (8 events and 3 quotes or 4 sources at most cost ~15% more than
 * 5, 2 and 3). Nothing shrinks unless a property fails. With the whole suite on two cores the
 * worker gets a fraction of a core, and the first property took 5.45 s of wall time: past Vitest's
 * 5 s default, though it does the same work. The timeout is for that, not for more work.
 * Media (none, one or two items an event) cost little: the first property took 2.1-2.8 s with them
 * and 1.9-2.4 s without, on two cores already busy (load average 7), and 2.1-4.7 s against
 * 4.6-4.7 s with two more processes spinning.
 */
const RUNS = { numRuns: 200 };
const CPU_BOUND_TIMEOUT_MS = 30_000;

/** Text of any kind that is not blank (a blank cell means "no value"). */
const text = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '=', '+', '-', '@', "'", ';', '\t', 'é', 'Д', '#', '1'), minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() !== '');
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const lang = fc.constantFrom('ru', 'en', 'en-GB', 'fr');
/** Tags are trimmed list items without the separator (data/README.md says so). */
const tag = fc.stringMatching(/^[A-Za-zА-я0-9][A-Za-zА-я0-9 ,.=+-]{0,10}[A-Za-zА-я0-9]$/);
const date = fc.constantFrom('2022', '2022-03', '2022-03-12', '2022-02-24T13:43:00-05:00', '2021-12-31T23:59:59.5Z', '1999-01-01');
/**
 * An https URL whose path has what a cell must keep as it is: commas and semicolons (a separator to
 * some reader), a formula starter after one (`a;=b`, which the writer guards), an apostrophe
 * (`'b`, which it must not take off), an image ending or none (the kind is written, never guessed).
 */
const mediaUrl = fc
  .tuple(
    fc.constantFrom('https://example.org/', 'https://tass.com/science/'),
    fc.string({ unit: fc.constantFrom('a', 'Z', '0', ',', ';', '=', '+', '-', '@', "'", '.', '~', '%2C', '(', ')'), minLength: 1, maxLength: 8 }),
    fc.constantFrom('.jpg', '.PNG', '', '?w=1,2'),
  )
  .map(([origin, path, end]) => origin + path + end);
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A language with no text at all has no cell to be written in (an empty `{ "ru": {} }` is not carried over). */
const hasText = (o: object) => Object.keys(o).length > 0;

/**
 * An event without the translations of texts it does not have (an author's without an author):
 * those are kept but said (no-original), and this dataset is one with no problem.
 */
function withOriginals<E extends DatasetEvent>(e: E): E {
  const keep = <T extends object>(map: Record<string, T> | undefined, fields: readonly (keyof T)[], has: (field: keyof T) => boolean) => {
    if (!map) return undefined;
    const kept = Object.fromEntries(
      Object.entries(map)
        .map(([lang, texts]) => [lang, Object.fromEntries(Object.entries(texts).filter(([k]) => !fields.includes(k as keyof T) || has(k as keyof T)))] as const)
        .filter(([, texts]) => hasText(texts)),
    );
    return hasText(kept) ? kept : undefined;
  };
  const quotes = e.quotes?.map((q) => compact({ ...q, translations: keep(q.translations, QUOTE_TRANSLATED_FIELDS, (f) => QUOTE_ORIGINALS[f](q) !== undefined) }));
  return compact({ ...e, ...(quotes ? { quotes } : {}), translations: keep(e.translations, EVENT_TRANSLATED_FIELDS, (f) => EVENT_ORIGINALS[f as keyof typeof EVENT_ORIGINALS](e) !== undefined) });
}

const datasetArb: fc.Arbitrary<Dataset> = fc
  .uniqueArray(fc.record({ id: slug, name: text, country: optional(text), color: optional(fc.constantFrom('#D55E00', '#0072b2')), translations: optional(fc.dictionary(lang, fc.record({ name: text }), { minKeys: 1, maxKeys: 2 })) }), { selector: (a) => a.id, minLength: 1, maxLength: 5 })
  .chain((actors) => {
    const actorId = fc.constantFrom(...actors.map((a) => a.id));
    const event = fc.record({
      id: slug,
      date,
      approximate: optional(fc.boolean()),
      dateNote: optional(text),
      kind: fc.constantFrom(...EVENT_KINDS),
      from: actorId,
      to: fc.array(actorId, { maxLength: 3 }),
      author: optional(text),
      title: text,
      summary: text,
      // Two quotes and three sources at most: numbered sets past the first, and rows with fewer sets than the widest.
      quotes: optional(
        fc.array(
          fc
            .record({
              text,
              lang,
              speaker: optional(text),
              translation: optional(fc.record({ text, lang, by: optional(text) }).map(compact)),
              // `quote 1 speaker [ru]`, `quote 2 translated by [en-GB]`
              translations: optional(fc.dictionary(lang, fc.record({ speaker: optional(text), translationBy: optional(text) }).map(compact).filter(hasText), { minKeys: 1, maxKeys: 2 })),
            })
            .map(compact),
          { minLength: 1, maxLength: 2 },
        ),
      ),
      sources: fc.array(fc.record({ title: text, publisher: text, url: optional(fc.constantFrom('https://example.org/a?b=1,2', 'https://tass.com/science/1421121')), date: optional(fc.constantFrom('2022-03-12', '2022-04-02')) }).map(compact), { minLength: 1, maxLength: 3 }),
      media: optional(fc.array(fc.record({ kind: fc.constantFrom(...MEDIA_KINDS), url: mediaUrl, caption: optional(text), credit: optional(text), alt: optional(text) }).map(compact), { minLength: 1, maxLength: 2 })),
      verification: optional(fc.record({ status: fc.constantFrom(...VERIFICATION_STATUSES), note: optional(text) }).map(compact)),
      tags: optional(fc.array(tag, { minLength: 1, maxLength: 3 })),
      translations: optional(
        fc.dictionary(
          lang,
          fc.record({ title: optional(text), summary: optional(text), author: optional(text), dateNote: optional(text), verificationNote: optional(text), by: optional(text) }).map(compact).filter(hasText),
          { minKeys: 1, maxKeys: 2 },
        ),
      ),
    });
    return fc.record({
      version: fc.constant(1 as const),
      title: text,
      description: optional(text),
      credit: optional(text),
      lang: optional(lang),
      translations: optional(
        fc.dictionary(lang, fc.record({ title: optional(text), description: optional(text), credit: optional(text), by: optional(text) }).map(compact).filter(hasText), { minKeys: 1, maxKeys: 2 }),
      ),
      actors: fc.constant(actors.map(compact)),
      events: fc.uniqueArray(event.map((e) => withOriginals(compact(e) as DatasetEvent)), { selector: (e) => e.id, minLength: 1, maxLength: 5 }),
    });
  })
  .map((d) => withoutOwnLanguage(compact(d) as Dataset));

/** A dataset whose language no translation of it repeats: a sheet's translation into its own language is said (same-language). */
function withoutOwnLanguage(d: Dataset): Dataset {
  const tags = [d.translations, ...d.actors.map((a) => a.translations), ...d.events.flatMap((e) => [e.translations, ...(e.quotes ?? []).map((q) => q.translations)])].flatMap((t) => Object.keys(t ?? {}));
  if (d.lang === undefined || !tags.some((t) => t.toLowerCase() === d.lang!.toLowerCase())) return d;
  const rest = { ...d };
  delete rest.lang;
  return rest;
}

describe('dataset → our CSV → dataset', () => {
  it('gives back every generated dataset exactly, with no problem', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(validateDataset(d).problems).toEqual([]);
        const back = importInput(datasetCsv(d));
        expect(back.problems).toEqual([]);
        expect(back.dataset).toEqual(d);
      }),
      RUNS,
    );
  }, CPU_BOUND_TIMEOUT_MS);

  it('gives back 200 datasets of the benchmark generator exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }), (seed, events, actors) => {
        const d = generateDataset({ seed, events, actors });
        const back = importInput(datasetCsv(d));
        expect(back.problems).toEqual([]);
        expect(back.dataset).toEqual(d);
      }),
      RUNS,
    );
  }, CPU_BOUND_TIMEOUT_MS);

  it('keeps an event whose text is only a formula as that text', () => {
    const d = generateDataset({ seed: 1, events: 1 });
    const e: DatasetEvent = { ...d.events[0]!, title: '=HYPERLINK("https://evil.example","click")', summary: "@SUM(1+1)*cmd|' /C calc'!A0" };
    const csv = datasetCsv({ ...d, events: [e] });
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(importInput(csv).dataset?.events[0]).toEqual(e);
  });
});
