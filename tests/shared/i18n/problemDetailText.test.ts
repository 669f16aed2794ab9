import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/features/dataset/datasetError.ts';
import { placeText } from '../../../src/shared/i18n/placeText.ts';
import { cellLocation } from '../../../src/shared/import/location.ts';
import type { Problem } from '../../../src/shared/dataset/problem.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { problemDetailText } from '../../../src/shared/i18n/problemDetailText.ts';
import { enProblemTexts } from '../../../src/shared/i18n/problemTexts.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { validDataset } from '../dataset/validDataset.ts';

/**
 * Each problem as the English interface shows it (as written) and as the Russian one does, by code;
 * one with its values was written from the English problem texts, which say the same.
 */
const both = (problems: readonly Problem[], code: string) =>
  problems
    .filter((p) => p.code === code)
    .map((p) => {
      if (p.detail) expect(`${problemDetailText(p.detail, en, enProblemTexts)}${p.leftOut ? `: ${enProblemTexts.problemDetails.leftOut[p.leftOut]}` : ''}`).toBe(p.message);
      return [problemText(p, en), problemText(p, ru)];
    });

describe('the commonest problems name their value in Russian as in English', () => {
  it("an actor's name that mixes Latin and Cyrillic letters, in our sheet and in a TimelineJS group", () => {
    const ours = importInput('date,kind,from,title,summary\n2022-03-02,letter,Роскосмоc,t,s\n');
    const english = '"Роскосмоc" mixes Latin and Cyrillic letters in one word (in Latin: "c"): it was read as a name of its own, not as the same name typed in one alphabet';
    const russian = 'в «Роскосмоc» в одном слове смешаны латинские и кириллические буквы (латиницей: «c»): это прочитано как отдельное имя, а не как то же имя, набранное одним алфавитом';
    expect(both(ours.problems, 'mixed-script')).toEqual([[english, russian]]);
    const timelineJs = importInput('Year,Month,Day,Headline,Text,Group\n2022,3,1,A,T,Роскосмоc\n');
    expect(both(timelineJs.problems, 'mixed-script')).toEqual([[english, russian]]);
  });

  it('a spreadsheet read in a Windows code page, which it names', () => {
    // "Роскосмос" in Windows-1251, as Excel saves "CSV" in a Russian Windows.
    const sheet = Uint8Array.from([...new TextEncoder().encode('date;kind;from;title;summary\n2022-03-02;letter;'), 0xd0, 0xee, 0xf1, 0xea, 0xee, 0xf1, 0xec, 0xee, 0xf1, ...new TextEncoder().encode(';t;s\n')]);
    expect(both(importInput(sheet).problems, 'legacy-encoding')).toEqual([
      [
        'is not UTF-8 text, so it was read as Windows-1251 (Cyrillic), as Excel saves "CSV" in a Russian Windows: check that its letters look right, or save it as "CSV UTF-8" to be sure',
        'текст не в кодировке UTF-8, поэтому прочитан как Windows-1251 (кириллица) — так Excel сохраняет «CSV» в русской Windows: проверьте, что буквы прочитаны верно, или для надёжности сохраните файл как «CSV UTF-8»',
      ],
    ]);
    // "Роскосмос" in code page 866, as Excel saves "CSV (MS-DOS)" in a Russian Windows.
    const dos = Uint8Array.from([...new TextEncoder().encode('date;kind;from;title;summary\n2022-03-02;letter;'), 0x90, 0xae, 0xe1, 0xaa, 0xae, 0xe1, 0xac, 0xae, 0xe1, ...new TextEncoder().encode(';t;s\n')]);
    expect(importInput(dos).dataset?.events[0]?.from).toBe('roskosmos');
    expect(both(importInput(dos).problems, 'legacy-encoding')).toEqual([
      [
        'is not UTF-8 text, so it was read as CP866 (Cyrillic, DOS), as Excel saves "CSV (MS-DOS)" in a Russian Windows: check that its letters look right, or save it as "CSV UTF-8" to be sure',
        'текст не в кодировке UTF-8, поэтому прочитан как CP866 (кириллица DOS) — так Excel сохраняет «CSV (MS-DOS)» в русской Windows: проверьте, что буквы прочитаны верно, или для надёжности сохраните файл как «CSV UTF-8»',
      ],
    ]);
  });

  it('a date the format does not read, in an event and in a source', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], date: '2022-3-4' };
    d.events[1] = { ...d.events[1], sources: [{ title: 'T', publisher: 'P', date: '12.03.2022' }] };
    expect(both(validateDataset(d).problems, 'invalid-date')).toEqual([
      ['"2022-3-4" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out', '«2022-3-4» — недопустимая дата (пишите 2022, 2022-03, 2022-03-12 или 2022-03-12T10:00:00+03:00): событие пропущено'],
      ['"12.03.2022" is not a valid date (use YYYY-MM-DD): the source was left out', '«12.03.2022» — недопустимая дата (пишите ГГГГ-ММ-ДД): источник пропущен'],
    ]);
  });

  it('a day past its month’s end says that the day does not exist and where the month ends, not how to write a date', () => {
    // Before, a journalist's «31.04.2022» got «недопустимая дата (пишите 2022, 2022-03, 2022-03-12 …)»: its form is
    // read (dots are day first), so rewriting it as 2022-04-31 as told gave the same message again.
    const sheet = (date: string) => `date;kind;from;title;summary\n${date};letter;Роскосмос;t;s\n`;
    expect(both(importInput(sheet('31.04.2022')).problems, 'invalid-date')).toEqual([
      ['"31.04.2022" is a day that does not exist (the month ends on 30 April 2022): the event was left out', '«31.04.2022» — такого дня нет (месяц заканчивается 30 апреля 2022\u00a0г.): событие пропущено'],
    ]);
    expect(both(importInput(sheet('29/02/2023')).problems, 'invalid-date').map(([, r]) => r)).toEqual(['«29/02/2023» — такого дня нет (месяц заканчивается 28 февраля 2023\u00a0г.): событие пропущено']);
    expect(both(importInput(sheet('04/31/2022')).problems, 'invalid-date').map(([e]) => e)).toEqual(['"04/31/2022" is a day that does not exist (the month ends on 30 April 2022): the event was left out']);
    const d = validDataset();
    d.events[0] = { ...d.events[0], date: '2022-02-30' };
    d.events[1] = { ...d.events[1], sources: [{ title: 'T', publisher: 'P', date: '2022-06-31' }] };
    expect(both(validateDataset(d).problems, 'invalid-date')).toEqual([
      ['"2022-02-30" is a day that does not exist (the month ends on 28 February 2022): the event was left out', '«2022-02-30» — такого дня нет (месяц заканчивается 28 февраля 2022\u00a0г.): событие пропущено'],
      ['"2022-06-31" is a day that does not exist (the month ends on 30 June 2022): the source was left out', '«2022-06-31» — такого дня нет (месяц заканчивается 30 июня 2022\u00a0г.): источник пропущен'],
    ]);
    // A month that does not exist is no such day's: the form is said, as before.
    expect(both(importInput(sheet('31.13.2022')).problems, 'invalid-date').map(([e]) => e)).toEqual([
      '"31.13.2022" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out',
    ]);
  });

  it('an id, a language tag and a colour not written in their form: an event id, a translation key, an actor colour', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], id: 'Letter 1' };
    d.events[1] = { ...d.events[1], translations: { 'en us': { title: 'T' } } };
    d.actors[0] = { ...d.actors[0]!, color: 'red' };
    expect(both(validateDataset(d).problems, 'bad-format')).toEqual([
      ['"red" must be a colour like "#0072B2": it was left out', '«red» — не цвет вида «#0072B2»: поле пропущено'],
      ['"Letter 1" must use only a-z, 0-9 and "-": the event was left out', '«Letter 1»: допустимы только a-z, 0-9 и «-»: событие пропущено'],
      ['"en us" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out', '«en us» — не языковой тег BCP 47 (например, «ru» или «en-GB»): поле пропущено'],
    ]);
  });

  it('a text of nothing but spaces: an event title, a quote, an actor name, a translation', () => {
    // Before, each was accepted: a title of spaces gave a mark and a list row with no name, and a blank quote beside its translation.
    const d = validDataset();
    d.events[0] = { ...d.events[0], title: '   ' };
    d.events[1] = { ...d.events[1], quotes: [{ text: ' \n ', lang: 'ru', translation: { text: 'Words', lang: 'en' } }] };
    expect(both(validateDataset(d).problems, 'bad-format')).toEqual([
      ['"   " has nothing but spaces: the event was left out', '«   » — одни пробелы: событие пропущено'],
      ['" \\n " has nothing but spaces: the quote was left out', '« \\n » — одни пробелы: цитата пропущена'],
    ]);
    const named = validDataset();
    named.actors.push({ id: 'esa', name: '\u00a0' });
    named.events[1] = { ...named.events[1], translations: { ru: { title: '\u3000' } } };
    const r = validateDataset(named);
    expect(both(r.problems, 'bad-format')).toEqual([
      ['"\u00a0" has nothing but spaces: the actor was left out', '«\u00a0» — одни пробелы: участник пропущен'],
      ['"\u3000" has nothing but spaces: it was left out', '«\u3000» — одни пробелы: поле пропущено'],
    ]);
    // The event is kept, without the translation.
    expect(r.dataset?.events.map((e) => [e.id, e.translations])).toEqual(named.events.map((e) => [e.id, undefined]));
  });

  it('a title or an actor name with no visible character (zero-width space, bidi override, soft hyphen, NUL)', () => {
    // Before, each was accepted: the event kept with a blank mark, list row and heading, no problem listed.
    const d = validDataset();
    d.events[0] = { ...d.events[0], title: '\u200b' };
    d.events[1] = { ...d.events[1], title: '\u202e\u00ad\u0000' };
    d.actors.push({ id: 'esa', name: '\u2060' });
    const r = validateDataset(d);
    expect(r.problems.filter((p) => p.code === 'bad-format').map((p) => `${p.path}: ${p.message}`)).toEqual([
      'actors[2].name: has no visible character ("\\u2060"): the actor was left out',
      'events[0].title: has no visible character ("\\u200b"): the event was left out',
      'events[1].title: has no visible character ("\\u202e\\u00ad\\u0000"): the event was left out',
    ]);
    expect(both(r.problems, 'bad-format')[1]).toEqual(['has no visible character ("\\u200b"): the event was left out', 'нет ни одного видимого символа («\\u200b»): событие пропущено']);
    expect(r.droppedEvents).toBe(2);
    // A translated title of the kind costs only the translation; tags of such characters stay valid (their own rule).
    const t = validDataset();
    t.events[0] = { ...t.events[0], tags: ['\u200b'], translations: { ru: { title: '\u200b' } } };
    const tr = validateDataset(t);
    expect(tr.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['events[0].translations.ru.title: has no visible character ("\\u200b"): it was left out']);
    expect(tr.dataset?.events[0]?.tags).toEqual(['\u200b']);
  });

  it('a value of the wrong type, with the value when it is text, a number or true/false, and without it otherwise', () => {
    const d: Record<string, unknown> = validDataset();
    const events = d['events'] as Record<string, unknown>[];
    events[0] = { ...events[0], title: 42 };
    events[1] = { ...events[1], summary: null };
    events[2] = { ...events[2], to: 'nasa', sources: { title: 'T' } };
    expect(both(validateDataset(d).problems, 'wrong-type')).toEqual([
      ['expected text, got a number 42: the event was left out', 'ожидается текст, а здесь число 42: событие пропущено'],
      ['expected text, got null: the event was left out', 'ожидается текст, а здесь null: событие пропущено'],
      ['expected a list, got text "nasa": the event was left out', 'ожидается список, а здесь текст «nasa»: событие пропущено'],
      ['expected a list, got an object: the event was left out', 'ожидается список, а здесь объект: событие пропущено'],
    ]);
  });

  it('more events or actors than the format allows, and a list longer than its limit, name the limit', () => {
    const events = Array.from({ length: LIMITS.events + 1 }, () => ({}));
    expect(both(validateDataset({ ...validDataset(), events }).problems, 'too-many')).toEqual([
      ['has 200,001 events; the limit is 200,000', 'событий 200\u00a0001, а допустимо не больше 200\u00a0000'],
    ]);
    const actors = Array.from({ length: LIMITS.actors + 1 }, (_, i) => ({ id: `a${i}`, name: 'A' }));
    expect(both(validateDataset({ ...validDataset(), actors }).problems, 'too-many')).toEqual([['has more than 500 actors', 'участников больше допустимых 500']]);
    const d = validDataset();
    d.events[0] = { ...d.events[0], tags: Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `t${i}`) };
    expect(both(validateDataset(d).problems, 'too-many')).toEqual([['has more than 200 items: the event was left out', 'элементов больше допустимых 200: событие пропущено']]);
  });

  it('a time zone that is unknown, on a date without a time, or not matching the date', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], timeZone: 'Mars/Olympus' };
    d.events[1] = { ...d.events[1], timeZone: 'Europe/Moscow' };
    d.events.push({ ...d.events[1]!, id: 'third', date: '2022-02-24T13:43:00-05:00', timeZone: 'Europe/Moscow' });
    expect(both(validateDataset(d).problems, 'time-zone')).toEqual([
      ['"Mars/Olympus" is not a known time zone (ignored)', '«Mars/Olympus» — неизвестный часовой пояс (не учтён)'],
      ['only applies to a date with a time (ignored)', 'часовой пояс указывают только у даты со временем (не учтён)'],
      ['"Europe/Moscow" does not match the offset of "2022-02-24T13:43:00-05:00" (ignored)', '«Europe/Moscow» не совпадает со смещением в дате «2022-02-24T13:43:00-05:00» (не учтён)'],
    ]);
  });

  it('a reply to an event left out or to no event, and a reply cycle, short and long', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], inReplyTo: ['gone'] };
    d.events[1] = { ...d.events[1], inReplyTo: ['bad'] };
    d.events.push({ ...d.events[1]!, id: 'bad', date: 'soon' });
    const r = validateDataset(d);
    expect(both(r.problems, 'missing-reply')).toEqual([
      ['no valid event has id "gone" (link ignored)', 'нет допустимого события с идентификатором «gone» (ссылка пропущена)'],
      ['the event it names was left out: "bad" (link ignored)', 'событие «bad», на которое дан ответ, пропущено (ссылка пропущена)'],
    ]);

    const short = validDataset();
    short.events[0] = { ...short.events[0], inReplyTo: ['reply'] };
    expect(both(validateDataset(short).problems, 'reply-cycle')).toEqual([
      ['reply cycle "demand" → "reply" → "demand" (link ignored)', 'ответы образуют круг: «demand» → «reply» → «demand» (ссылка пропущена)'],
    ]);

    const ring = Array.from({ length: 12 }, (_, i) => ({ ...validDataset().events[0]!, id: `e${i}`, inReplyTo: [`e${(i + 1) % 12}`] }));
    expect(both(validateDataset({ ...validDataset(), events: ring }).problems, 'reply-cycle')).toEqual([
      ['reply cycle "e0" → "e1" → "e2" → … → "e11" → "e0" (12 events) (link ignored)', 'ответы образуют круг: «e0» → «e1» → «e2» → … → «e11» → «e0» (12 событий) (ссылка пропущена)'],
    ]);
  });

  it('an id no actor has, as sender (the event is left out) and as recipient (ignored)', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], from: 'nsaa' };
    d.events[1] = { ...d.events[1], to: ['roscosmos', 'esa'] };
    expect(both(validateDataset(d).problems, 'unknown-actor')).toEqual([
      ['unknown actor "nsaa": the event was left out', 'неизвестный участник «nsaa»: событие пропущено'],
      ['unknown actor "esa" (ignored)', 'неизвестный участник «esa» (не учтён)'],
    ]);
  });

  it("a word not in its list, with the words allowed: a kind in a dataset by its ids, a kind in a spreadsheet by the legend's names in the reader's language", () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], kind: 'email' };
    d.events[1] = { ...d.events[1], verification: { status: 'maybe' } };
    const kinds = '"letter", "social-post", "statement", "press-report", "sanction", "milestone"';
    const ruKinds = '«letter», «social-post», «statement», «press-report», «sanction», «milestone»';
    expect(both(validateDataset(d).problems, 'not-allowed')).toEqual([
      [`"email" is not one of ${kinds}: the event was left out`, `«email» — недопустимое значение (допустимы: ${ruKinds}): событие пропущено`],
      ['"maybe" is not one of "confirmed", "unconfirmed", "disputed": the event was left out', '«maybe» — недопустимое значение (допустимы: «confirmed», «unconfirmed», «disputed»): событие пропущено'],
    ]);
    // A sheet reads the legend's names in any language, so its problem offers them in the reader's.
    const r = importInput('#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,2022-03-12,Письмецо,nasa,,T,S\n');
    expect(both(r.problems, 'not-allowed')).toEqual([
      [
        '"Письмецо" is not one of "Letter", "Social post", "Statement", "Press report", "Sanction", "Milestone": the event was left out',
        '«Письмецо» — недопустимое значение (допустимы: «Письмо», «Пост в соцсети», «Заявление», «Сообщение СМИ», «Санкции», «Веха»): событие пропущено',
      ],
    ]);
  });

  it('a time of day a spreadsheet gives without a time zone, with the day kept and the time as the format writes it', () => {
    const r = importInput('#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,2022-03-13 13:43,letter,nasa,,T,S\nb,12.03.2022 9:05:10,letter,nasa,,T,S\n');
    expect(both(r.problems, 'time-dropped')).toEqual([
      [
        'the time 13:43 was left out (kept 2022-03-13): a time needs its time zone, as in 2022-03-13T13:43:00+03:00',
        'время 13:43 не сохранено (оставлена только дата 2022-03-13): время записывают с часовым поясом, например 2022-03-13T13:43:00+03:00',
      ],
      [
        'the time 9:05:10 was left out (kept 2022-03-12): a time needs its time zone, as in 2022-03-12T09:05:10+03:00',
        'время 9:05:10 не сохранено (оставлена только дата 2022-03-12): время записывают с часовым поясом, например 2022-03-12T09:05:10+03:00',
      ],
    ]);
  });

  it('an actor named in a spreadsheet but not declared', () => {
    const r = importInput('#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,2022-03-12,letter,NASA,ESA,T,S\n');
    expect(both(r.problems, 'actor-added')).toEqual([
      ['"ESA" is not declared in an #actor row: added as actor "esa"', 'участник «ESA» не объявлен в строке #actor: он добавлен с идентификатором «esa»'],
    ]);
  });

  it('what a TimelineJS file has that the app cannot show: an era, a background, embedded media, a year before 1 or after 9999', () => {
    const r = importInput(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        eras: [{ start_date: { year: 2022 }, end_date: { year: 2023 }, text: { headline: 'War' } }, { start_date: { year: 2022 }, end_date: { year: 2023 } }],
        events: [
          { start_date: { year: 2022 }, text: { headline: 'A', text: 'https://e.org/a' }, background: { color: '#000' }, media: { url: '<iframe src="http://e.org/v"></iframe>' } },
          { start_date: { year: -500 }, text: { headline: 'B' } },
          { start_date: { year: 2022 }, end_date: { year: 12000 }, text: { headline: 'C', text: 'https://e.org/c' }, media: { url: '<blockquote>We are ready. <a href="https://e.org/t">1 March</a></blockquote>' } },
        ],
      }),
    );
    expect(both(r.problems, 'not-carried-over')).toEqual([
      ['the era "War" was not carried over (the app has no eras)', 'эпоха «War» не перенесена (в приложении нет эпох)'],
      ['the era was not carried over (the app has no eras)', 'эпоха не перенесена (в приложении нет эпох)'],
      [
        'embedded HTML (such as an <iframe> or a <blockquote>) in media was not carried over: the app shows images and links only',
        'встроенный HTML (например, <iframe> или <blockquote>) в медиа не перенесён: приложение показывает только изображения и ссылки',
      ],
      ['the slide background was not carried over (the app has no slide backgrounds)', 'фон слайда не перенесён (в приложении нет фонов у слайдов)'],
      ["year -500 is before year 1 (BCE): this app's dates start at year 1: the event was left out", 'год -500 — раньше 1 года (до н. э.), а даты в приложении начинаются с 1 года: событие пропущено'],
      ['year 12000 is after 9999, beyond the dates this app shows: the end date was left out', 'год 12000 — позже 9999, таких дат приложение не показывает: дата окончания пропущена'],
      [
        'embedded HTML in media (such as a <blockquote>) is kept as a link to "https://e.org/t", its text in the caption: the app does not embed it',
        'встроенный HTML в медиа (например, <blockquote>) сохранён ссылкой на «https://e.org/t», его текст — в подписи: приложение его не встраивает',
      ],
    ]);
  });

  it('a TimelineJS year that is not a number, at its year field, naming the value and what to write: in JSON and in a sheet, start and end', () => {
    const tl = importInput(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        events: [
          { start_date: { year: 'abc' }, text: { headline: 'A', text: 'https://e.org/a' } },
          { start_date: { year: 2022 }, end_date: { year: 'abc' }, text: { headline: 'B', text: 'https://e.org/b' } },
        ],
      }),
    );
    const sheet = importInput('Year,Month,Day,End Year,Headline,Text\n1961½,4,12,,A,https://e.org/a\n2022,3,12,abc,B,https://e.org/b\n');
    const placed = (r: typeof tl) =>
      r.problems.filter((p) => p.code === 'invalid-date').map((p) => [placeText(p.path, en), placeText(p.path, ru), ...both([p], 'invalid-date')[0]!]);
    const start = ['the year "abc" is not a whole number (write the year in digits, such as 2022): the event was left out', 'год «abc» — не целое число (пишите год цифрами, например 2022): событие пропущено'];
    const end = [
      'the year "abc" is not a whole number (write the year in digits, such as 2022): the end date was left out',
      'год «abc» — не целое число (пишите год цифрами, например 2022): дата окончания пропущена',
    ];
    expect(placed(tl)).toEqual([
      ['events[0].start_date.year', 'events[0].start_date.year', ...start],
      ['events[1].end_date.year', 'events[1].end_date.year', ...end],
    ]);
    expect(placed(sheet)).toEqual([
      ['row 2, column "Year"', 'строка 2, столбец «Year»', start[0]!.replace('"abc"', '"1961½"'), start[1]!.replace('«abc»', '«1961½»')],
      ['row 3, column "End Year"', 'строка 3, столбец «End Year»', ...end],
    ]);
    expect(tl.dataset!.events.map((e) => [e.title, e.dateEnd])).toEqual([['B', undefined]]);
  });

  it('a TimelineJS year given as an object or a list is said to be one, in words, not quoted as escaped JSON', () => {
    const r = importInput(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        events: [
          { start_date: { year: { a: 1 } }, text: { headline: 'A', text: 'https://e.org/a' } },
          { start_date: { year: 2022 }, end_date: { year: [1, 2] }, text: { headline: 'B', text: 'https://e.org/b' } },
        ],
      }),
    );
    expect(r.problems.filter((p) => p.code === 'invalid-date').map((p) => p.path)).toEqual(['events[0].start_date.year', 'events[1].end_date.year']);
    expect(both(r.problems, 'invalid-date')).toEqual([
      ['is an object, not a year (write the year in digits, such as 2022): the event was left out', 'это объект, а не год (пишите год цифрами, например 2022): событие пропущено'],
      ['is a list, not a year (write the year in digits, such as 2022): the end date was left out', 'это список, а не год (пишите год цифрами, например 2022): дата окончания пропущена'],
    ]);
    expect(r.dataset!.events.map((e) => [e.title, e.dateEnd])).toEqual([['B', undefined]]);
  });

  it('a file whose every event the conversion left out says how many events none of which is valid, not that it has none', () => {
    const tl = importInput(JSON.stringify({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 'abc' } }, { text: { headline: 'No date' } }] }));
    const sheet = importInput('Year,Month,Day,Headline,Text\nabc,3,12,A,B\n-44,3,15,B,C\n12000,1,1,C,D\n');
    for (const r of [tl, sheet]) {
      expect(r.fatal).toBe(true);
      expect(r.droppedEvents).toBe(r.eventCount);
    }
    expect(both(tl.problems, 'no-valid-events')).toEqual([['none of the 2 events is valid', 'ни одно из 2 событий не прошло проверку']]);
    expect(both(sheet.problems, 'no-valid-events')).toEqual([['none of the 3 events is valid', 'ни одно из 3 событий не прошло проверку']]);
  });

  it("a TimelineJS slide's link or media that is not https, or kept as a link, names its address in Russian as in English", () => {
    const r = importInput(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        events: [
          { start_date: { year: 2022 }, text: { headline: 'A', text: '<a href="http://e.org/s">ТАСС</a> https://e.org/a' }, media: { url: 'http://e.org/p.png' } },
          { start_date: { year: 2022 }, text: { headline: 'B', text: 'https://e.org/b' }, media: { url: 'https://www.youtube.com/watch?v=x' } },
        ],
      }),
    );
    expect(both(r.problems, 'non-https-url')).toEqual([
      ['the link "ТАСС" ("http://e.org/s") is not https: its text is kept, not as a source', 'ссылка «ТАСС» («http://e.org/s») не https: её текст сохранён, но источником она не стала'],
      ['media "http://e.org/p.png" is not an https address: not carried over', 'медиа «http://e.org/p.png» — адрес не https: не перенесено'],
    ]);
    expect(both(r.problems, 'not-carried-over')).toEqual([
      [
        'media "https://www.youtube.com/watch?v=x" (a video, map, document or page) is kept as a link: the app does not embed it',
        'медиа «https://www.youtube.com/watch?v=x» (видео, карта, документ или страница) сохранено ссылкой: приложение его не встраивает',
      ],
    ]);
  });

  it("our spreadsheet's source or media URL that cannot be a link names its address and what is wrong with it, in Russian as in English", () => {
    const sheet = importInput(
      '#title,T\n#actor,nasa,NASA\ndate,kind,from,title,summary,source 1 title,source 1 publisher,source 1 url,media 1 url\n' +
        '2022-03-12,letter,nasa,T,S,ST,SP,http://e.org/s,http://e.org/a.png\n' +
        '2022-03-13,letter,nasa,T,S,ST,SP,https://1.2.3.4.5/,e.org/b.png\n',
    );
    expect(sheet.problems.filter((p) => p.code === 'non-https-url').map((p) => [placeText(p.path, en), placeText(p.path, ru)])).toEqual([
      ['row 4, column "source 1 url"', 'строка 4, столбец «source 1 url»'],
      ['row 4, column "media 1 url"', 'строка 4, столбец «media 1 url»'],
      ['row 5, column "source 1 url"', 'строка 5, столбец «source 1 url»'],
      ['row 5, column "media 1 url"', 'строка 5, столбец «media 1 url»'],
    ]);
    expect(both(sheet.problems, 'non-https-url')).toEqual([
      [
        '"http://e.org/s" is not an https URL (shown as text, not a link, and left out of a downloaded dataset)',
        '«http://e.org/s» — адрес не https: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      ['"http://e.org/a.png" is not an https URL (left out)', '«http://e.org/a.png» — адрес не https: медиафайл пропущен'],
      [
        '"https://1.2.3.4.5/" is not a valid URL (shown as text, not a link, and left out of a downloaded dataset)',
        '«https://1.2.3.4.5/» — недопустимый адрес: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      // An address written without its https:// says what to add (it said "is not a valid URL" before).
      ['"e.org/b.png" has no https:// in front: add it (left out)', '«e.org/b.png» — в начале адреса нет https://, допишите его: медиафайл пропущен'],
    ]);
    // A dataset's cells are not trimmed: an address with spaces around it is said to have them.
    const d = validDataset();
    d.events[0] = { ...d.events[0], sources: [{ title: 'T', publisher: 'P', url: ' https://e.org/s' }] };
    expect(both(validateDataset(d).problems, 'non-https-url')).toEqual([
      [
        '" https://e.org/s" has spaces around it (shown as text, not a link, and left out of a downloaded dataset)',
        '« https://e.org/s» — адрес с пробелами по краям: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
    ]);
  });

  it('a source address typed without https:// (tass.ru/news/1, www.nasa.gov) says to add it; text that is no address is still "not a valid URL"', () => {
    // Before, "tass.ru/news/1" was "is not a valid URL", which does not say what is missing.
    const sheet = importInput(
      '#title,T\n#actor,nasa,NASA\ndate,kind,from,title,summary,source 1 title,source 1 publisher,source 1 url\n' +
        ['tass.ru/news/1', 'www.nasa.gov', 'ria.ru:443/a?b=1', 'n/a', 'archive', 'tass.ru/a b'].map((u) => `2022-03-12,letter,nasa,T,S,ST,SP,${u}`).join('\n') +
        '\n',
    );
    expect(both(sheet.problems, 'non-https-url')).toEqual([
      [
        '"tass.ru/news/1" has no https:// in front: add it (shown as text, not a link, and left out of a downloaded dataset)',
        '«tass.ru/news/1» — в начале адреса нет https://, допишите его: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      [
        '"www.nasa.gov" has no https:// in front: add it (shown as text, not a link, and left out of a downloaded dataset)',
        '«www.nasa.gov» — в начале адреса нет https://, допишите его: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      [
        '"ria.ru:443/a?b=1" has no https:// in front: add it (shown as text, not a link, and left out of a downloaded dataset)',
        '«ria.ru:443/a?b=1» — в начале адреса нет https://, допишите его: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      [
        '"n/a" is not a valid URL (shown as text, not a link, and left out of a downloaded dataset)',
        '«n/a» — недопустимый адрес: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      [
        '"archive" is not a valid URL (shown as text, not a link, and left out of a downloaded dataset)',
        '«archive» — недопустимый адрес: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
      [
        '"tass.ru/a b" is not a valid URL (shown as text, not a link, and left out of a downloaded dataset)',
        '«tass.ru/a b» — недопустимый адрес: источник показан текстом, без ссылки, и в скачанный набор данных адрес не попадёт',
      ],
    ]);
  });

  it('a TimelineJS unique_id an earlier slide took, with the id the slide got', () => {
    const r = importInput(JSON.stringify({ events: [1, 2].map((n) => ({ unique_id: 'Same', start_date: { year: 2022 }, text: { headline: `H${n}`, text: 'https://e.org/a' } })) }));
    expect(both(r.problems, 'renamed-id')).toEqual([
      ['"Same" is used by an earlier slide: this one is "same-2"', 'идентификатор «Same» уже занят предыдущим слайдом: этот слайд получил идентификатор «same-2»'],
    ]);
  });
});

describe('dates that read either way', () => {
  const sheet = (dates: string[]) =>
    `#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\n${dates.map((d, i) => `e${i},${d},letter,nasa,,T,S`).join('\n')}\n`;

  it('say which way they were read, by default or as chosen, in Russian as in English', () => {
    expect(both(importInput(sheet(['03/04/2022'])).problems, 'ambiguous-dates')).toEqual([
      [
        'dates such as "03/04/2022" were read day first (2022-04-03); if the file writes them the other way round, read them again the other way',
        'даты вроде «03/04/2022» прочитаны как день/месяц/год (2022-04-03); если в файле они записаны наоборот, прочитайте их в другом порядке',
      ],
    ]);
    expect(both(importInput(sheet(['03/04/2022']), { dateOrder: 'mdy' }).problems, 'ambiguous-dates')).toEqual([
      ['dates such as "03/04/2022" were read month first (2022-03-04), as chosen', 'даты вроде «03/04/2022» прочитаны как месяц/день/год (2022-03-04), как выбрано'],
    ]);
    expect(both(importInput(sheet(['25/03/2022', '03/25/2022'])).problems, 'ambiguous-dates')).toEqual([
      [
        'has dates written day first (31/12/2022) and others month first (12/31/2022); all were read day first: write dates as 2022-12-31',
        'одни даты записаны как день/месяц (31/12/2022), другие как месяц/день (12/31/2022); все прочитаны как день/месяц/год: запишите даты в виде 2022-12-31',
      ],
    ]);
  });
});

describe('the last generic Russian messages', () => {
  it('a dataset without its version', () => {
    const d: Record<string, unknown> = { ...validDataset() };
    delete d.version;
    expect(both(validateDataset(d).problems, 'required')).toEqual([['is required (use 1)', 'обязательное поле (укажите 1)']]);
  });

  it('a format version the app does not read, quoted as the file has it, with the version the app reads', () => {
    const said = (version: unknown) => both(validateDataset({ ...validDataset(), version }).problems, 'wrong-version');
    expect(said(2)).toEqual([['is 2; this app reads format version 1', 'здесь 2, а приложение читает только версию формата 1']]);
    expect(said('1')).toEqual([['is text "1"; this app reads format version 1', 'здесь текст «1», а приложение читает только версию формата 1']]);
    expect(said('\u202E2')).toEqual([['is text "\\u202e2"; this app reads format version 1', 'здесь текст «\\u202e2», а приложение читает только версию формата 1']]);
    expect(said({ major: 1 })).toEqual([['is an object; this app reads format version 1', 'здесь объект, а приложение читает только версию формата 1']]);
    expect(said(null)).toEqual([['is null; this app reads format version 1', 'здесь null, а приложение читает только версию формата 1']]);
  });

  it('a TimelineJS slide without a start date, and one whose time TimelineJS cannot place', () => {
    const file = JSON.stringify({
      title: { text: { headline: 'T' } },
      events: [
        { text: { headline: 'No date' } },
        { start_date: { year: 2022, month: 3, day: 12, hour: 13, minute: 43 }, text: { headline: 'Timed', text: 'x' } },
      ],
    });
    const r = importInput(file);
    expect(both(r.problems, 'required')).toEqual([['has no start date (a year at least): the event was left out', 'нет даты начала (хотя бы года): событие пропущено']]);
    expect(both(r.problems, 'time-dropped')).toEqual([
      ['the time 13:43 was left out: TimelineJS gives no time zone, so only the day is kept', 'время 13:43 не сохранено: в TimelineJS нет часового пояса, поэтому оставлен только день'],
    ]);
  });

  it('a sheet whose headers the app does not know (German ones; Russian ones are read) is told, in Russian too, which headers it needs', () => {
    const r = importInput('Datum;Art;Von;An;Überschrift;Beschreibung\n02.03.2022;Brief;Roskosmos;NASA;T;O\n');
    const [[english, russian]] = both(r.problems, 'unknown-layout') as [[string, string]];
    for (const needed of ['date, kind, from, title, summary', 'Year, Month, Day, Headline, Text']) {
      expect(english).toContain(needed);
      expect(russian).toContain(needed);
    }
  });

  it("a text longer than the format allows, with the limit, in Russian as in English: an event's title and summary cut, an id left out", () => {
    const r = importInput(`#title,T\n#actor,nasa,NASA\ndate,kind,from,title,summary\n2022-03-12,letter,nasa,${'T'.repeat(301)},${'S'.repeat(20_001)}\n`);
    expect(both(r.problems, 'too-long')).toEqual([
      ['is longer than 300 characters: the title was cut', 'заголовок длиннее 300 символов: он сокращён'],
      ['is longer than 20,000 characters: it was cut', 'текст длиннее 20\u00a0000 символов: он сокращён'],
    ]);
    const id = importInput(`#title,T\n#actor,nasa,NASA\nid,date,kind,from,title,summary\n${'i'.repeat(301)},2022-03-12,letter,nasa,T,S\n`);
    const start = 'i'.repeat(LIMITS.quoteChars - 1);
    expect(both(id.problems, 'too-long')).toEqual([
      [`"${start}…" is 301 characters long; the limit is 300: the event was left out`, `в значении «${start}…» 301 символ, а допустимо не больше 300: событие пропущено`],
    ]);
  });

  it('a value that is never cut (an id, an address, a sender), over its limit, says its length and the one limit that applies, quoting only its start', () => {
    const d = validDataset();
    const url = `https://example.org/${'u'.repeat(2080)}`;
    d.events[0] = { ...d.events[0], id: 'e'.repeat(LIMITS.shortText + 1) };
    d.events[1] = { ...d.events[1], sources: [{ title: 'T', publisher: 'P', url }] };
    d.events.push({ ...d.events[1]!, id: 'third', from: 'f'.repeat(LIMITS.shortText + 2), sources: [] });
    const r = validateDataset(d);
    // An address over its limit costs only its source.
    expect(r.droppedEvents).toBe(2);
    expect(r.problems.filter((p) => p.code === 'too-long').map((p) => p.path)).toEqual(['events[0].id', 'events[1].sources[0].url', 'events[2].from']);
    const shown = (s: string) => `${s.slice(0, LIMITS.quoteChars - 1)}…`;
    expect(both(r.problems, 'too-long')).toEqual([
      [`"${shown('e'.repeat(301))}" is 301 characters long; the limit is 300: the event was left out`, `в значении «${shown('e'.repeat(301))}» 301 символ, а допустимо не больше 300: событие пропущено`],
      [`"${shown(url)}" is 2,100 characters long; the limit is 2,000: the source was left out`, `в значении «${shown(url)}» 2\u00a0100 символов, а допустимо не больше 2\u00a0000: источник пропущен`],
      [`"${shown('f'.repeat(302))}" is 302 characters long; the limit is 300: the event was left out`, `в значении «${shown('f'.repeat(302))}» 302 символа, а допустимо не больше 300: событие пропущено`],
    ]);
  });

  it('an over-long value counts its characters as the limit does (an emoji once), and a right-to-left start quoted stays isolated', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], timeZone: `שעון/${'😀'.repeat(LIMITS.shortText)}` };
    const [[english, russian]] = both(validateDataset(d).problems, 'too-long') as [[string, string]];
    expect(english).toMatch(/^\u2068"שעון\/😀+…"\u2069 is 305 characters long; the limit is 300: the event was left out$/u);
    expect(russian).toMatch(/^в значении \u2068«שעון\/😀+…»\u2069 305 символов, а допустимо не больше 300: событие пропущено$/u);
  });

  it('says nothing untrue of what was done: a media item that is not https was left out, a video was kept as a link', () => {
    const sheet = importInput('#title,T\n#actor,nasa,NASA\ndate,kind,from,title,summary,source 1 title,source 1 publisher,source 1 url,media 1 url\n2022-03-12,letter,nasa,T,S,ST,SP,http://e.org/s,http://e.org/a.png\n');
    const [source, media] = both(sheet.problems, 'non-https-url');
    expect(source![0]).toMatch(/shown as text/);
    expect(media![0]).toMatch(/left out/);
    // Each Russian text true of its own field (one said «показан как текст» of the left-out image).
    expect(source![1]).toMatch(/источник показан текстом/);
    expect(media![1]).toMatch(/медиафайл пропущен$/);
    const tl = importInput(JSON.stringify({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2022 }, text: { headline: 'A', text: 'https://e.org/a' }, media: { url: 'https://www.youtube.com/watch?v=x' } }] }));
    const [[kept, ruKept]] = both(tl.problems, 'not-carried-over') as [[string, string]];
    expect(kept).toMatch(/is kept as a link/);
    expect(ruKept).not.toMatch(/пропущено/);
    expect(ruKept).toMatch(/сохранено ссылкой/);
  });
});

describe("a file's value quoted in a problem cannot reorder the sentence around it", () => {
  it('in English and Russian: a right-to-left override is shown as its escape, right-to-left text is isolated (FSI … PDI)', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], date: '\u202E2022-3-4' };
    d.events[1] = { ...d.events[1], date: 'שלום' };
    const use = '(use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00)';
    const ruUse = '(пишите 2022, 2022-03, 2022-03-12 или 2022-03-12T10:00:00+03:00)';
    expect(both(validateDataset(d).problems, 'invalid-date')).toEqual([
      [`"\\u202e2022-3-4" is not a valid date ${use}: the event was left out`, `«\\u202e2022-3-4» — недопустимая дата ${ruUse}: событие пропущено`],
      [`\u2068"שלום"\u2069 is not a valid date ${use}: the event was left out`, `\u2068«שלום»\u2069 — недопустимая дата ${ruUse}: событие пропущено`],
    ]);
  });

  it("a spreadsheet column's name in the place of a problem", () => {
    expect(placeText(cellLocation(3, 'תאריך'), ru)).toBe('строка 3, столбец «\u2068תאריך\u2069»');
    expect(placeText(cellLocation(3, 'a\u202Eb'), ru)).toBe('строка 3, столбец «a\\u202eb»');
  });
});

describe('a repeated id, an end before its start and a missing title name their values in Russian as in English', () => {
  it('a repeated id, with where it was first used: a record of a dataset, a row of a sheet', () => {
    const d = validDataset();
    d.events[1] = { ...d.events[1], id: d.events[0]!.id };
    d.actors.push({ ...d.actors[0]! });
    // An actor repeating an id is merged into the first (here adding nothing).
    expect(both(validateDataset(d).problems, 'merged-actor')).toEqual([
      [`repeats actor "${d.actors[0]!.id}" of actors[0]: nothing new, the same actor`, `повторяет участника «${d.actors[0]!.id}» (впервые: actors[0]): ничего нового, это тот же участник`],
    ]);
    // An event repeating an id is kept under a new one.
    expect(both(validateDataset(d).problems, 'renamed-id')).toEqual([
      [`id "${d.events[0]!.id}" is already used by events[0]: this event was kept as "${d.events[0]!.id}-2"`, `идентификатор «${d.events[0]!.id}» уже занят (events[0]): это событие сохранено как «${d.events[0]!.id}-2»`],
    ]);
    const r = importInput('#title,T\n#actor,nasa,NASA\nid,date,kind,from,title,summary\na,2022-03-12,letter,nasa,T,S\na,2022-03-13,letter,nasa,T,S\n');
    // A sheet's repeated row is kept under a new id, said with the row that has the id.
    expect(both(r.problems, 'renamed-id')).toEqual([['id "a" is already used by row 4: this event was kept as "a-2"', 'идентификатор «a» уже занят (строка 4): это событие сохранено как «a-2»']]);
  });

  it('an end date before the start, with both dates', () => {
    const d = validDataset();
    d.events[0] = { ...d.events[0], date: '2022-03-12', dateEnd: '2022-03-01' };
    expect(both(validateDataset(d).problems, 'date-end-before-date')).toEqual([
      ['"2022-03-01" is before date "2022-03-12": the event was left out', 'дата окончания «2022-03-01» раньше даты начала «2022-03-12»: событие пропущено'],
    ]);
  });

  it('a timeline or a slide without a title, with the title it was given', () => {
    const sheet = importInput('#actor,nasa,NASA\ndate,kind,from,title,summary\n2022-03-12,letter,nasa,T,S\n', { fallbackTitle: 'letters' });
    const tl = importInput(JSON.stringify({ events: [{ start_date: { year: 2022 }, text: { text: 'What happened' } }] }), { fallbackTitle: 'space' });
    const tlSheet = importInput('Year,Month,Day,Headline,Text\n2022,3,12,A,B\n', { fallbackTitle: 'race' });
    expect([...both(sheet.problems, 'no-title'), ...both(tl.problems, 'no-title'), ...both(tlSheet.problems, 'no-title')]).toEqual([
      ['has no #title row: the timeline is called "letters"', 'нет строки #title: хронология названа «letters»'],
      ['the timeline has no title: it is called "space"', 'у хронологии нет заголовка: она названа «space»'],
      ['has no headline: the title is "What happened"', 'нет заголовка (headline): событие названо «What happened»'],
      ['the timeline has no title row (Type "title"): it is called "race"', 'у хронологии нет строки заголовка (Type «title»): она названа «race»'],
    ]);
  });
});

describe('a problem that keeps its event says so in Russian as in English', () => {
  it('a TimelineJS headline too long for a title: the event is kept with its title cut, not left out', () => {
    const r = importInput(JSON.stringify({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2022 }, text: { headline: 'H'.repeat(301), text: 'S' } }] }));
    expect(r.droppedEvents).toBe(0);
    expect(both(r.problems, 'too-long')).toEqual([['is longer than 300 characters: the title was cut', 'заголовок длиннее 300 символов: он сокращён']]);
  });

  it('a TimelineJS text too long for its field, and a link too long to be a source: the event is kept, the text cut, the link not made a source', () => {
    const link = `https://example.org/${'l'.repeat(2000)}`;
    const r = importInput(JSON.stringify({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2022 }, text: { headline: 'H', text: `${'s'.repeat(20_001)} <a href="${link}">the record</a>` } }] }));
    expect(r.droppedEvents).toBe(0);
    expect(both(r.problems, 'too-long')).toEqual([
      ['is longer than 20,000 characters: it was cut', 'текст длиннее 20\u00a0000 символов: он сокращён'],
      ['the link "the record" is longer than 2,000 characters: its text is kept, not as a source', 'адрес ссылки «the record» длиннее 2\u00a0000 символов: её текст сохранён, но источником она не стала'],
    ]);
  });
});

describe('a problem that leaves an actor out says so in Russian as in English', () => {
  it('an actor the format refuses, whose events then name an unknown actor', () => {
    const d = validDataset();
    d.actors[0] = { ...d.actors[0]!, id: 'Roscosmos' };
    const problems = validateDataset(d).problems;
    const actor = problems.find((p) => p.path === 'actors[0].id')!;
    expect(problemText(actor, en)).toBe('"Roscosmos" must use only a-z, 0-9 and "-": the actor was left out');
    expect(problemText(actor, ru)).toBe('«Roscosmos»: допустимы только a-z, 0-9 и «-»: участник пропущен');
  });

  it("an actor's wrong colour, left out on its own: the actor is kept", () => {
    const d = validDataset();
    d.actors[0] = { ...d.actors[0]!, color: 'blue' };
    const r = validateDataset(d);
    expect(r.dataset!.actors[0]).toEqual({ id: 'roscosmos', name: 'Roscosmos' });
    expect(r.droppedEvents).toBe(0);
    expect(both(r.problems, 'bad-format')).toEqual([['"blue" must be a colour like "#0072B2": it was left out', '«blue» — не цвет вида «#0072B2»: поле пропущено']]);
  });
});

describe("what a TimelineJS file has and the app does not is said in Russian as in English", () => {
  it("a media item's thumbnail and title, the title slide's media and background, a cosmological scale", () => {
    const tl = importInput(
      JSON.stringify({
        scale: 'cosmological',
        title: { text: { headline: 'T' }, media: { url: 'https://e.org/t.png' }, background: { color: '#000' } },
        events: [{ start_date: { year: 2022 }, text: { headline: 'A', text: 'https://e.org/a' }, media: { url: 'https://e.org/a.png', thumbnail: 'https://e.org/s.png', title: 'Map' } }],
      }),
    );
    expect(both(tl.problems, 'not-carried-over')).toEqual([
      ["the title slide's media was not carried over", 'медиа титульного слайда не перенесено'],
      ["the title slide's background was not carried over", 'фон титульного слайда не перенесён'],
      ['the cosmological scale was not carried over: only events from year 1 to 9999 can be shown', 'космологическая шкала не перенесена: показать можно только события с 1 по 9999 год'],
      [
        "media thumbnail and title not carried over (the app shows a media item's image or link, caption, credit and alt text)",
        'у медиа не перенесены: миниатюра и заголовок (приложение показывает изображение или ссылку медиа, подпись, автора и замещающий текст)',
      ],
    ]);
  });
});
