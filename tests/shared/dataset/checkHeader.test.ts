import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/features/dataset/datasetError.ts';
import { fastEventCheck } from '../../../src/shared/dataset/fastEventCheck.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import { problemToString, UNTITLED_DATASET } from '../../../src/shared/dataset/problem.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { validDataset } from './validDataset.ts';

/*
 * A dataset's own texts (title, description, credit, lang, translations): a 400-character title
 * became "Untitled dataset", a long description or credit, or a malformed lang, was dropped, and
 * one long translated title dropped every translation; the problem said only what was wrong.
 * Now each is cut to its limit or left out on its own, and its problem says which, in every language.
 */

const checked = (fields: Record<string, unknown>) => validateDataset({ ...validDataset(), ...fields });
const texts = (r: ReturnType<typeof checked>) => ({
  en: r.problems.map(problemToString),
  // As the English interface shows them, and the Russian one.
  shownEn: r.problems.map((p) => `${p.path}: ${problemText(p, en)}`),
  ru: r.problems.map((p) => `${p.path}: ${problemText(p, ru)}`),
});

describe("a dataset's title, description, credit and lang", () => {
  it('cuts a title, description or credit over its limit to it (in characters: an emoji counts once) and says it was cut', () => {
    const r = checked({ title: '😀'.repeat(LIMITS.shortText + 1), description: 'd'.repeat(LIMITS.longText + 5), credit: 'c'.repeat(LIMITS.shortText + 1) });
    expect(r.fatal).toBe(false);
    const d = r.dataset!;
    expect(Array.from(d.title)).toHaveLength(LIMITS.shortText);
    expect(d.title.startsWith('😀😀')).toBe(true);
    expect(d.title.endsWith('…')).toBe(true);
    expect(Array.from(d.description!)).toHaveLength(LIMITS.longText);
    expect(Array.from(d.credit!)).toHaveLength(LIMITS.shortText);
    const t = texts(r);
    expect(t.en).toEqual([
      'title: is longer than 300 characters: the title was cut',
      'description: is longer than 20,000 characters: it was cut',
      'credit: is longer than 300 characters: it was cut',
    ]);
    expect(t.shownEn).toEqual(t.en);
    expect(t.ru).toEqual([
      'title: заголовок длиннее 300 символов: он сокращён',
      `description: текст длиннее ${new Intl.NumberFormat('ru').format(LIMITS.longText)} символов: он сокращён`,
      'credit: текст длиннее 300 символов: он сокращён',
    ]);
    // Cut to the limit, not below it: a text at the limit is kept whole, without a problem.
    expect(checked({ title: '😀'.repeat(LIMITS.shortText) }).problems).toEqual([]);
  });

  it('leaves out a lang, description or credit that is wrong otherwise, saying so, and keeps the rest', () => {
    const r = checked({ lang: 'en_GB!', description: 42, credit: '' });
    expect(r.dataset!.lang).toBeUndefined();
    expect(r.dataset!.description).toBeUndefined();
    expect(r.dataset!.credit).toBeUndefined();
    expect(r.dataset!.events).toHaveLength(2);
    const t = texts(r);
    expect(t.en).toEqual([
      'description: expected text, got a number 42: it was left out',
      'credit: must not be empty: it was left out',
      'lang: "en_GB!" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
    ]);
    expect(t.ru).toEqual([
      'description: ожидается текст, а здесь число 42: поле пропущено',
      'credit: пустое значение: поле пропущено',
      'lang: «en_GB!» — не языковой тег BCP 47 (например, «ru» или «en-GB»): поле пропущено',
    ]);
  });

  it('calls a dataset whose title is missing, empty or not text "Untitled dataset", and says so', () => {
    const { title, ...untitled } = validDataset();
    expect(title).not.toBe(UNTITLED_DATASET);
    for (const [value, problem, ruProblem] of [
      [undefined, 'is required', 'обязательное поле отсутствует'],
      ['', 'must not be empty', 'пустое значение'],
      [['A', 'B'], 'expected text, got a list', 'ожидается текст, а здесь список'],
    ] as const) {
      const r = validateDataset(value === undefined ? untitled : { ...untitled, title: value });
      expect(r.dataset!.title).toBe(UNTITLED_DATASET);
      const t = texts(r);
      expect(t.en).toEqual([`title: ${problem}: the dataset is called "Untitled dataset"`]);
      expect(t.ru).toEqual([`title: ${ruProblem}: набор данных назван «Набор данных без названия»`]);
    }
  });

  it('calls a dataset whose title has no visible character "Untitled dataset", and says so; a translated title of the kind is left out', () => {
    // Before, "\u200b" was accepted as the title: a blank heading, no problem listed.
    const r = checked({ title: '\u200b', translations: { ru: { title: '\u202e\u00ad', description: 'Описание' } } });
    expect(r.dataset!.title).toBe(UNTITLED_DATASET);
    expect(r.dataset!.translations).toEqual({ ru: { description: 'Описание' } });
    const t = texts(r);
    expect(t.en).toEqual([
      'title: has no visible character ("\\u200b"): the dataset is called "Untitled dataset"',
      'translations.ru.title: has no visible character ("\\u202e\\u00ad"): it was left out',
    ]);
    expect(t.ru[0]).toBe('title: нет ни одного видимого символа («\\u200b»): набор данных назван «Набор данных без названия»');
  });
});

describe("an actor's own texts", () => {
  it('cuts a name (or full name, country, leader) over its limit to it and says so; the actor and its events are kept', () => {
    const name = '😀'.repeat(LIMITS.shortText + 1);
    const actors = [{ id: 'roscosmos', name, leader: 'L'.repeat(LIMITS.shortText + 1), translations: { ru: { name: 'Роскосмос' } } }, { id: 'nasa', name: 'NASA' }];
    const r = checked({ actors });
    expect(r.droppedEvents).toBe(0);
    expect(r.dataset!.events.map((e) => e.from)).toEqual(['roscosmos', 'nasa']);
    expect(r.dataset!.events[1]!.to).toEqual(['roscosmos']);
    const actor = r.dataset!.actors[0]!;
    expect(actor.id).toBe('roscosmos');
    expect(Array.from(actor.name)).toHaveLength(LIMITS.shortText);
    expect(actor.name.startsWith('😀😀')).toBe(true);
    expect(actor.name.endsWith('…')).toBe(true);
    expect(Array.from(actor.leader!)).toHaveLength(LIMITS.shortText);
    expect(actor.translations).toEqual({ ru: { name: 'Роскосмос' } });
    const t = texts(r);
    expect(t.en).toEqual(['actors[0].name: is longer than 300 characters: it was cut', 'actors[0].leader: is longer than 300 characters: it was cut']);
    expect(t.shownEn).toEqual(t.en);
    expect(t.ru).toEqual(['actors[0].name: текст длиннее 300 символов: он сокращён', 'actors[0].leader: текст длиннее 300 символов: он сокращён']);
    // An id is never cut (events name the actor by it), and a name that is wrong otherwise still leaves the actor out.
    const long = checked({ actors: [{ id: 'r'.repeat(LIMITS.shortText + 1), name: 'Roscosmos' }, { id: 'nasa', name: 'NASA' }] });
    expect(texts(long).en[0]).toBe(`actors[0].id: "${'r'.repeat(LIMITS.quoteChars - 1)}…" is 301 characters long; the limit is 300: the actor was left out`);
    expect(texts(long).ru[0]).toBe(`actors[0].id: в значении «${'r'.repeat(LIMITS.quoteChars - 1)}…» 301 символ, а допустимо не больше 300: участник пропущен`);
    expect(texts(checked({ actors: [{ id: 'roscosmos', name: '' }, { id: 'nasa', name: 'NASA' }] })).en[0]).toBe('actors[0].name: must not be empty: the actor was left out');
  });
});

describe("a dataset's translations", () => {
  it('keeps every language and text it can, cutting a long one and leaving out a wrong one, each said at its place', () => {
    const r = checked({
      translations: {
        ru: { title: 'Т'.repeat(400), description: 'Описание', credit: 5, by: 'редакция' },
        'en_GB!': { title: 'x' },
        de: 'Titel',
        fr: { title: 'Deux lettres' },
      },
    });
    const tr = r.dataset!.translations!;
    expect(Object.keys(tr)).toEqual(['ru', 'fr']);
    expect(Array.from(tr.ru!.title!)).toHaveLength(LIMITS.shortText);
    expect(tr.ru).toMatchObject({ description: 'Описание', by: 'редакция' });
    expect(tr.ru!.credit).toBeUndefined();
    expect(tr.fr).toEqual({ title: 'Deux lettres' });
    const t = texts(r);
    expect(t.en).toEqual([
      'translations.ru.title: is longer than 300 characters: the title was cut',
      'translations.ru.credit: expected text, got a number 5: it was left out',
      'translations["en_GB!"]: "en_GB!" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
      'translations.de: expected an object, got text "Titel": it was left out',
    ]);
    expect(t.ru.slice(0, 2)).toEqual(['translations.ru.title: заголовок длиннее 300 символов: он сокращён', 'translations.ru.credit: ожидается текст, а здесь число 5: поле пропущено']);
  });

  it("checks an actor's translations as the dataset's: a long name cut, a wrong language left out, the others kept", () => {
    const actors = [{ id: 'roscosmos', name: 'Roscosmos', translations: { ru: { name: 'Р'.repeat(400) }, de: { name: 'Roskosmos' }, 'x y': { name: 'z' } } }, { id: 'nasa', name: 'NASA' }];
    const r = checked({ actors });
    const tr = r.dataset!.actors[0]!.translations!;
    expect(Object.keys(tr)).toEqual(['ru', 'de']);
    expect(Array.from(tr.ru!.name!)).toHaveLength(LIMITS.shortText);
    expect(tr.de).toEqual({ name: 'Roskosmos' });
    expect(texts(r).en).toEqual([
      'actors[0].translations.ru.name: is longer than 300 characters: it was cut',
      'actors[0].translations["x y"]: "x y" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
    ]);
  });

  it('leaves out translations that are not a map of languages, saying so', () => {
    const r = checked({ translations: ['ru'] });
    expect(r.dataset!.translations).toBeUndefined();
    expect(texts(r).en).toEqual(['translations: expected an object, got a list: it was left out']);
  });
});

describe("an event's translations", () => {
  /** The dataset with events[1] given `translations`. */
  const withTranslations = (translations: unknown) => {
    const d = validDataset();
    d.events[1] = { ...d.events[1]!, translations } as (typeof d.events)[number];
    return d;
  };

  it('keeps the event and every language and text it can: a long text cut, a wrong one left out, each said at its place', () => {
    const d = withTranslations({
      ru: { title: 'Т'.repeat(400), summary: 42, author: '😀'.repeat(LIMITS.shortText + 1), dateNote: '', by: 'редакция' },
      'ru RU': { title: 'Ответ' },
      de: 'Antwort',
      fr: { title: 'Réponse', summary: 'S'.repeat(LIMITS.longText + 1) },
    });
    // The fast path does not take it: the full check reports every fault.
    expect(fastEventCheck(d.events[1])).toBeNull();
    const r = validateDataset(d);
    expect(r.droppedEvents).toBe(0);
    const e = r.dataset!.events[1]!;
    expect({ ...e, translations: undefined }).toEqual({ ...validDataset().events[1], translations: undefined });
    const tr = e.translations!;
    expect(Object.keys(tr)).toEqual(['ru', 'fr']);
    expect(Array.from(tr.ru!.title!)).toHaveLength(LIMITS.shortText);
    expect(tr.ru!.title!.endsWith('…')).toBe(true);
    expect(Array.from(tr.ru!.author!)).toHaveLength(LIMITS.shortText);
    expect(tr.ru!.author!.startsWith('😀😀')).toBe(true);
    expect(tr.ru!.summary).toBeUndefined();
    expect(tr.ru!.dateNote).toBeUndefined();
    expect(tr.ru!.by).toBe('редакция');
    expect(tr.fr!.title).toBe('Réponse');
    expect(Array.from(tr.fr!.summary!)).toHaveLength(LIMITS.longText);
    const t = texts(r);
    expect(t.en).toEqual([
      'events[1].translations.ru.title: is longer than 300 characters: the title was cut',
      'events[1].translations.ru.summary: expected text, got a number 42: it was left out',
      'events[1].translations.ru.author: is longer than 300 characters: it was cut',
      'events[1].translations.ru.dateNote: must not be empty: it was left out',
      'events[1].translations["ru RU"]: "ru RU" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
      'events[1].translations.de: expected an object, got text "Antwort": it was left out',
      'events[1].translations.fr.summary: is longer than 20,000 characters: it was cut',
      // The event has no author: its translation is kept, and said never to be shown.
      'events[1].translations.ru.author: translates an author the event does not have: it is not shown; fill in the author too',
    ]);
    expect(t.shownEn).toEqual(t.en);
    expect(t.ru).toEqual([
      'events[1].translations.ru.title: заголовок длиннее 300 символов: он сокращён',
      'events[1].translations.ru.summary: ожидается текст, а здесь число 42: поле пропущено',
      'events[1].translations.ru.author: текст длиннее 300 символов: он сокращён',
      'events[1].translations.ru.dateNote: пустое значение: поле пропущено',
      'events[1].translations["ru RU"]: «ru RU» — не языковой тег BCP 47 (например, «ru» или «en-GB»): поле пропущено',
      'events[1].translations.de: ожидается объект, а здесь текст «Antwort»: поле пропущено',
      `events[1].translations.fr.summary: текст длиннее ${new Intl.NumberFormat('ru').format(LIMITS.longText)} символов: он сокращён`,
      'events[1].translations.ru.author: переводит автора, которого у события нет: перевод не показывается; заполните и автора',
    ]);
    // The event replies to events[0]: its link is kept too.
    expect(e.inReplyTo).toEqual(['demand']);
  });

  it('leaves out translations that are not a map of languages, and keeps the event; an event with another fault is still left out', () => {
    const r = validateDataset(withTranslations('ru'));
    expect(r.droppedEvents).toBe(0);
    expect(r.dataset!.events[1]!.translations).toBeUndefined();
    expect(texts(r).en).toEqual(['events[1].translations: expected an object, got text "ru": it was left out']);
    // Any other fault leaves the event out as before, every fault said.
    const d = withTranslations({ ru: { title: 'Т'.repeat(400) } });
    d.events[1] = { ...d.events[1]!, kind: 'memo' };
    const bad = validateDataset(d);
    expect(bad.droppedEvents).toBe(1);
    expect(texts(bad).en.slice(0, 2)).toEqual([
      'events[1].kind: "memo" is not one of "letter", "social-post", "statement", "press-report", "sanction", "milestone": the event was left out',
      `events[1].translations.ru.title: "${'Т'.repeat(LIMITS.quoteChars - 1)}…" is 400 characters long; the limit is 300: the event was left out`,
    ]);
  });
});
