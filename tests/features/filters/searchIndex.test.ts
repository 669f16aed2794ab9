import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { foldText } from '../../../src/features/filters/foldText.ts';
import type { TimelineEvent } from '../../../src/shared/model/timelineModel.ts';

interface Texts {
  title: string;
  summary: string;
  author?: string;
  ru?: { title: string; summary: string; author?: string };
  quote?: { text: string; speaker?: string; translation?: string; speakerRu?: string };
}

/** An event with only the texts a search reads. */
function event(t: Texts): TimelineEvent {
  return {
    title: t.title,
    summary: t.summary,
    ...(t.author === undefined ? {} : { author: t.author }),
    translations: t.ru ? { ru: t.ru } : {},
    quotes: t.quote
      ? [
          {
            text: t.quote.text,
            ...(t.quote.speaker === undefined ? {} : { speaker: t.quote.speaker }),
            ...(t.quote.translation === undefined ? {} : { translation: { text: t.quote.translation } }),
            ...(t.quote.speakerRu === undefined ? {} : { translations: { ru: { speaker: t.quote.speakerRu } } }),
          },
        ]
      : [],
  } as unknown as TimelineEvent;
}

/**
 * What a search means: every folded word of the query, without the punctuation at its ends, is in
 * the folded text of one of the event's texts.
 */
function reference(t: Texts, q: string): boolean {
  const texts = [t.title, t.summary, t.author ?? '', t.ru?.title ?? '', t.ru?.summary ?? '', t.ru?.author ?? '', t.quote?.text ?? '', t.quote?.speaker ?? '', t.quote?.translation ?? '', t.quote?.speakerRu ?? ''];
  const words = foldText(q)
    .split(/\s+/)
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter(Boolean);
  return words.every((w) => texts.some((x) => foldText(x).includes(w)));
}

const found = (events: Texts[], q: string) => {
  const match = buildSearchIndex(events.map(event)).matcher(q);
  return events.map((_, i) => match?.(i));
};

describe('buildSearchIndex', () => {
  it('has no matcher for a search without words', () => {
    expect(buildSearchIndex([event({ title: 'A', summary: '' })]).matcher('  \t ')).toBeNull();
  });

  it('finds the words of an all-ASCII event whatever their case', () => {
    expect(found([{ title: 'NASA replies to ROGOZIN', summary: 'The letter was sent on Friday.' }], 'rogozin LETTER')).toEqual([true]);
  });

  it('finds an accented search in an ASCII event, and an ASCII search in an accented one', () => {
    expect(found([{ title: 'Cafe meeting', summary: '' }, { title: 'Café meeting', summary: '' }], 'CAFÉ')).toEqual([true, true]);
    expect(found([{ title: 'Cafe meeting', summary: '' }, { title: 'Café meeting', summary: '' }], 'cafe')).toEqual([true, true]);
  });

  it('never finds a Cyrillic word in an event written only in ASCII', () => {
    expect(found([{ title: 'Rogozin', summary: 'Rogozin says' }], 'рогозин')).toEqual([false]);
  });

  it('reads the characters of a search literally, not as a pattern', () => {
    const events = [{ title: 'life.ru reports', summary: '' }, { title: 'lifexru', summary: '' }, { title: 'C++ (and more)', summary: '' }];
    expect(found(events, 'life.ru')).toEqual([true, false, false]);
    expect(found(events, 'c++ (and')).toEqual([false, false, true]);
  });

  it("finds an apostrophe typed as a phone types it (’) where the text has a straight one, and the other way round", () => {
    const index = buildSearchIndex([event({ title: "Rogozin's letters", summary: '' }), event({ title: 'Рогозин: NASA\u2019s reply', summary: '' })]);
    const found = (q: string) => [0, 1].filter(index.matcher(q)!);
    expect(found('Rogozin\u2019s')).toEqual([0]);
    expect(found("nasa's")).toEqual([1]);
  });

  it('finds the words of a search typed with punctuation around them: a comma, quotes, brackets, a full stop', () => {
    const events = [
      { title: 'Nelson tells senators Russia is not pulling out of the ISS', summary: '' },
      { title: 'Рогозин: «санкции» и МКС', summary: '' },
    ];
    expect(found(events, 'Nelson, senators')).toEqual([true, false]);
    expect(found(events, '"Nelson" (senators).')).toEqual([true, false]);
    expect(found(events, '«Санкции»,')).toEqual([false, true]);
    // Punctuation inside a word is the word's own.
    expect(found(events, 'nelson,senators')).toEqual([false, false]);
    expect(buildSearchIndex(events.map(event)).matcher(' , «» ')).toBeNull();
  });

  it('reads a backslash in a search as a backslash', () => {
    const events = [{ title: 'Saved in C:\\letters\\b', summary: '' }, { title: 'letters b', summary: '' }];
    expect(found(events, 'c:\\letters\\b')).toEqual([true, false]);
    expect(found(events, 'letters\\b')).toEqual([true, false]);
  });

  it('finds each word in any of the texts, but no word across two of them', () => {
    const events = [{ title: 'Statement by Ros', summary: 'cosmos on the station', author: 'Rogozin' }];
    expect(found(events, 'statement station rogozin')).toEqual([true]);
    expect(found(events, 'roscosmos')).toEqual([false]);
  });

  it('searches translations and quotes, in ASCII and in other scripts', () => {
    const events = [
      { title: 'Letter', summary: 'Sent', quote: { text: 'We will not leave', speaker: 'Nelson', translation: 'Мы не уйдём' } },
      { title: 'Letter', summary: 'Sent', ru: { title: 'Письмо', summary: 'Отправлено' } },
    ];
    expect(found(events, 'nelson')).toEqual([true, false]);
    expect(found(events, 'уйдем')).toEqual([true, false]);
    expect(found(events, 'письмо')).toEqual([false, true]);
  });

  it("finds an event by its quote's speaker in translation, as well as as written", () => {
    const events = [
      { title: 'Letter', summary: 'Sent', quote: { text: 'Нет.', speaker: 'Dmitry Rogozin (posted in Russian)', speakerRu: 'Дмитрий Рогозин (опубликовано по-русски)' } },
      { title: 'Letter', summary: 'Sent', quote: { text: 'Нет.', speaker: 'Dmitry Rogozin' } },
    ];
    expect(found(events, 'опубликовано')).toEqual([true, false]);
    expect(found(events, 'Рогозин letter')).toEqual([true, false]);
    expect(found(events, 'rogozin')).toEqual([true, true]);
  });

  it("finds an event by its author's name in translation, as well as as written", () => {
    const events = [
      { title: 'Letter', summary: 'Sent', author: 'Dan Huot', ru: { title: 'Письмо', summary: 'Отправлено', author: 'Дэн Хуот' } },
      { title: 'Letter', summary: 'Sent', author: 'Dan Huot' },
    ];
    expect(found(events, 'хуот')).toEqual([true, false]);
    expect(found(events, 'Дэн письмо')).toEqual([true, false]);
    expect(found(events, 'huot')).toEqual([true, true]);
  });

  it('finds what folding each text and each word finds, search after search on the same index', () => {
    // Events written only in ASCII (both cases, spaces, pattern characters) and events with other
    // letters too (accented Latin, a combining accent, Cyrillic with ё and й); words from either.
    const ascii = fc.constantFrom(...'aAbBeEsS .+*('.split(''));
    const other = fc.constantFrom(...'aAbBeEsS .+*(é\u0301Ééёйи\u0306РрСс'.split(''));
    const textOf = (unit: fc.Arbitrary<string>) => fc.string({ unit, maxLength: 12 });
    const textsOf = (unit: fc.Arbitrary<string>): fc.Arbitrary<Texts> => {
      const text = textOf(unit);
      return fc.record(
        {
          title: text,
          summary: text,
          author: text,
          ru: fc.record({ title: text, summary: text, author: text }, { requiredKeys: ['title', 'summary'] }),
          quote: fc.record({ text, speaker: text, translation: text }, { requiredKeys: ['text'] }),
        },
        { requiredKeys: ['title', 'summary'] },
      );
    };
    const texts = fc.oneof(textsOf(ascii), textsOf(other));
    const text = fc.oneof(textOf(ascii), textOf(other));
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 3 }), (events, queries) => {
        const index = buildSearchIndex(events.map(event));
        // Each search twice: the second answers from what the first found.
        for (const q of [...queries, ...queries]) {
          const match = index.matcher(q);
          if (match === null) expect(foldText(q).replace(/[\s\p{P}]/gu, '')).toBe('');
          else expect(events.map((_, i) => match(i))).toEqual(events.map((t) => reference(t, q)));
        }
      }),
    );
  });
});

describe('SearchIndex.warm', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => event({ title: i % 3 === 0 ? `Station report ${i}` : `Létter ${i}`, summary: i % 5 === 0 ? 'on the STATION' : '' }));

  it('does a first search in slices that go on where the last stopped, and then answers from what they found', () => {
    const events = many(2000);
    const index = buildSearchIndex(events);
    const expected = events.map((_, i) => buildSearchIndex(events).matcher('station')!(i));
    let checks = 0;
    // A slice looks at the clock after every 256 events: time is left at the first look, not the
    // second, so each slice holds 512 events.
    const slice = () => {
      checks = 0;
      return index.warm('station', () => (++checks > 1 ? 0 : 10));
    };
    const done: boolean[] = [];
    while (!done.includes(true)) done.push(slice());
    expect(done).toEqual([false, false, false, true]);
    expect(index.isWarm('station')).toBe(true);
    const match = index.matcher('station')!;
    expect(events.map((_, i) => match(i))).toEqual(expected);
  });

  it('gets on with the events before its first look at the clock, however little time is left', () => {
    const index = buildSearchIndex(many(600));
    expect([index.warm('letter', () => 0), index.warm('letter', () => 0), index.warm('letter', () => 0)]).toEqual([false, false, true]);
  });

  it('counts a search without words as warm, and a new search as not', () => {
    const index = buildSearchIndex(many(10));
    expect(index.isWarm('   ')).toBe(true);
    expect(index.warm('', () => 0)).toBe(true);
    expect(index.isWarm('station')).toBe(false);
  });

  it('keeps the search shown while the reader types two more before the first is warm', () => {
    // The order of a render: is the new search warm, then the shown one's results; then a slice.
    const index = buildSearchIndex(many(600));
    while (!index.warm('station', () => 10));
    for (const typed of ['s', 'st']) {
      index.isWarm(typed);
      index.matcher('station');
      index.warm(typed, () => 0);
    }
    expect(index.isWarm('station')).toBe(true);
  });

  it('keeps the search shown, the one used last, while the reader types three more', () => {
    const index = buildSearchIndex(many(600));
    while (!index.warm('station', () => 10));
    for (const typed of ['s', 'st', 'sta']) {
      index.isWarm(typed);
      index.matcher('station');
      index.warm(typed, () => 0);
    }
    expect(index.isWarm('station')).toBe(true);
  });

  it('keeps the search shown while another is warmed, so neither starts again', () => {
    const index = buildSearchIndex(many(600));
    while (!index.warm('station', () => 10));
    index.warm('letter', () => 0);
    index.matcher('station');
    expect(index.isWarm('station')).toBe(true);
    while (!index.warm('letter', () => 10));
    expect(index.isWarm('letter')).toBe(true);
    expect(index.isWarm('station')).toBe(true);
  });
});
