import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/features/dataset/datasetError.ts';
import { placeText } from '../../../src/shared/i18n/placeText.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { problemToString } from '../../../src/shared/dataset/problem.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { PALETTE } from '../../../src/shared/palette.ts';
import { MAX_LANGUAGES } from '../../../src/shared/dataset/schema.ts';

const HEADER = 'id,date,kind,from,to,title,summary,source 1 title,source 1 publisher';
const ROW = 'demand,2022-03-12,letter,Roscosmos,NASA,Demand,Roscosmos demands.,TASS report,TASS';
const ACTORS = '#actor,roscosmos,Roscosmos\n#actor,nasa,NASA\n';
const strings = (text: string | Uint8Array, options = {}) => importInput(text, options).problems.map(problemToString);

describe('our spreadsheet layout, as people save it', () => {
  it('reads a minimal sheet with no metadata rows: actors come from the names, each with a colour of its own', () => {
    const r = importInput(`${HEADER}\n${ROW}\n`, { fallbackTitle: 'letters' });
    expect(r.format).toBe('dataset-csv');
    expect(r.dataset?.title).toBe('letters');
    expect(r.dataset?.actors).toEqual([
      { id: 'roscosmos', name: 'Roscosmos', color: PALETTE[0] },
      { id: 'nasa', name: 'NASA', color: PALETTE[1] },
    ]);
    expect(r.dataset?.events[0]).toMatchObject({ id: 'demand', from: 'roscosmos', to: ['nasa'], sources: [{ title: 'TASS report', publisher: 'TASS' }] });
    expect(r.problems.map(problemToString)).toEqual(['(file): has no #title row: the timeline is called "letters"']);
  });

  it('reads a language written "__proto__" in a #title row, an #actors column or an event column as a wrong tag, said, and writes nothing into Object.prototype', () => {
    // It was assigned, not defined: `translations["__proto__"] ??= {}` is Object.prototype, which then got a "title".
    const csv = `#title,T\n#title [__proto__],meta\n#actors,id,name,name [__proto__]\n#actor,nasa,NASA,actor\n${HEADER},title [__proto__]\n${ROW},event\n`;
    const r = importInput(csv);
    const probe: Record<string, unknown> = {};
    expect([probe.title, probe.name]).toEqual([undefined, undefined]);
    expect(r.dataset?.events).toHaveLength(1);
    expect(r.dataset?.translations).toBeUndefined();
    expect(r.dataset?.actors.find((a) => a.id === 'nasa')?.translations).toBeUndefined();
    expect(r.dataset?.events[0]?.translations).toBeUndefined();
    expect(r.problems.filter((p) => p.message.startsWith('"__proto__" is not a BCP 47 language tag')).map((p) => p.path)).toEqual(['row 2', 'row 4, column "name [__proto__]"', 'row 6, column "title [__proto__]"']);
  });

  it('reads the top level in another language from #title [ru], #description [ru], #credit [ru] and #translated by [ru] rows', () => {
    const r = importInput(`#title,T\n#credit,TASS\n#title [ru],Т\n#description [ru],О наборе\n#credit [ru],ТАСС\n#translated by [ru],редакция\n${ACTORS}${HEADER}\n${ROW}\n`);
    expect(r.dataset).toMatchObject({ title: 'T', credit: 'TASS', translations: { ru: { title: 'Т', description: 'О наборе', credit: 'ТАСС', by: 'редакция' } } });
    expect(r.problems).toEqual([]);
  });

  it('says where a sender or recipient mixes Latin and Cyrillic letters in one word, which makes it an actor of its own beside the one it looks like', () => {
    const r = importInput(`${HEADER}\na,2022-03-12,letter,Роскосмос,NASA,A,s,T,P\nb,2022-03-13,letter,Роскосмоc,NАSA,B,s,T,P\nc,2022-03-14,letter,Роскосмоc,NASA,C,s,T,P\n`, { fallbackTitle: 'x' });
    expect(r.dataset?.actors.map((a) => [a.id, a.name])).toEqual([
      ['roskosmos', 'Роскосмос'],
      ['nasa', 'NASA'],
      ['roskosmoc', 'Роскосмоc'],
      ['nasa-2', 'NАSA'],
    ]);
    // Once per name, where it first appears.
    expect(r.problems.filter((p) => p.code === 'mixed-script').map(problemToString)).toEqual([
      'row 3, column "from": "Роскосмоc" mixes Latin and Cyrillic letters in one word (in Latin: "c"): it was read as a name of its own, not as the same name typed in one alphabet',
      'row 3, column "to": "NАSA" mixes Latin and Cyrillic letters in one word (in Cyrillic: "А"): it was read as a name of its own, not as the same name typed in one alphabet',
    ]);
  });

  it('leaves out only a source date it cannot read, said at its cell, and keeps the event and its source', () => {
    const r = importInput(`${HEADER},source 1 date\n${ROW},13.13.2022\n`, { fallbackTitle: 'x' });
    expect(r.dataset?.events).toHaveLength(1);
    expect(r.dataset?.events[0]?.sources).toEqual([{ title: 'TASS report', publisher: 'TASS' }]);
    expect(r.problems.map(problemToString)).toContain('row 2, column "source 1 date": "13.13.2022" is not a valid date (use YYYY-MM-DD): it was left out');
    expect(problemText(r.problems.find((p) => p.code === 'invalid-date')!, ru)).toBe('«13.13.2022» — недопустимая дата (пишите ГГГГ-ММ-ДД): поле пропущено');
    // The event's own date places it: one it cannot read still leaves the event out.
    expect(importInput(`${HEADER}\n${ROW.replace('2022-03-12', '13.13.2022')}\n`).dataset?.events ?? []).toHaveLength(0);
  });

  it('gives new actors colours that the declared actors without a colour are drawn in neither', () => {
    // Before, a sheet declaring Роскосмос and NASA without colours (drawn in the palette's first two, by place)
    // and naming ЕКА and a misspelt «Роскосмосс» gave those two the same first two colours: four lanes in two colours.
    const sheet = '#участник;roscosmos;Роскосмос\n#участник;nasa;NASA\nдата;тип;от;кому;заголовок;описание\n2022-03-01;Письмо;Роскосмос;NASA;t;s\n2022-03-02;Заявление;Роскосмосс;ЕКА;t;s\n';
    const r = importInput(sheet);
    const actors = r.dataset!.actors;
    expect(actors.map((a) => a.name)).toEqual(['Роскосмос', 'NASA', 'Роскосмосс', 'ЕКА']);
    // As the chart draws them (lanes.ts): an actor's own colour, else the palette's for its place.
    const drawn = actors.map((a, i) => a.color ?? PALETTE[i % PALETTE.length]);
    expect(new Set(drawn).size).toBe(4);
    expect(actors.slice(2).map((a) => a.color)).toEqual([PALETTE[2], PALETTE[3]]);
  });

  it('gives new actors colours that the declared actors do not use', () => {
    const r = importInput(`#title,T\n#actor,nasa,NASA,,,,${PALETTE[0]}\n${HEADER}\n${ROW}\n`);
    expect(r.dataset?.actors.find((a) => a.id === 'roscosmos')?.color).toBe(PALETTE[1]);
    expect(r.problems.map(problemToString)).toEqual(['row 4, column "from": "Roscosmos" is not declared in an #actor row: added as actor "roscosmos"']);
  });

  it('matches headers whatever their case and spacing, and finds actors by id or by name in any case', () => {
    const r = importInput(`#title,T\n${ACTORS}ID,Date,KIND,From,To,Title,Summary,Source 1 Title,SOURCE1PUBLISHER,Date End\nx,2022-03-12,Letter,ROSCOSMOS,nasa; Nasa,A,B,C,D,2022-03-14\n`);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events[0]).toMatchObject({ kind: 'letter', from: 'roscosmos', to: ['nasa', 'nasa'], dateEnd: '2022-03-14' });
  });

  it('reads a sheet headed in Russian (дата, тип, от, кому, заголовок, описание, источник 1 ссылка…), any case, spaces around, ё or е', () => {
    // Before, the file was refused: "is not JSON and has no header row this app knows".
    const csv =
      '#title;Т\n#actors; Ид ;Имя;Цвет;имя [en]\n#actor;roscosmos;Роскосмос;#D55E00;Roscosmos\n' +
      ' Идентификатор ;ДАТА;Дата окончания;Приблизительно;Тип;От;Кому;Заголовок;Описание;Автор;В ответ на;Проверка;Теги;' +
      'Цитата 1 текст;Цитата 1 язык;Цитата 1 перевод;Цитата 1 язык перевода;Цитата 1 перевёл;Источник 1 название;Источник 1 издание;Источник 1 ссылка;Источник 1 дата;' +
      'Медиа 1 ссылка;Медиа 1 подпись;Заголовок [en];Переводчик [en]\n' +
      'p1;12.03.2022;14.03.2022;да;Письмо;Роскосмос;НАСА;Письмо;Требования;Рогозин;;Подтверждено;санкции;' +
      'Текст;русский;Text;en;Редакция;Отчёт;ТАСС;https://tass.ru/1;12.03.2022;https://example.org/a.jpg;Фото;Letter;Desk\n' +
      'p2;13.03.2022;;;Заявление;НАСА;Роскосмос;Ответ;Ответ НАСА;;p1;;;;;;;;;;;;;;;;\n';
    const r = importInput(csv);
    expect(r.format).toBe('dataset-csv');
    expect(r.problems.map(problemToString)).toEqual([
      'row 5, column "Кому": "НАСА" is not declared in an #actor row: added as actor "nasa"',
      'row 6, column "Источник 1 название": has no source: the event is shown marked "Unsourced"',
    ]);
    expect(r.dataset?.actors[0]).toEqual({ id: 'roscosmos', name: 'Роскосмос', color: '#D55E00', translations: { en: { name: 'Roscosmos' } } });
    expect(r.dataset?.events[0]).toEqual({
      id: 'p1', date: '2022-03-12', dateEnd: '2022-03-14', approximate: true, kind: 'letter', from: 'roscosmos', to: ['nasa'], title: 'Письмо', summary: 'Требования', author: 'Рогозин',
      verification: { status: 'confirmed' }, tags: ['санкции'],
      quotes: [{ text: 'Текст', lang: 'ru', translation: { text: 'Text', lang: 'en', by: 'Редакция' } }],
      sources: [{ title: 'Отчёт', publisher: 'ТАСС', url: 'https://tass.ru/1', date: '2022-03-12' }],
      media: [{ kind: 'image', url: 'https://example.org/a.jpg', caption: 'Фото' }],
      translations: { en: { title: 'Letter', by: 'Desk' } },
    });
    expect(r.dataset?.events[1]).toMatchObject({ id: 'p2', kind: 'statement', from: 'nasa', to: ['roscosmos'], inReplyTo: ['p1'] });
  });

  it('reads the headers a sheet often writes in full (Дата события, Тип события, Кому адресовано, Событие, Краткое описание; Event date, Sender, Recipients, Description)', () => {
    // Before, both were refused: 'the header has no "date", "kind" … column'.
    const ru = importInput('Дата события;Тип события;Отправитель;Кому адресовано;Событие;Краткое описание;Дата завершения\n07.03.2022;письмо;Роскосмос;НАСА;Письмо;Текст;08.03.2022\n');
    expect(ru.dataset?.events.map((e) => [e.date, e.dateEnd, e.kind, e.title, e.summary, e.to])).toEqual([['2022-03-07', '2022-03-08', 'letter', 'Письмо', 'Текст', ['nasa']]]);
    const en = importInput('Event date,Event type,Sender,Recipients,Title,Description,End date\n2022-03-07,letter,Roscosmos,NASA,Letter,Text,2022-03-08\n');
    expect(en.dataset?.events.map((e) => [e.date, e.dateEnd, e.kind, e.from, e.summary, e.to])).toEqual([['2022-03-07', '2022-03-08', 'letter', 'roscosmos', 'Text', ['nasa']]]);
  });

  it('reads metadata rows named in Russian (#заголовок, #описание, #источник, #язык, #участники, #актёр, #перевод выполнил [en]), any case, ё or е, as their English names', () => {
    // Before, the sheet was refused ("has no header row this app knows"), and beside an English row each was "not a metadata row (ignored)".
    const csv =
      '#Заголовок;Два письма\n#описание;Требование и ответ\n#источник;ТАСС\n#язык;ru\n#заголовок [en];Two letters\n#перевод выполнил [en];Desk\n' +
      '#Участники;ид;имя;цвет;имя [en]\n#актер;roscosmos;Роскосмос;#D55E00;Roscosmos\n#участник;nasa;НАСА;#0072B2;NASA\n' +
      'дата;тип;от;кому;заголовок;описание;источник 1 название;источник 1 издание\n12.03.2022;Письмо;Роскосмос;НАСА;Письмо;Требования;Отчёт;ТАСС\n';
    const r = importInput(csv);
    expect(r.format).toBe('dataset-csv');
    expect(r.problems.map(problemToString)).toEqual([]);
    expect(r.dataset).toMatchObject({ title: 'Два письма', description: 'Требование и ответ', credit: 'ТАСС', lang: 'ru', translations: { en: { title: 'Two letters', by: 'Desk' } } });
    expect(r.dataset?.actors).toEqual([
      { id: 'roscosmos', name: 'Роскосмос', color: '#D55E00', translations: { en: { name: 'Roscosmos' } } },
      { id: 'nasa', name: 'НАСА', color: '#0072B2', translations: { en: { name: 'NASA' } } },
    ]);
    expect(r.dataset?.events[0]).toMatchObject({ from: 'roscosmos', to: ['nasa'] });
    // Among English rows too, and a metadata row's problem is placed at it as an English one's is.
    const mixed = importInput(`#title,T\n#Язык,по-английски\n#Актёр,nasa,NASA\n#участник,roscosmos,Roscosmos\n${HEADER}\n${ROW}\n`);
    expect(mixed.problems.map(problemToString)).toEqual(['row 2: "по-английски" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(mixed.dataset?.actors[0]).toEqual({ id: 'nasa', name: 'NASA' });
  });

  it('hints at a merged cell where a required cell is empty below one with a value, in English and Russian', () => {
    // Before: 'row 4, column "from": is required: the event was left out', with nothing to say why a cell the journalist sees filled is empty.
    const r = importInput('#title,T\nid,date,kind,from,to,title,summary\na,2022-03-12,letter,Roscosmos,NASA,T,S\nb,2022-03-13,letter,,NASA,T2,S2\nc,2022-03-14,letter,,NASA,T3,S3\n');
    const required = r.problems.filter((p) => p.code === 'required');
    expect(required.map(problemToString)).toEqual([
      'row 4, column "from": is required; above it, row 3 has "Roscosmos" — was this a merged cell? Fill the value into every row: the event was left out',
      'row 5, column "from": is required; above it, row 3 has "Roscosmos" — was this a merged cell? Fill the value into every row: the event was left out',
    ]);
    expect(problemText(required[0]!, ru)).toBe('обязательное поле пусто, а выше (строка 3) — «Roscosmos»: может быть, это была объединённая ячейка? Впишите значение в каждую строку: событие пропущено');
    // The first row has nothing above it: the bare message.
    expect(strings('#title,T\nid,date,kind,from,title,summary\na,2022-03-12,letter,,T,S\n')).toContain('row 3, column "from": is required: the event was left out');
  });

  it('strips zero-width characters from ids, actor names, kinds and language tags, not from prose, so "NASA\u200B" is NASA', () => {
    // Before: "nasa\u200B" refused as an id (the actor left out), "letter\u200D" not a kind, "ru\u200C" not a language, "NASA\u200B" an actor of its own.
    const csv =
      '#title,T\n#lang,en\u200B\n#actors,id,name\n#actor,nasa\u200B,NASA\u2060\n' +
      'id\u200B,date,kind,from,to,title,summary,quote 1 text,quote 1 lang\n' +
      'a\u200B,2022-03-12,letter\u200D,NASA\u200B,\uFEFFNasa,T,Zero\u200Bwidth,q\u200B,ru\u200C\n' +
      'b,2022-03-13,letter,nasa,NASA,T2,S2,,\n';
    const r = importInput(csv);
    expect(r.problems.map(problemToString)).toEqual([
      'row 6, column "source 1 title": has no source: the event is shown marked "Unsourced"',
      'row 7, column "source 1 title": has no source: the event is shown marked "Unsourced"',
    ]);
    expect(r.dataset?.lang).toBe('en');
    expect(r.dataset?.actors).toEqual([{ id: 'nasa', name: 'NASA' }]);
    expect(r.dataset?.events.map((e) => [e.id, e.kind, e.from, e.to])).toEqual([
      ['a', 'letter', 'nasa', ['nasa']],
      ['b', 'letter', 'nasa', ['nasa']],
    ]);
    // Prose keeps what it was given.
    expect(r.dataset?.events[0]).toMatchObject({ summary: 'Zero\u200Bwidth', quotes: [{ text: 'q\u200B', lang: 'ru' }] });
  });

  it('reports unknown and repeated columns by row and column, and ignores them', () => {
    expect(strings(`#title,T\n${ACTORS}${HEADER},Notes,Title\n${ROW},my note,Other title\n`)).toEqual([
      'row 4, column "Notes": is not a column of this format (ignored)',
      'row 4, column "Title": repeats column 6 ("title"); this one was ignored',
    ]);
  });

  it('detects semicolons and tabs, reads CRLF, LF and both mixed, a BOM, blank rows, trailing empty columns and quoted line breaks', () => {
    const semi = `\uFEFF#title;T;;\r\n${ACTORS.replace(/,/g, ';')}\r\n${HEADER.replace(/,/g, ';')};;\r\n\r\n${ROW.replace(/,/g, ';').replace('Roscosmos demands.', '"Roscosmos, in a\r\nletter; demands."')};;\r\n`;
    const r = importInput(new TextEncoder().encode(semi));
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events[0]?.summary).toBe('Roscosmos, in a\r\nletter; demands.');
    const tab = importInput(`#title\tT\n${ACTORS.replace(/,/g, '\t')}${HEADER.replace(/,/g, '\t')}\n${ROW.replace(/,/g, '\t')}\n`);
    expect(tab.problems).toEqual([]);
    expect(tab.dataset?.events).toHaveLength(1);
  });

  it('takes the delimiter from Excel\'s "sep=;" first line, which Excel does not show: the header is row 1', () => {
    const r = importInput('sep=;\r\ndate;kind;from;title;summary\r\n2022-03-02;letter;NASA;A, b;S\r\n');
    expect(r.format).toBe('dataset-csv');
    expect(r.dataset?.events.map((e) => [e.title, e.date])).toEqual([['A, b', '2022-03-02']]);
    expect(r.problems.map(problemToString)).toContain('row 2, column "source 1 title": has no source: the event is shown marked "Unsourced"');
    const tl = importInput('\ufeffSEP=,\nYear,Month,Day,Headline,Text\n2022,3,2,A,S\n');
    expect(tl.format).toBe('timelinejs-csv');
    expect(tl.dataset?.events.map((e) => e.title)).toEqual(['A']);
  });

  it('numbers rows as the spreadsheet does, blank rows included, and maps the validator\'s paths to rows and columns', () => {
    const bad = ROW.replace('2022-03-12', '2022-02-30').replace('letter', 'memo');
    expect(strings(`#title,T\n${ACTORS}${HEADER}\n\n${ROW.replace('demand', 'a')}\n\n${bad}\n`)).toEqual([
      'row 8, column "date": "2022-02-30" is a day that does not exist (the month ends on 28 February 2022): the event was left out',
      expect.stringMatching(/^row 8, column "kind": /),
    ]);
  });

  it('quotes a day that does not exist as the sheet writes it (30.02.2022), not as the ISO date it was read as', () => {
    const bad = ROW.replace('2022-03-12', '30.02.2022');
    expect(strings(`#title,T\n${ACTORS}${HEADER}\n${ROW.replace('demand', 'a')}\n${bad}\n`)).toEqual([
      'row 6, column "date": "30.02.2022" is a day that does not exist (the month ends on 28 February 2022): the event was left out',
    ]);
  });

  it('reads day-first dates, month-first when the file shows it, Excel serial days, and says when it had to choose', () => {
    const sheet = (...dates: string[]) => `#title,T\n${ACTORS}${HEADER}\n${dates.map((d, i) => ROW.replace('demand', `e${i}`).replace('2022-03-12', d)).join('\n')}\n`;
    const dayFirst = importInput(sheet('12/03/2022', '31/03/2022', '12.03.2022'));
    expect(dayFirst.dataset?.events.map((e) => e.date)).toEqual(['2022-03-12', '2022-03-31', '2022-03-12']);
    expect(dayFirst.problems).toEqual([]);
    const monthFirst = importInput(sheet('03/12/2022', '03/31/2022'));
    expect(monthFirst.dataset?.events.map((e) => e.date)).toEqual(['2022-03-12', '2022-03-31']);
    const serial = importInput(sheet('44632'));
    expect(serial.dataset?.events[0]?.date).toBe('2022-03-12');
    // A longer number is no serial day (it would be after 2173): said as the sheet writes it.
    expect(strings(sheet('2022-03-12', '202203'))).toEqual(['row 6, column "date": "202203" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out']);
    expect(strings(sheet('03/04/2022'))).toEqual([
      '(file): dates such as "03/04/2022" were read day first (2022-04-03); if the file writes them the other way round, read them again the other way',
    ]);
    expect(importInput(sheet('03/04/2022'), { dateOrder: 'mdy' }).dataset?.events[0]?.date).toBe('2022-03-04');
    // Chosen, the order is still said, so that it can be chosen back.
    expect(strings(sheet('03/04/2022'), { dateOrder: 'mdy' })).toEqual(['(file): dates such as "03/04/2022" were read month first (2022-03-04), as chosen']);
    // With no evidence and no choice, the reader's locale's order (month first in the United States).
    const american = importInput(sheet('03/04/2022', '04/05/2022'), { defaultDateOrder: 'mdy' });
    expect(american.dataset?.events.map((e) => e.date)).toEqual(['2022-03-04', '2022-04-05']);
    expect(american.problems.map((p) => p.detail)).toEqual([{ key: 'datesOrder', value: '03/04/2022', example: '2022-03-04', order: 'mdy', chosen: false }]);
    // The file's own evidence outweighs the locale: 25/03/2022 can only be day first.
    expect(importInput(sheet('03/04/2022', '25/03/2022'), { defaultDateOrder: 'mdy' }).dataset?.events.map((e) => e.date)).toEqual(['2022-04-03', '2022-03-25']);
    expect(strings(sheet('13/03/2022 13:43'))).toEqual([
      'row 5, column "date": the time 13:43 was left out (kept 2022-03-13): a time needs its time zone, as in 2022-03-13T13:43:00+03:00',
    ]);
    // A US time is said as the sheet writes it, its example in the format's 24-hour form (before: "as in 2022-03-16T02:30 PM:00+03:00").
    expect(strings(sheet('3/16/2022 2:30 PM', '3/17/2022 12:05 a.m.'))).toEqual([
      'row 5, column "date": the time 2:30 PM was left out (kept 2022-03-16): a time needs its time zone, as in 2022-03-16T14:30:00+03:00',
      'row 6, column "date": the time 12:05 a.m. was left out (kept 2022-03-17): a time needs its time zone, as in 2022-03-17T00:05:00+03:00',
    ]);
  });

  it('reads a date-time with its offset as databases write it (a space for the T, +0300, +03, UTC), and keeps its time', () => {
    const sheet = (...dates: string[]) => `#title,T\n${ACTORS}${HEADER}\n${dates.map((d, i) => ROW.replace('demand', `e${i}`).replace('2022-03-12', d)).join('\n')}\n`;
    const r = importInput(sheet('2022-03-12 13:43:00+03:00', '2022-03-12 13:43:00 UTC', '2022-03-12T13:43:00+0300', '2022-03-12 9:05-05'));
    expect(r.dataset?.events.map((e) => e.date)).toEqual(['2022-03-12T13:43:00+03:00', '2022-03-12T13:43:00Z', '2022-03-12T13:43:00+03:00', '2022-03-12T09:05-05:00']);
    expect(r.problems).toEqual([]);
    // One that names no real time is refused as the cell writes it.
    expect(strings(sheet('2022-03-12 25:00:00+03:00'))[0]).toBe(
      'row 5, column "date": "2022-03-12 25:00:00+03:00" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out',
    );
  });

  it('reads recipients written with commas ("NASA, ESA") as several, known or not, never as one actor "NASA, ESA"', () => {
    const declared = importInput(`#title,T\n${ACTORS}#actor,esa,ESA\n${HEADER}\n${ROW.replace(',NASA,', ',"NASA, esa",')}\n`);
    expect(declared.dataset?.events[0]?.to).toEqual(['nasa', 'esa']);
    expect(declared.dataset?.actors.map((a) => a.id)).toEqual(['roscosmos', 'nasa', 'esa']);
    expect(declared.problems).toEqual([]);
    // Not declared, but senders elsewhere in the file.
    const senders = importInput('date,kind,from,to,title,summary,source 1 title,source 1 publisher\n2022-03-01,letter,NASA,,A,S,T,P\n2022-03-02,letter,ESA,,B,S,T,P\n2022-03-03,letter,Roscosmos,"NASA,  ESA",C,S,T,P\n');
    expect(senders.dataset?.events[2]?.to).toEqual(['nasa', 'esa']);
    expect(senders.dataset?.actors.map((a) => a.name)).toEqual(['NASA', 'ESA', 'Roscosmos']);
    // A name the file does not know is a recipient of its own, added and reported (actors are declared), never one actor "NASA, JAXA".
    const unknown = importInput(`#title,T\n${ACTORS}${HEADER}\n${ROW.replace(',NASA,', ',"NASA, JAXA",')}\n`);
    expect(unknown.dataset?.events[0]?.to).toEqual(['nasa', 'jaxa']);
    expect(unknown.dataset?.actors.map((a) => a.name)).toEqual(['Roscosmos', 'NASA', 'JAXA']);
    expect(unknown.problems.map(problemToString)).toEqual(['row 5, column "to": "JAXA" is not declared in an #actor row: added as actor "jaxa"']);
    // A whole cell that names a known actor is that actor, commas and all.
    const comma = importInput(`#title,T\n${ACTORS}#actor,cnsa,"China, National Space Administration"\n${HEADER}\n${ROW.replace(',NASA,', ',"China, National Space Administration",')}\n`);
    expect(comma.dataset?.events[0]?.to).toEqual(['cnsa']);
  });

  it('reads tags and replies written with commas ("sanctions, letters") as several, as it reads them written with semicolons', () => {
    const sheet = (tags: string, replies: string) =>
      importInput(`#title,T\n${ACTORS}${HEADER},tags,in reply to\n${ROW},x,\n${ROW.replace('demand,', 'reply,')},"${tags}","${replies}"\n`).dataset?.events[1];
    expect(sheet('sanctions, letters', 'demand')).toMatchObject({ tags: ['sanctions', 'letters'], inReplyTo: ['demand'] });
    expect(sheet('sanctions; letters', 'demand ; ')).toMatchObject({ tags: ['sanctions', 'letters'], inReplyTo: ['demand'] });
    // With a semicolon, commas are the tags' own: "Moscow, Russia;" is one tag.
    expect(sheet('Moscow, Russia;', 'demand')).toMatchObject({ tags: ['Moscow, Russia'] });
    expect(sheet('Moscow, Russia; ISS', 'demand')).toMatchObject({ tags: ['Moscow, Russia', 'ISS'] });
  });

  it('keeps formula-looking cells as plain text and undoes the writer\'s apostrophe', () => {
    const r = importInput(`#title,T\n${ACTORS}${HEADER}\n${ROW.replace('Demand', '=HYPERLINK("x")').replace('Roscosmos demands.', "'=1+1")}\n`);
    expect(r.dataset?.events[0]).toMatchObject({ title: '=HYPERLINK("x")', summary: '=1+1' });
  });

  it('undoes the apostrophe on every segment the writer guarded, exactly once, in every kind of cell', () => {
    const row = ROW.replace('Demand', `"x;'=1+1"`).replace('Roscosmos demands.', "''90s");
    const r = importInput(`#title,'=T\n${ACTORS}${HEADER}\n${row}\n`);
    expect(r.dataset).toMatchObject({ title: '=T', events: [{ title: 'x;=1+1', summary: "'90s" }] });
    const tjs = importInput(`Year,Month,Day,Headline,Text\n2022,3,12,'@home,"'+1;'-2"\n`);
    expect(tjs.dataset?.events[0]).toMatchObject({ title: '@home', summary: '+1;-2' });
  });

  it('reads several quotes, sources and media from numbered columns, skipping a set left empty', () => {
    const header = `${HEADER},source 3 title,source 3 publisher,source 3 url,quote 2 text,quote 2 lang,media 1 url,media 1 caption`;
    const row = `${ROW},Other,Reuters,https://reuters.com/x,Слова,ru,https://example.org/a.jpg,A photo`;
    const r = importInput(`#title,T\n${ACTORS}${header}\n${row.replace('https://reuters.com/x', 'http://reuters.com/x')}\n`);
    expect(r.dataset?.events[0]).toMatchObject({
      sources: [{ title: 'TASS report' }, { title: 'Other', publisher: 'Reuters', url: 'http://reuters.com/x' }],
      quotes: [{ text: 'Слова', lang: 'ru' }],
    });
    expect(r.problems.map(problemToString).some((s) => s.startsWith('row 5, column "source 3 url": "http://reuters.com/x" is not an https URL'))).toBe(true);
  });

  it('makes ids from titles when the id cell is empty, never taking an id a later row writes', () => {
    const r = importInput(`#title,T\n${ACTORS}${HEADER}\n${ROW.replace('demand', '')}\n${ROW}\n`);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['demand-2', 'demand']);
  });

  it('reports a #lang that is neither a language tag nor the name of a language at its row, and reads the rest', () => {
    const r = importInput(`#title,T\n#lang,Englisch!\n${ACTORS}${HEADER}\n${ROW}\n`);
    expect(r.problems.map(problemToString)).toEqual(['row 2: "Englisch!" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(r.dataset?.events).toHaveLength(1);
  });

  it('reads a #lang given as the name of a language, as the language of a quote is read: #язык русский, #lang English', () => {
    // Before, each was "not a BCP 47 language tag" and the sheet's language was left out.
    for (const [row, tag] of [['#язык,русский', 'ru'], ['#lang,English', 'en'], ['#lang, Russian ', 'ru']] as const) {
      const r = importInput(`#title,T\n${row}\n${ACTORS}${HEADER}\n${ROW}\n`);
      expect(r.problems.map(problemToString)).toEqual([]);
      expect(r.dataset?.lang).toBe(tag);
    }
  });

  it('reads the dataset title, description, credit and actor fields named by an #actors row', () => {
    const r = importInput(`#title,My title\n#description,About it\n#credit,Me\n#lang,en\n#actors,Colour,Name,ID\n#actor,#0072B2,NASA,nasa\n${HEADER}\n${ROW}\n`);
    expect(r.dataset).toMatchObject({ title: 'My title', description: 'About it', credit: 'Me', lang: 'en' });
    expect(r.dataset?.actors[0]).toEqual({ id: 'nasa', name: 'NASA', color: '#0072B2' });
  });

  it('says where an #actors row names a column the layout has not, and where an #actor row has text beyond its last column, in English and Russian; the actor is read', () => {
    // Before, both were dropped unsaid: a website typed after the colour was simply gone.
    const r = importInput(`#title,T\n#actors,id,name,website\n#actor,nasa,NASA,https://nasa.gov\n#actor,roscosmos,Roscosmos,,#D55E00,a,b,c,d\n${HEADER}\n${ROW}\n`);
    expect(r.problems.map(problemToString)).toEqual([
      'row 2, column "website": is not a column of #actors (ignored); use id, name, full name, country, leader, color',
      'row 4: has text after the last column of #actors (ignored): "#D55E00", "a", "b" and 2 more; name its column in the #actors row (id, name, full name, country, leader, color)',
    ]);
    expect(r.dataset?.actors.slice(0, 2)).toEqual([
      { id: 'nasa', name: 'NASA' },
      { id: 'roscosmos', name: 'Roscosmos' },
    ]);
    expect(r.problems.map((p) => `${placeText(p.path, ru)}: ${problemText(p, ru)}`)).toEqual([
      `${ru.dataset.places.cell('2', 'website')}: такого столбца нет в формате (пропущен)`,
      `${ru.dataset.places.row('4')}: в строке есть текст в столбце, который заголовок не называет (пропущен)`,
    ]);
    // Without an #actors row, the layout's own six columns: a seventh cell is said too; empty cells after the last are not.
    expect(strings(`#title,T\n#actor,nasa,NASA,,United States,,#0072B2,https://nasa.gov\n#actor,roscosmos,Roscosmos,,,,,,,\n${HEADER}\n${ROW}\n`)).toEqual([
      'row 2: has text after the last column of #actors (ignored): "https://nasa.gov"; name its column in the #actors row (id, name, full name, country, leader, color)',
    ]);
  });

  it("reads an event's author, date note and verification note in another language from their [ru] columns, and places a problem in one", () => {
    const header = `${HEADER},author,date note,verification,verification note,title [ru],author [ru],Date Note [ru],verificationNote [ru],translated by [ru]`;
    const row = `${ROW},Dmitry Rogozin,Undated,confirmed,By TASS,Требование,Дмитрий Рогозин,Без даты,По данным ТАСС,редакция`;
    const r = importInput(`#title,T\n${ACTORS}${header}\n${row}\n`);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events[0]?.translations).toEqual({
      ru: { title: 'Требование', author: 'Дмитрий Рогозин', dateNote: 'Без даты', verificationNote: 'По данным ТАСС', by: 'редакция' },
    });
    const long = importInput(`#title,T\n${ACTORS}${header}\n${row.replace('Дмитрий Рогозин', 'Р'.repeat(301))}\n`);
    // The event is kept and the translated author cut, as the dataset's own texts are (checkEvent.ts); the problem is still at its cell.
    expect(long.problems.map(problemToString)[0]).toBe('row 5, column "author [ru]": is longer than 300 characters: it was cut');
    expect(`${placeText(long.problems[0]!.path, ru)}: ${problemText(long.problems[0]!, ru)}`).toBe(`${ru.dataset.places.cell('5', 'author [ru]')}: текст длиннее 300 символов: он сокращён`);
    expect(long.dataset?.events).toHaveLength(1);
    expect(long.dataset?.events[0]?.translations?.ru?.author).toBe(`${'Р'.repeat(299)}…`);
    const titled = importInput(`#title,T\n${ACTORS}${header}\n${row.replace('Требование', 'Т'.repeat(301))}\n`);
    expect(titled.problems.map(problemToString)).toEqual(['row 5, column "title [ru]": is longer than 300 characters: the title was cut']);
  });
});

describe("a quote's notes in another language", () => {
  const header = `${HEADER},quote 1 text,quote 1 lang,quote 1 speaker,quote 1 translation,quote 1 translation lang,quote 1 translated by,Quote 1 Speaker [ru],quote 1 translated by [ru],quote 2 text,quote 2 lang,quote 2 speaker,quote2 speaker [ru]`;
  const row = `${ROW},Нет.,ru,Dmitry Rogozin,No.,en,Reuters (press translation),Дмитрий Рогозин,Reuters (перевод агентства),No.,en,Bill Nelson,Билл Нельсон`;
  const read = (r: string, h = header) => importInput(`#title,T\n${ACTORS}${h}\n${r}\n`);

  it('reads the speaker and the translator of each quote from its [ru] columns', () => {
    const r = read(row);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events[0]?.quotes).toEqual([
      { text: 'Нет.', lang: 'ru', speaker: 'Dmitry Rogozin', translation: { text: 'No.', lang: 'en', by: 'Reuters (press translation)' }, translations: { ru: { speaker: 'Дмитрий Рогозин', translationBy: 'Reuters (перевод агентства)' } } },
      { text: 'No.', lang: 'en', speaker: 'Bill Nelson', translations: { ru: { speaker: 'Билл Нельсон' } } },
    ]);
  });

  it("places a problem in one at its own column, and keeps the event and the quote", () => {
    const long = read(row.replace('Билл Нельсон', 'Б'.repeat(301)));
    expect(long.problems.map(problemToString)).toEqual(['row 5, column "quote2 speaker [ru]": is longer than 300 characters: it was cut']);
    expect(long.dataset?.events[0]?.quotes?.[1]?.translations).toEqual({ ru: { speaker: `${'Б'.repeat(299)}…` } });
    const tag = read(`${ROW},Нет.,ru,Dmitry Rogozin,,,,,,No.,en,,Нельсон`, header.replace('quote2 speaker [ru]', 'quote 2 speaker [russian]'));
    expect(tag.problems.map(problemToString)).toEqual(['row 5, column "quote 2 speaker [russian]": "russian" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(tag.dataset?.events[0]?.quotes?.[1]).toEqual({ text: 'No.', lang: 'en' });
    const proto = read(row, header.replace('quote2 speaker [ru]', 'quote 2 speaker [__proto__]'));
    expect(proto.problems.map(problemToString)).toEqual(['row 5, column "quote 2 speaker [__proto__]": "__proto__" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(({} as Record<string, unknown>).speaker).toBeUndefined();
  });

  it('calls a [ru] column of a quote field that has no translation an unknown column', () => {
    const r = read(`${ROW},Нет.,ru,x`, `${HEADER},quote 1 text,quote 1 lang,quote 1 text [ru]`);
    expect(r.problems.map(problemToString)).toEqual(['row 4, column "quote 1 text [ru]": is not a column of this format (ignored)']);
  });
});

describe('a translation of a text the row does not have', () => {
  it('is said at its column: it is never shown', () => {
    const r = importInput(`#title,T\n${ACTORS}${HEADER},author [ru],quote 1 text,quote 1 lang,quote 1 speaker [ru]\n${ROW},Рогозин,Слова,ru,Рогозин\n`);
    expect(r.problems.map(problemToString)).toEqual([
      'row 5, column "author [ru]": translates an author the event does not have: it is not shown; fill in the author too',
      'row 5, column "quote 1 speaker [ru]": translates a speaker the quote does not have: it is not shown; fill in the speaker too',
    ]);
  });
});

describe('a repeated #actor row (an id an earlier #actor row has)', () => {
  it('fills in what the first leaves empty, keeps the first where they differ, and says each, naming both rows, in English and Russian', () => {
    // Before, each repeat was left out whole: 'row 4, column "id": duplicate id "nasa" (first used by row 3): the actor was left out', its colour and name unsaid.
    const csv =
      '#title,T\n#actors,id,name,Colour,name [ru]\n#actor,nasa,NASA,,\n#actor,nasa,NASA,#0072B2,НАСА\n#actor,nasa,Nasa agency,#000000,НАСА\n#actor,nasa,NASA\n' +
      'id,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,NASA,T,S,R,P\n';
    const r = importInput(csv);
    expect(r.dataset?.actors).toEqual([{ id: 'nasa', name: 'NASA', color: '#0072B2', translations: { ru: { name: 'НАСА' } } }]);
    expect(r.problems.map(problemToString)).toEqual([
      'row 4: repeats actor "nasa" of row 3: added to it: "Colour" and "name [ru]"',
      'row 5, column "name": repeats actor "nasa" of row 3, whose values are kept; left out: "Nasa agency" in "name" and "#000000" in "Colour"',
      'row 6: repeats actor "nasa" of row 3: nothing new, the same actor',
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['merged-actor', 'duplicate-id', 'merged-actor']);
    expect(r.problems.map((p) => problemText(p, ru))).toEqual([
      'повторяет участника «nasa» (впервые: строка 3): к нему добавлено: «Colour» и «name [ru]»',
      'повторяет участника «nasa» (впервые: строка 3), где значения сохранены; пропущено: «Nasa agency» в «name» и «#000000» в «Colour»',
      'повторяет участника «nasa» (впервые: строка 3): ничего нового, это тот же участник',
    ]);
  });
});

describe('a repeated #actor row whose value fits the format where the first row\'s does not', () => {
  it('gives the actor its value, and says the conflict naming both rows, in English and Russian', () => {
    // Before: the first row's "red" was kept by the merge and then left out by the validator, "#0072B2" said as left out: the actor had no colour.
    const csv = '#title,T\n#actors,id,name,colour\n#actor,nasa,NASA,red\n#actor,nasa,NASA,#0072B2\n#actor,nasa,NASA,blue\nid,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,NASA,T,S,R,P\n';
    const r = importInput(csv);
    expect(r.dataset?.actors).toEqual([{ id: 'nasa', name: 'NASA', color: '#0072B2' }]);
    expect(r.problems.map(problemToString)).toEqual([
      'row 4, column "colour": repeats actor "nasa" of row 3, where the format cannot use "red" in "colour": left out there, the values here kept instead',
      // A third row's value that does not fit either is left out as any differing value is.
      'row 5, column "colour": repeats actor "nasa" of row 3, whose values are kept; left out: "blue" in "colour"',
    ]);
    expect(problemText(r.problems[0]!, ru)).toBe('повторяет участника «nasa» (впервые: строка 3), где формат не может использовать «red» в «colour»: там пропущено, сохранены значения отсюда');
  });

  it('keeps the first row\'s value when neither fits, and the validator says it, as before', () => {
    const csv = '#title,T\n#actors,id,name,colour\n#actor,nasa,NASA,red\n#actor,nasa,NASA,blue\nid,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,NASA,T,S,R,P\n';
    expect(strings(csv)).toEqual([
      'row 3, column "colour": "red" must be a colour like "#0072B2": it was left out',
      'row 4, column "colour": repeats actor "nasa" of row 3, whose values are kept; left out: "blue" in "colour"',
    ]);
  });
});

describe('a value a repeated #actor row adds', () => {
  it('is said at that row when the format then cuts it or leaves it out, not at the first row, which does not have it', () => {
    // Before: 'row 3, column "colour": "red" must be a colour …' and 'row 3: is longer than 300 characters: it was cut', both of row 4's cells.
    const csv = `#title,T\n#actors,id,name,name [ru],colour\n#actor,nasa,NASA,,\n#actor,nasa,NASA,${'Н'.repeat(301)},red\nid,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,NASA,T,S,R,P\n`;
    const r = importInput(csv);
    expect(r.dataset?.actors).toEqual([{ id: 'nasa', name: 'NASA', translations: { ru: { name: `${'Н'.repeat(299)}…` } } }]);
    expect(r.problems.map(problemToString)).toEqual([
      'row 4: repeats actor "nasa" of row 3: added to it: "colour" and "name [ru]"',
      'row 4, column "colour": "red" must be a colour like "#0072B2": it was left out',
      'row 4, column "name [ru]": is longer than 300 characters: it was cut',
    ]);
  });
});

describe('a repeated #actor row beyond the languages an actor may have', () => {
  it('adds its languages while there is room and says the rest as left out, naming both rows; the first row\'s are all kept', () => {
    // Before, the merged actor had 201 languages, and the validator then left out all of them: 'row 3: an object has more than 200 languages: it was left out'.
    const tags = Array.from({ length: MAX_LANGUAGES - 1 }, (_, i) => `x${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
    const columns = [...tags, 'de', 'fr'].map((tag) => `name [${tag}]`).join(',');
    const csv =
      `#title,T\n#actors,id,name,${columns}\n#actor,nasa,NASA,${tags.map((tag) => `NASA ${tag}`).join(',')},,\n#actor,nasa,NASA,${tags.map(() => '').join(',')},NASA (de),NASA (fr)\n` +
      'id,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,NASA,T,S,R,P\n';
    const r = importInput(csv);
    const nasa = r.dataset!.actors[0]!;
    expect(Object.keys(nasa.translations ?? {})).toEqual([...tags, 'de']);
    expect(nasa.translations?.de).toEqual({ name: 'NASA (de)' });
    expect(r.problems.map(problemToString)).toEqual([
      'row 4: repeats actor "nasa" of row 3: added to it: "name [de]"',
      'row 4, column "name [fr]": repeats actor "nasa" of row 3, which already has 200 languages, the most an actor may have: left out: "NASA (fr)" in "name [fr]"',
    ]);
  });
});

describe('an #actors row with more name [..] columns than the languages an actor may have', () => {
  it('keeps the first 200 and says the rest at the first column left out, in English and Russian', () => {
    // Before: 'row 3: an object has more than 200 languages: it was left out', every name lost.
    const tags = Array.from({ length: MAX_LANGUAGES + 2 }, (_, i) => `x${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
    const csv = `#title,T\n#actors,id,name,${tags.map((tag) => `name [${tag}]`).join(',')}\n#actor,nasa,NASA,${tags.map((tag) => `NASA ${tag}`).join(',')}\n${HEADER}\na,2022-03-12,letter,NASA,,T,S,R,P\n`;
    const r = importInput(csv);
    expect(Object.keys(r.dataset!.actors[0]!.translations ?? {})).toEqual(tags.slice(0, MAX_LANGUAGES));
    const [left1, left2] = tags.slice(MAX_LANGUAGES);
    expect(r.problems.map(problemToString)).toEqual([`row 3, column "name [${left1}]": has more than 200 languages, the most it may have: the first 200 were kept; left out: "${left1}" and "${left2}"`]);
    expect(`${placeText(r.problems[0]!.path, ru)}: ${problemText(r.problems[0]!, ru)}`).toBe(`строка 3, столбец «name [${left1}]»: языков больше, чем можно (200 языков): сохранены первые 200; пропущены: «${left1}» и «${left2}»`);
  });
});

describe('a #lang written as people write a language outside a tag', () => {
  it('reads a locale (ru_RU) and a name with the word for language (русский язык, Russian language), so that a translation into it is said; a quote\'s language too', () => {
    // Before, each was 'row 2: "русский язык" is not a BCP 47 language tag …: it was left out', and the `title [ru]` column beside it went unsaid.
    for (const [row, tag] of [['#язык,русский язык', 'ru'], ['#lang,Russian language', 'ru'], ['#lang,ru_RU', 'ru-RU'], ['#lang,Язык: русский', 'ru']] as const) {
      const r = importInput(`#title,T\n${row}\n${ACTORS}${HEADER},title [ru]\n${ROW},Требование\n`);
      expect(r.dataset?.lang, row).toBe(tag);
      expect(r.problems.map((p) => `${p.path} ${p.code}`), row).toEqual(tag === 'ru' ? ['row 6, column "title [ru]" same-language'] : []);
    }
    const quote = importInput(`#title,T\n${ACTORS}${HEADER},quote 1 text,quote 1 lang,quote 1 translation,quote 1 translation lang\n${ROW},Нет,русский язык,No,en_GB\n`);
    expect(quote.dataset?.events[0]?.quotes).toEqual([{ text: 'Нет', lang: 'ru', translation: { text: 'No', lang: 'en-GB' } }]);
  });

  it('still reports one that names no language at its row, and then can say no translation is in the sheet\'s own language', () => {
    const r = importInput(`#title,T\n#lang,ру\n${ACTORS}${HEADER},title [ru]\n${ROW},Требование\n`);
    expect(r.dataset?.lang).toBeUndefined();
    expect(r.problems.map(problemToString)).toEqual(['row 2: "ру" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
  });
});

describe("a translation into the sheet's own language", () => {
  it('is kept, and said once for each language (as a JSON dataset\'s is): at its #title [ru] row, at the first #actor row and event row that fill in a column of it, in English and Russian', () => {
    // Before, a Russian sheet's `title [ru]` column was accepted unsaid: its texts replaced the titles for Russian readers only.
    const csv =
      '#title;Т\n#язык;ru\n#title [RU];Т2\n#description [ru-RU];О\n#actors;id;name;name [ru]\n#actor;nasa;НАСА;НАСА\n#actor;roscosmos;Роскосмос;\n' +
      'id;date;kind;from;to;title;summary;title [ru];title [en];source 1 title;source 1 publisher\n' +
      'a;12.03.2022;Письмо;Роскосмос;НАСА;Письмо;Текст;Письмо Рогозина;Letter;И;ТАСС\nb;13.03.2022;Письмо;НАСА;Роскосмос;Ответ;Текст;;Reply;И;ТАСС\n';
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => e.translations)).toEqual([{ ru: { title: 'Письмо Рогозина' }, en: { title: 'Letter' } }, { en: { title: 'Reply' } }]);
    // A regional variant (ru-RU beside ru) may be a translation of its own: not said.
    expect(r.dataset?.translations).toEqual({ RU: { title: 'Т2' }, 'ru-RU': { description: 'О' } });
    expect(r.problems.map(problemToString)).toEqual([
      'row 3: is in the sheet\'s own language ("RU"; #lang is "ru"): its texts are kept as translations, shown instead of the originals to readers in that language; if the originals are in another language, correct #lang',
      'row 6, column "name [ru]": is in the sheet\'s own language ("ru"; #lang is "ru"): its texts are kept as translations, shown instead of the originals to readers in that language; if the originals are in another language, correct #lang',
      'row 9, column "title [ru]": is in the sheet\'s own language ("ru"; #lang is "ru"): its texts are kept as translations, shown instead of the originals to readers in that language; if the originals are in another language, correct #lang',
    ]);
    expect(problemText(r.problems[2]!, ru)).toBe(
      'на языке самой таблицы («ru»; #lang — «ru»): тексты сохранены как переводы и показываются вместо оригиналов читателям на этом языке; если оригиналы на другом языке, исправьте #lang',
    );
    expect(r.problems.every((p) => p.code === 'same-language')).toBe(true);
  });
});

describe('a language tag in a column or metadata row', () => {
  const places = (csv: string) => importInput(csv).problems.filter((p) => p.code !== 'actor-added').map(problemToString);

  it("when it is no language tag, is placed at the sheet's own column (the first of its language filled in on the row), never at a path such as \"translations.__proto__\"", () => {
    expect(places(`#title,T\n${HEADER},title [__proto__]\n${ROW},event\n`)).toEqual(['row 3, column "title [__proto__]": "__proto__" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(places(`#title,T\n${HEADER},Title [english],summary [english]\n${ROW},t,s\n${ROW.replace('demand', 'd2')},,s\n`)).toEqual([
      'row 3, column "Title [english]": "english" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
      'row 4, column "summary [english]": "english" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
    ]);
    // An #actors column likewise, on the #actor row that fills it in.
    expect(places(`#title,T\n#actors,id,name,Name [E!N]\n#actor,nasa,NASA,x\n${HEADER}\n${ROW}\n`)).toEqual(['row 3, column "Name [E!N]": "E!N" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
  });

  it('when it is no language tag in a metadata row (#title [xx]), is placed at that row, as the other metadata rows are', () => {
    expect(places(`#title,T\n#credit,C\n#title [__proto__],meta\n#description [english],d\n${HEADER}\n${ROW}\n`)).toEqual([
      'row 3: "__proto__" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
      'row 4: "english" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out',
    ]);
    const p = importInput(`#title,T\n#title [english],meta\n${HEADER}\n${ROW}\n`).problems[0]!;
    expect(placeText(p.path, ru)).toBe(ru.dataset.places.row('2'));
  });

  it('in an #actors row that names the columns its own way, an actor\'s other fields are placed at those names too', () => {
    expect(places(`#title,T\n#actors,Colour,Name,ID,Full Name\n#actor,red,NASA,nasa,${'x'.repeat(301)}\n${HEADER}\n${ROW}\n`)).toEqual([
      'row 3, column "Full Name": is longer than 300 characters: it was cut',
      'row 3, column "Colour": "red" must be a colour like "#0072B2": it was left out',
    ]);
  });

  it('when it is a tag a path quotes ("en-GB"), places a text over its limit at its cell too', () => {
    const long = 'Т'.repeat(301);
    expect(places(`#title,T\n#title [en-GB],${long}\n${HEADER},title [en-GB]\n${ROW},${long}\n`)).toEqual([
      'row 2: is longer than 300 characters: the title was cut',
      'row 4, column "title [en-GB]": is longer than 300 characters: the title was cut',
    ]);
  });

  it('whatever key of Object.prototype it names, reads the sheet without throwing, writes nothing there, and places every problem in the sheet', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    for (const tag of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf']) {
      const csv = `#title,T\n#title [${tag}],m\n#credit [${tag}],c\n#actors,id,name,name [${tag}]\n#actor,nasa,NASA,a\n${HEADER},title [${tag}],summary [${tag}]\n${ROW},t,s\n`;
      const r = importInput(csv);
      expect(r.dataset?.events, tag).toHaveLength(1);
      expect(r.problems.map((p) => p.path).filter((path) => !/^row \d+(?:, column "[^"]*")?$/.test(path)), tag).toEqual([]);
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('when it has a dot in it ("ru.x"), is one tag, not a language "ru" with a field "x"', () => {
    const r = importInput(`#title,T\n${HEADER},title [ru.x]\n${ROW},t\n`);
    expect(r.problems.filter((p) => p.code !== 'actor-added').map(problemToString)).toEqual(['row 3, column "title [ru.x]": "ru.x" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out']);
    expect(r.dataset?.events[0]?.translations).toBeUndefined();
  });
});

describe('a sheet whose first rows are a title or notes above its header row, as Excel sheets often start', () => {
  it('is read from the header, each row above it said as skipped, in English and Russian, as a TimelineJS sheet is', () => {
    // Before, the whole file was refused: 'is not JSON and has no header row this app knows'.
    const r = importInput('Хронология переписки;;;;;\r\n;;;;;\r\nдата;тип;от;кому;заголовок;описание\r\n01.03.2022;письмо;Роскосмос;НАСА;Письмо;Текст\r\n', { fallbackTitle: 'x' });
    expect(r.format).toBe('dataset-csv');
    expect(r.dataset?.events.map((e) => [e.date, e.title])).toEqual([['2022-03-01', 'Письмо']]);
    const above = r.problems.filter((p) => p.code === 'unknown-row');
    expect(above.map(problemToString)).toEqual(['row 1: is above the header row (row 3): it was skipped']);
    expect(problemText(above[0]!, ru)).toBe('строка выше строки заголовков (строка 3): пропущена');
  });

  it('reads a header over two rows, as merged cells are saved: a source\'s label over its columns, above the header or below it', () => {
    // Before: "row 1: is above the header row (row 2): it was skipped", "column "название": repeats column 5 ("Заголовок"); this one
    // was ignored" and "column "издание": is not a column of this format (ignored)": the sources lost, every event "Unsourced".
    const row = '07.03.2022;Письмо;Роскосмос;НАСА;Письмо;Текст;Т;ТАСС;Т2;https://tass.ru/1';
    const labelAbove = importInput(`Хроника;;;;;;;;;\n;;;;;;Источник 1;;Источник 2;\nДата;Тип;От;Кому;Заголовок;Описание;название;издание;название;ссылка\n${row}\n`);
    const sources = [{ title: 'Т', publisher: 'ТАСС' }, { title: 'Т2', url: 'https://tass.ru/1', publisher: 'tass.ru' }];
    expect(labelAbove.dataset?.events.map((e) => [e.title, e.sources])).toEqual([['Письмо', sources]]);
    expect(labelAbove.problems.filter((p) => p.code !== 'no-title').map(problemToString)).toEqual(['row 1: is above the header row (row 3): it was skipped']);
    // The other columns merged down both rows: their names in the first, the label's columns named in the second.
    const namesBelow = importInput(`Дата;Тип;От;Кому;Заголовок;Описание;Источник 1;;Источник 2;;Теги\n;;;;;;название;издание;название;ссылка;\n${row};санкции\n`);
    expect(namesBelow.dataset?.events.map((e) => [e.title, e.sources, e.tags])).toEqual([['Письмо', sources, ['санкции']]]);
    expect(namesBelow.problems.map((p) => p.code)).toEqual(['no-title']);
    // A first row of data under a header is no second header row.
    expect(importInput(`Дата;Тип;От;Кому;Заголовок;Описание;Источник 1 название;Источник 1 издание\n${row.split(';').slice(0, 8).join(';')}\n`).dataset?.events).toHaveLength(1);
  });

  it('is still refused when no row within reach names every column an event needs (a row naming one is no header)', () => {
    expect(importInput('Notes;;\r\nTitle;;\r\n01.03.2022;letter;x\r\n').problems.map((p) => p.code)).toEqual(['unknown-layout']);
  });
});

describe('a row with more cells than the header has columns', () => {
  /* tests/fixtures/open-file/extra-cells.csv: QA's file; row 5 has an unquoted comma in its summary. */
  const file = readFileSync('tests/fixtures/open-file/extra-cells.csv', 'utf8');

  it('is left out with a problem naming the row and both counts, and counted among the events left out', () => {
    const r = importInput(file);
    expect(r.problems.map(problemToString)).toContain('row 5: 10 cells, but the header has 9 columns (a comma inside a cell needs quotes): the row was left out');
    expect(r.problems.find((p) => p.code === 'extra-cells')).toMatchObject({ path: 'row 5', detail: { key: 'extraCells', cells: 10, columns: 9 } });
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['e2']);
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ eventCount: 2, droppedEvents: 1 });
  });

  it('is said in Russian with the counts in their plural forms', () => {
    const p = importInput(file).problems.find((q) => q.code === 'extra-cells')!;
    expect(problemText(p, ru)).toBe('10 ячеек, а в заголовке 9 столбцов (запятую внутри ячейки нужно заключить в кавычки): строка пропущена');
    expect(problemText({ ...p, detail: { key: 'extraCells', cells: 22, columns: 21 } }, ru)).toMatch(/^22 ячейки, а в заголовке 21 столбец /);
  });

  it('is not one whose extra cells are empty (spreadsheets write trailing empty columns), while a short row is read as before', () => {
    const r = importInput(`${HEADER},,\n${ROW},,,\ndemand-2,2022-03-13,letter,Roscosmos,NASA,Short,Short row.\n`);
    expect(r.problems.filter((p) => p.code === 'extra-cells')).toEqual([]);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['demand', 'demand-2']);
  });

  it('is kept when it is no wider than a header padded with blank cells (Google Sheets and Excel pad every row to the sheet\'s width), its text under a blank header cell said at its cell in English and Russian', () => {
    // Before, the whole row was left out: "row 2: 11 cells, but the header has 9 columns …".
    const r = importInput(`${HEADER},,,\n${ROW},,checked by Ivan,\n`);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['demand']);
    expect(r.droppedEvents).toBe(0);
    const said = r.problems.filter((p) => p.code === 'ignored-cells' || p.code === 'extra-cells');
    expect(said.map(problemToString)).toEqual(['row 2, column 11 (no header): "checked by Ivan" was not read: the column has no name']);
    expect(`${placeText(said[0]!.path, ru)}: ${problemText(said[0]!, ru)}`).toBe('строка 2, столбец 11 (без заголовка): «checked by Ivan» не прочитано: у столбца нет названия');
  });

  it('says text under a blank header cell between named ones, which was dropped unsaid', () => {
    const r = importInput(`id,date,,kind,from,to,title,summary\ndemand,2022-03-12,a note,letter,Roscosmos,NASA,Demand,Roscosmos demands.\n`);
    expect(r.dataset?.events.map((e) => e.title)).toEqual(['Demand']);
    expect(r.problems.filter((p) => p.code === 'ignored-cells').map(problemToString)).toEqual(['row 2, column 3 (no header): "a note" was not read: the column has no name']);
  });

  it('is still left out when it is wider than the padded header, which is counted with its blank cells', () => {
    const r = importInput(`${HEADER},\n${ROW},,x\n`);
    expect(r.problems.map(problemToString)).toContain('row 2: 11 cells, but the header has 10 columns (a comma inside a cell needs quotes): the row was left out');
    expect(r.dataset?.events ?? []).toEqual([]);
  });

  it('is left out of a TimelineJS spreadsheet too, which goes through the same reader', () => {
    const r = importInput('Year,Month,Day,Headline,Text\n2022,3,12,A,https://e.org/a\n2022,3,13,B,Text, with a comma,https://e.org/b\n');
    expect(r.format).toBe('timelinejs-csv');
    expect(r.problems.map(problemToString)).toContain('row 3: 7 cells, but the header has 5 columns (a comma inside a cell needs quotes): the row was left out');
    expect({ shown: r.dataset?.events.map((e) => e.title), eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ shown: ['A'], eventCount: 2, droppedEvents: 1 });
  });
});

describe('a metadata row whose text holds the separator, unquoted', () => {
  // Before, only the text up to the first separator was read, without a word: the credit below was "Редакция «Новой газеты»".
  it('is read whole, joined back with the separator, and said at its row in English and Russian', () => {
    const csv = `#title,Roscosmos, NASA and the ISS\n#credit,The Hamden Journal\n${ACTORS}${HEADER}\n${ROW}\n`;
    const r = importInput(csv);
    expect(r.dataset?.title).toBe('Roscosmos, NASA and the ISS');
    expect(r.problems.map(problemToString)).toEqual(['row 1: 2 cells instead of one (a text holding the separator needs quotes): they were read as one text']);
    const semi = importInput(`#title;Письма\n#credit;Редакция «Новой газеты»; ТАСС; РИА Новости;;;\n#title [en];Letters; replies\n${HEADER.replaceAll(',', ';')}\n${ROW.replaceAll(',', ';')}\n`);
    expect(semi.dataset?.credit).toBe('Редакция «Новой газеты»; ТАСС; РИА Новости');
    expect(semi.dataset?.translations?.en?.title).toBe('Letters; replies');
    expect(semi.problems.filter((p) => p.code === 'split-text').map((p) => `${placeText(p.path, ru)}: ${problemText(p, ru)}`)).toEqual([
      'строка 2: 3 ячейки вместо одной (текст с разделителем нужно заключить в кавычки): они прочитаны как один текст',
      'строка 3: 2 ячейки вместо одной (текст с разделителем нужно заключить в кавычки): они прочитаны как один текст',
    ]);
  });

  it('is not one whose further cells are empty, as spreadsheets pad every row to the widest', () => {
    const r = importInput(`#title;Письма;;;;\n${HEADER.replaceAll(',', ';')}\n${ROW.replaceAll(',', ';')}\n`);
    expect(r.dataset?.title).toBe('Письма');
    expect(r.problems.filter((p) => p.code === 'split-text')).toEqual([]);
  });
});

describe('a sheet saved by Russian Excel', () => {
  /* tests/fixtures/open-file/ru-excel.csv: QA's file; semicolons, ИСТИНА/ЛОЖЬ and the kind as the Russian legend names it. */
  const file = readFileSync('tests/fixtures/open-file/ru-excel.csv');

  it('reads ИСТИНА and ЛОЖЬ as true and false, and Письмо as the kind letter', () => {
    const r = importInput(file);
    expect(r.dataset?.events.map((e) => [e.id, e.approximate, e.kind])).toEqual([
      ['r1', true, 'letter'],
      ['r2', false, 'letter'],
    ]);
    // Its second row's date is a serial day (44632): the 1900 date system it was read in is said (serial-date).
    expect(r.problems.map((p) => p.code)).toEqual(['time-dropped', 'unsourced', 'serial-date', 'unsourced']);
  });

  it('reads a "№" column numbering the rows as the events\' ids in a sheet without an id column, so that "в ответ на" may name a row by its number; beside an id column, says briefly that it numbers the rows, in English and Russian', () => {
    // Before: "row 1, column "№": is not a column of this format (ignored)", and a reply to 1 named no event.
    const head = 'дата;тип;от;заголовок;описание;в ответ на;источник 1 название;источник 1 издание';
    const rows = (n: readonly string[]) => [`02.03.2022;письмо;Роскосмос;Письмо;Текст;;Т;ТАСС`, `03.03.2022;письмо;НАСА;Ответ;Текст;1;Т;ТАСС`].map((r, i) => `${n[i]};${r}`).join('\n');
    const numbered = importInput(`№;${head}\n${rows(['1', '2'])}\n`);
    expect(numbered.dataset?.events.map((e) => [e.id, e.inReplyTo])).toEqual([['1', undefined], ['2', ['1']]]);
    expect(numbered.problems.map((p) => p.code)).toEqual(['no-title']);
    // "№ п/п" with its numbers written "1." reads the same, with nothing to say.
    const dotted = importInput(`№ п/п;${head}\n${rows(['1.', '2.'])}\n`);
    expect(dotted.dataset?.events.map((e) => [e.id, e.inReplyTo])).toEqual([['1', undefined], ['2', ['1']]]);
    expect(dotted.problems.map((p) => p.code)).toEqual(['no-title']);
    // Beside an id column: a note at the column, not "not a column of this format".
    const both = importInput(`id;№;${head.replace('в ответ на;', '')}\n${rows(['a;1', 'b;2']).replace(';1;Т', ';Т').replace(';;Т', ';Т')}\n`);
    expect(both.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
    const note = both.problems.find((p) => p.code === 'row-numbers')!;
    expect(problemToString(note)).toBe('row 1, column "№": numbers the rows; the events\' ids are in "id", so its numbers were not read');
    expect(`${placeText(note.path, ru)}: ${problemText(note, ru)}`).toBe('строка 1, столбец «№»: нумерует строки; идентификаторы событий — в столбце «id», поэтому номера не прочитаны');
    expect(both.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });

  it('reads a kind in its plural forms and as a sheet often phrases it: Letters, Письма, «пост в соцсетях», Санкция, Social media post', () => {
    // Before, each of these rows was left out: "is not a kind of event".
    const kinds = ['Letters', 'Письма', 'пост в соцсетях', 'Постов в соцсетях', 'Санкция', 'Social media post', 'вехи', 'Press reports'];
    const csv = `id,date,kind,from,title,summary\n${kinds.map((k, i) => `e${i},2022-03-12,${k},NASA,T,S`).join('\n')}\n`;
    expect(importInput(csv).dataset?.events.map((e) => e.kind)).toEqual(['letter', 'letter', 'social-post', 'social-post', 'sanction', 'social-post', 'milestone', 'press-report']);
  });

  it('reads a press release as a statement, and an article, an interview or a publication in the media as a press report, in English and Russian', () => {
    // Before, each of these rows was left out: "is not one of "Letter", "Social post", …".
    const kinds = ['Пресс-релиз', 'press release', 'Статья', 'Интервью', 'Публикация в СМИ', 'Новость', 'Article', 'Interview'];
    const csv = `id,date,kind,from,title,summary\n${kinds.map((k, i) => `e${i},2022-03-12,${k},NASA,T,S`).join('\n')}\n`;
    expect(importInput(csv).dataset?.events.map((e) => e.kind)).toEqual(['statement', 'statement', ...Array<string>(6).fill('press-report')]);
  });

  it('reads a post or a tweet alone as a social post: Пост, post, Твит, Tweets', () => {
    // Before, «пост» (how a Russian sheet most often says it) left its row out: "is not a kind of event".
    const kinds = ['Пост', 'post', 'Твит', 'Tweets'];
    const csv = `id,date,kind,from,title,summary\n${kinds.map((k, i) => `e${i},2022-03-12,${k},NASA,T,S`).join('\n')}\n`;
    expect(importInput(csv).dataset?.events.map((e) => e.kind)).toEqual(['social-post', 'social-post', 'social-post', 'social-post']);
  });

  it('reads spreadsheet booleans in English and Russian in any case, and every kind by its English or Russian name', () => {
    const rows = [
      ['TRUE', 'Letter'],
      ['false', 'social post'],
      ['истина', 'Пост в соцсети'],
      ['Ложь', 'ЗАЯВЛЕНИЕ'],
      ['Да', 'Сообщение СМИ'],
      ['нет', 'Санкции'],
      ['yes', 'Веха'],
    ];
    const csv = `id,date,approximate,kind,from,title,summary\n${rows.map(([a, k], i) => `e${i},2022-03-12,${a},${k},NASA,T,S`).join('\n')}\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.approximate, e.kind])).toEqual([
      [true, 'letter'],
      [false, 'social-post'],
      [true, 'social-post'],
      [false, 'statement'],
      [true, 'press-report'],
      [false, 'sanction'],
      [true, 'milestone'],
    ]);
  });

  it('reads a span of days written in the date cell (07.03.2022–10.03.2022, 7–8 марта 2022, с 7 по 10 марта 2022) as its date and date end, where the row has no date end', () => {
    // Before, each such row was left out: '"7–8 марта 2022" is not a valid date (use 2022, …)'.
    const spans = ['07.03.2022–10.03.2022', '7–8 марта 2022 г.', 'с 7 по 10 марта 2022', '7 марта – 2 апреля 2022', 'март – апрель 2022', '12.03.22 - 14.03.22'];
    const csv = `date;date end;kind;from;title;summary\n${spans.map((d) => `${d};;letter;NASA;T;S`).join('\n')}\n10.03.2022–07.03.2022;;letter;NASA;T;S\n07.03.2022–08.03.2022;09.03.2022;letter;NASA;T;S\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd])).toEqual([
      ['2022-03-07', '2022-03-10'],
      ['2022-03-07', '2022-03-08'],
      ['2022-03-07', '2022-03-10'],
      ['2022-03-07', '2022-04-02'],
      ['2022-03', '2022-04'],
      ['2022-03-12', '2022-03-14'],
    ]);
    // A two-digit year is said as in a single date; a span that ends before it starts, or beside a date end, is no date, as before.
    expect(r.problems.filter((p) => p.code === 'short-year').map((p) => p.path)).toEqual(['row 7, column "date"', 'row 7, column "date"']);
    expect(r.problems.filter((p) => p.code === 'invalid-date').map((p) => p.path)).toEqual(['row 8, column "date"', 'row 9, column "date"']);
  });

  it('reads a US span (March 7–10, 2022), a quarter (III квартал 2022, Q3 2022) and a part of a month (начало марта 2022, early March 2022) as the window of dates each covers, saying how', () => {
    // Before, each such row was left out: '"Q3 2022" is not a valid date (use 2022, …)'.
    const cells = ['March 7–10, 2022', 'III квартал 2022', 'Q3 2022', '2 кв. 2022 г.', 'начало марта 2022', 'early March 2022', 'mid-March 2022', 'в конце февраля 2024 г.', 'late February 2023'];
    const csv = `date;date end;kind;from;title;summary;source 1 title;source 1 publisher\n${cells.map((d) => `${d};;letter;NASA;T;S;A;B`).join('\n')}\nQ3 2022;2022-10;letter;NASA;T;S;A;B\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.approximate])).toEqual([
      ['2022-03-07', '2022-03-10', undefined],
      ['2022-07', '2022-09', undefined],
      ['2022-07', '2022-09', undefined],
      ['2022-04', '2022-06', undefined],
      ['2022-03-01', '2022-03-10', true],
      ['2022-03-01', '2022-03-10', true],
      ['2022-03-11', '2022-03-20', true],
      ['2024-02-21', '2024-02-29', true],
      ['2023-02-21', '2023-02-28', true],
      ['2022-07', '2022-10', undefined],
    ]);
    // Never silently: each window is said at its cell (a span of days is no reading, and is not), in English and Russian.
    const said = r.problems.filter((p) => p.code === 'date-window');
    expect(said.map((p) => `${p.path}: ${p.message}`).slice(0, 2)).toEqual([
      'row 3, column "date": "III квартал 2022" was read as a date between 2022-07 and 2022-09',
      'row 4, column "date": "Q3 2022" was read as a date between 2022-07 and 2022-09',
    ]);
    expect(said).toHaveLength(9);
    expect(said[3]!.message).toBe('"начало марта 2022" was read as a date between 2022-03-01 and 2022-03-10, marked approximate (where such a part of a month ends is a reading)');
    expect(problemText(said[3]!, ru)).toBe('«начало марта 2022» прочитано как дата между 2022-03-01 и 2022-03-10; дата помечена как приблизительная (где кончается такая часть месяца — вопрос прочтения)');
    // Beside a date end of its own, a quarter is read from its start to that end (next test); a span is no date there.
    expect(r.problems.filter((p) => p.code === 'invalid-date')).toEqual([]);
  });

  it("reads a quarter or a part of a month beside the row's own date end from the period's start to that end, says so at the cell in English and Russian, and leaves out a row whose end is before that start, saying which dates conflict", () => {
    // Before, each such row was left out: '"III квартал 2022" is not a valid date (use 2022, …)'.
    const rows = [
      ['III квартал 2022', '2022-12-15'],
      ['Q3 2022', '2022-08'],
      ['начало марта 2022', '25.03.2022'],
      ['late February 2023', '2023-03-02'],
      ['Q3 2022', '2022-05-01'],
    ];
    const csv = `date;approximate;date end;kind;from;title;summary;source 1 title;source 1 publisher\n${rows.map(([d, end]) => `${d};;${end};letter;NASA;T;S;A;B`).join('\n')}\nearly March 2022;нет;;letter;NASA;T;S;A;B\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.approximate])).toEqual([
      ['2022-07', '2022-12-15', undefined],
      ['2022-07', '2022-08', undefined],
      ['2022-03-01', '2022-03-25', true],
      ['2023-02-21', '2023-03-02', true],
      // The approximate column saying "no" does not undo what the note says was done.
      ['2022-03-01', '2022-03-10', true],
    ]);
    const said = r.problems.filter((p) => p.code === 'date-window');
    expect(said.map((p) => `${p.path}: ${p.message}`).slice(0, 3)).toEqual([
      'row 2, column "date": "III квартал 2022" was read as a date from 2022-07, where the period it writes begins, to the row\'s date end',
      'row 3, column "date": "Q3 2022" was read as a date from 2022-07, where the period it writes begins, to the row\'s date end',
      'row 4, column "date": "начало марта 2022" was read as a date from 2022-03-01, where the period it writes begins, to the row\'s date end, marked approximate (where such a part of a month begins is a reading)',
    ]);
    expect(said.slice(0, 3).map((p) => placeText(p.path, ru) + ': ' + problemText(p, ru))).toEqual([
      'строка 2, столбец «date»: «III квартал 2022» прочитано как дата с 2022-07, где начинается записанный период, до даты окончания в этой строке',
      'строка 3, столбец «date»: «Q3 2022» прочитано как дата с 2022-07, где начинается записанный период, до даты окончания в этой строке',
      'строка 4, столбец «date»: «начало марта 2022» прочитано как дата с 2022-03-01, где начинается записанный период, до даты окончания в этой строке; дата помечена как приблизительная (где начинается такая часть месяца — вопрос прочтения)',
    ]);
    // An end before the quarter begins: both cells said, the event left out, not moved.
    expect(r.problems.filter((p) => p.path.startsWith('row 6')).map(problemToString)).toEqual([
      'row 6, column "date": "Q3 2022" was read as a date from 2022-07, where the period it writes begins, to the row\'s date end',
      'row 6, column "date end": "2022-05-01" is before date "2022-07": the event was left out',
    ]);
  });

  it("says once, at the first cell, that Excel serial day numbers were read in the 1900 date system and what they are in a 1904 workbook (Excel for Mac's option), in English and Russian", () => {
    // Before, a serial day was read as 1900-system silently: from a 1904 workbook every date was 4 years and 1 day early, unsaid.
    const csv = 'id;date;date end;kind;from;title;summary;source 1 title;source 1 publisher;source 1 date\na;2022-03-01;;letter;NASA;T;S;A;B;\nb;44632;44634,5;letter;NASA;T;S;A;B;44630\nc;44700;;letter;NASA;T;S;A;B;\n';
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.sources[0]?.date])).toEqual([
      ['2022-03-01', undefined, undefined],
      ['2022-03-12', '2022-03-14', '2022-03-10'],
      ['2022-05-19', undefined, undefined],
    ]);
    const said = r.problems.filter((p) => p.code === 'serial-date');
    expect(said.map(problemToString)).toEqual([
      'row 3, column "date": "44632" is an Excel serial day number: it was read in Excel\'s usual 1900 date system, as 2022-03-12, and so were 3 other dates; in a workbook set to the 1904 date system (an option of Excel for Mac) it is 2026-03-13, 4 years and 1 day later: if so, format the cells as dates in the workbook and save it as CSV again',
    ]);
    expect(`${placeText(said[0]!.path, ru)}: ${problemText(said[0]!, ru)}`).toBe(
      'строка 3, столбец «date»: «44632» — порядковый номер дня в Excel: он прочитан в обычной для Excel системе дат 1900 года, как 2022-03-12, так же прочитаны ещё 3 даты; в книге с системой дат 1904 года (настройка Excel для Mac) это 2026-03-13, на 4 года и 1 день позже: тогда задайте ячейкам формат даты и снова сохраните книгу как CSV',
    );
    // One serial alone: no count; a file with none: no note.
    expect(strings('date;kind;from;title;summary\n44632;letter;NASA;T;S\n').filter((p) => p.includes('serial'))).toEqual([
      'row 2, column "date": "44632" is an Excel serial day number: it was read in Excel\'s usual 1900 date system, as 2022-03-12; in a workbook set to the 1904 date system (an option of Excel for Mac) it is 2026-03-13, 4 years and 1 day later: if so, format the cells as dates in the workbook and save it as CSV again',
    ]);
    expect(importInput('date;kind;from;title;summary\n12.03.2022;letter;NASA;T;S\n').problems.filter((p) => p.code === 'serial-date')).toEqual([]);
  });

  it('reads a quarter or a part of a month in the date end cell as where that period ends, saying so at the cell in English and Russian', () => {
    // Before, such a row was left out: '"IV квартал 2022" is not a valid date (use 2022, …)'.
    const rows = [
      ['III квартал 2022', 'IV квартал 2022'],
      ['2022-03-01', 'конец марта 2022'],
      ['Q1 2022', 'Q3 2022'],
    ];
    const csv = `date end;date;kind;from;title;summary;source 1 title;source 1 publisher\n${rows.map(([d, end]) => `${end};${d};letter;NASA;T;S;A;B`).join('\n')}\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.approximate])).toEqual([
      ['2022-07', '2022-12', undefined],
      ['2022-03-01', '2022-03-31', true],
      ['2022-01', '2022-09', undefined],
    ]);
    const said = r.problems.filter((p) => p.code === 'date-window' && p.path.endsWith('"date end"'));
    expect(said.map(problemToString)).toEqual([
      'row 2, column "date end": "IV квартал 2022" was read as a date end of 2022-12, where the period it writes ends',
      'row 3, column "date end": "конец марта 2022" was read as a date end of 2022-03-31, where the period it writes ends, marked approximate (where such a part of a month ends is a reading)',
      'row 4, column "date end": "Q3 2022" was read as a date end of 2022-09, where the period it writes ends',
    ]);
    expect(problemText(said[0]!, ru)).toBe('«IV квартал 2022» прочитано как дата окончания 2022-12, где кончается записанный период');
    expect(r.problems.filter((p) => p.code === 'invalid-date')).toEqual([]);
  });

  it('reads an approximate year (~2022, около 2022, ca. 2022, c. 2022, circa 2022) as that year marked approximate, in the date or date end cell, saying so at the cell in English and Russian', () => {
    // Before, each such row was left out: '"~2022" is not a valid date (use 2022, …)'.
    const cells = ['~2022', 'около 2022', 'ca. 2022', 'c. 2022', 'circa 2022', 'примерно 2022 года', 'около 12 марта 2022 г.', 'circa March 2022'];
    const csv = `date;date end;approximate;kind;from;title;summary;source 1 title;source 1 publisher\n${cells.map((d) => `${d};;;letter;NASA;T;S;A;B`).join('\n')}\n2021;~2023;нет;letter;NASA;T;S;A;B\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.approximate])).toEqual([
      ...['2022', '2022', '2022', '2022', '2022', '2022', '2022-03-12', '2022-03'].map((d) => [d, undefined, true]),
      // In the date end too; the approximate column's "нет" does not undo what the note says.
      ['2021', '2023', true],
    ]);
    const said = r.problems.filter((p) => p.code === 'approximate-date');
    expect(said).toHaveLength(9);
    expect(said.slice(0, 2).map(problemToString)).toEqual(['row 2, column "date": "~2022" was read as 2022, marked approximate', 'row 3, column "date": "около 2022" was read as 2022, marked approximate']);
    expect(`${placeText(said[1]!.path, ru)}: ${problemText(said[1]!, ru)}`).toBe('строка 3, столбец «date»: «около 2022» прочитано как 2022; дата помечена как приблизительная');
    expect(problemToString(said[8]!)).toBe('row 10, column "date end": "~2023" was read as 2023, marked approximate');
    expect(r.problems.filter((p) => p.code === 'invalid-date')).toEqual([]);
    // A mark with no date after it, or before what is no date, is no date: said as the sheet writes it.
    expect(strings('date;kind;from;title;summary\n~;letter;NASA;T;S\nоколо весны 2022;letter;NASA;T;S\n').filter((p) => p.includes('not a valid date'))).toEqual([
      'row 2, column "date": "~" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out',
      'row 3, column "date": "около весны 2022" is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00): the event was left out',
    ]);
  });

  it('reads a span of days marked approximate (около 7–8 марта 2022, ~7–10 March 2022, c. March 7–10, 2022) as the span marked approximate, saying so at the cell in English and Russian', () => {
    // Before, each such row was left out: '"около 7–8 марта 2022" is not a valid date (use 2022, …)'.
    const cells = ['около 7–8 марта 2022', '~7–10 March 2022', 'c. March 7–10, 2022', 'примерно с 7 по 10 марта 2022 года'];
    const csv = `date;date end;kind;from;title;summary;source 1 title;source 1 publisher\n${cells.map((d) => `${d};;letter;NASA;T;S;A;B`).join('\n')}\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd, e.approximate])).toEqual([
      ['2022-03-07', '2022-03-08', true],
      ['2022-03-07', '2022-03-10', true],
      ['2022-03-07', '2022-03-10', true],
      ['2022-03-07', '2022-03-10', true],
    ]);
    const said = r.problems.filter((p) => p.code === 'approximate-date');
    expect(said).toHaveLength(4);
    expect(problemToString(said[1]!)).toBe('row 3, column "date": "~7–10 March 2022" was read as 2022-03-07 – 2022-03-10, marked approximate');
    expect(`${placeText(said[0]!.path, ru)}: ${problemText(said[0]!, ru)}`).toBe('строка 2, столбец «date»: «около 7–8 марта 2022» прочитано как 2022-03-07 – 2022-03-08; дата помечена как приблизительная');
    expect(r.problems.filter((p) => p.code === 'invalid-date')).toEqual([]);
  });

  it("reads LibreOffice's 12.03.22 (its short date in a Russian locale) as spreadsheets read a two-digit year, 1930 to 2029, and says so at each cell", () => {
    // Every such event was left out before: "12.03.22" is not a valid date.
    const csv = 'id;date;date end;kind;from;title;summary;source 1 title;source 1 publisher;source 1 date\na;12.03.22;02.04.22;Письмо;НАСА;T;S;И;ТАСС;11.03.22 13:43\nb;25.12.30;;Письмо;НАСА;T;S;И;ТАСС;\nc;03/12/22;;Письмо;НАСА;T;S;И;ТАСС;\nd;12-03-22;;Письмо;НАСА;T;S;И;ТАСС;\n';
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.id, e.date, e.dateEnd, e.sources[0]?.date])).toEqual([
      ['a', '2022-03-12', '2022-04-02', '2022-03-11'],
      ['b', '1930-12-25', undefined, undefined],
      ['c', '2022-12-03', undefined, undefined],
    ]);
    const problems = r.problems.filter((p) => p.code === 'short-year');
    expect(problems.map(problemToString)).toEqual([
      'row 2, column "date": "12.03.22" has a two-digit year: it was read as 2022-03-12, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
      'row 2, column "date end": "02.04.22" has a two-digit year: it was read as 2022-04-02, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
      'row 2, column "source 1 date": "11.03.22 13:43" has a two-digit year: it was read as 2022-03-11, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
      'row 3, column "date": "25.12.30" has a two-digit year: it was read as 1930-12-25, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
      'row 4, column "date": "03/12/22" has a two-digit year: it was read as 2022-12-03, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
    ]);
    expect(`${placeText(problems[0]!.path, ru)}: ${problemText(problems[0]!, ru)}`).toBe(
      'строка 2, столбец «date»: в дате «12.03.22» год записан двумя цифрами: она прочитана как 2022-03-12, как такие годы читают электронные таблицы (1930–2029); для надёжности запишите год полностью',
    );
    // A hyphen date with two digits at either end (12-03-22, 22-03-12) reads either way round: still refused.
    expect(r.problems.filter((p) => p.path === 'row 5, column "date"').map((p) => p.code)).toEqual(['invalid-date']);
  });

  it("reads a date as Excel's long date writes it, the month by its Russian or English name (12 марта 2022 г.), and refuses a day that does not exist or a word that is no month", () => {
    // Each of these events was left out before: "12 марта 2022 г." is not a valid date.
    const dates = ['12 марта 2022 г.', '1 мая 2022', '2 сент. 2022 г.', '3\u00a0дек\u00a02022\u00a0г.', '12 March 2022', '4 Jun 2022', '31 февраля 2022', '12 марсохода 2022'];
    const csv = `id;date;kind;from;title;summary;source 1 title;source 1 publisher\n${dates.map((d, i) => `e${i};${d};Письмо;НАСА;T;S;И;ТАСС`).join('\n')}\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.id, e.date])).toEqual([
      ['e0', '2022-03-12'],
      ['e1', '2022-05-01'],
      ['e2', '2022-09-02'],
      ['e3', '2022-12-03'],
      ['e4', '2022-03-12'],
      ['e5', '2022-06-04'],
    ]);
    expect(r.problems.filter((p) => p.code === 'invalid-date').map((p) => p.path)).toEqual(['row 8, column "date"', 'row 9, column "date"']);
  });

  it('reads an id written with capitals, Cyrillic, spaces or "_" (A1, п1, let 2, x_y) as its slug, in "in reply to" too, and keeps the event', () => {
    // Each of these events was left out before: '"A1" must use only a-z, 0-9 and "-": the event was left out'; so was a reply to one.
    const r = importInput(
      'id;date;kind;from;title;summary;in reply to;source 1 title;source 1 publisher\n' +
        'п1;07.03.2022;Письмо;НАСА;T;S;;И;ТАСС\n' +
        'A1;07.03.2022;Письмо;НАСА;T;S;п1;И;ТАСС\n' +
        'let 2;07.03.2022;Письмо;НАСА;T;S;A1, п1;И;ТАСС\n' +
        'x_y;07.03.2022;Письмо;НАСА;T;S;let 2;И;ТАСС\n' +
        'b;07.03.2022;Письмо;НАСА;T;S;Нет такого;И;ТАСС\n',
    );
    expect(r.dataset?.events.map((e) => [e.id, e.inReplyTo])).toEqual([
      ['p1', undefined],
      ['a1', ['p1']],
      ['let-2', ['a1', 'p1']],
      ['x-y', ['let-2']],
      ['b', undefined],
    ]);
    const said = r.problems.filter((p) => p.code === 'bad-format');
    expect(said.map(problemToString)).toEqual([
      'row 2, column "id": "п1" is not an id (only a-z, 0-9 and "-"): it was read as "p1", in "in reply to" too',
      'row 3, column "id": "A1" is not an id (only a-z, 0-9 and "-"): it was read as "a1", in "in reply to" too',
      'row 4, column "id": "let 2" is not an id (only a-z, 0-9 and "-"): it was read as "let-2", in "in reply to" too',
      'row 5, column "id": "x_y" is not an id (only a-z, 0-9 and "-"): it was read as "x-y", in "in reply to" too',
    ]);
    expect(problemText(said[0]!, ru)).toBe('«п1» — не идентификатор (только a-z, 0-9 и «-»): он прочитан как «p1», и в «in reply to» тоже');
    // A reply to no row's id is a link to no event, said, and the event kept (it was left out).
    expect(r.problems.filter((p) => p.code === 'missing-reply').map(problemToString)).toEqual(['row 6, column "in reply to": no valid event has id "net-takogo" (link ignored)']);
  });

  it('keeps a row that repeats an earlier row\'s id under a new id, said with both rows, in English and Russian', () => {
    // Before, the second row was left out: 'row 3, column "id": duplicate id "a" (first used by row 2): the event was left out'.
    const r = importInput('id,date,kind,from,title,summary,in reply to\na,2022-03-07,letter,NASA,T,S,\na,2022-03-08,letter,NASA,T2,S2,\na-2,2022-03-09,letter,NASA,T3,S3,a\na,2022-03-10,letter,NASA,T4,S4,\n', { fallbackTitle: 'x' });
    expect(r.dataset?.events.map((e) => [e.id, e.title])).toEqual([['a', 'T'], ['a-3', 'T2'], ['a-2', 'T3'], ['a-4', 'T4']]);
    // A reply to the id is to its first row.
    expect(r.dataset?.events[2]?.inReplyTo).toEqual(['a']);
    const said = r.problems.filter((p) => p.code === 'renamed-id');
    expect(said.map(problemToString)).toEqual([
      'row 3, column "id": id "a" is already used by row 2: this event was kept as "a-3"',
      'row 5, column "id": id "a" is already used by row 2: this event was kept as "a-4"',
    ]);
    expect(said.every((p) => p.leftOut === undefined)).toBe(true);
    expect(problemText(said[0]!, ru)).toBe('идентификатор «a» уже занят (строка 2): это событие сохранено как «a-3»');
    expect(r.droppedEvents).toBe(0);
  });

  it('keeps the id of a row whose earlier namesake was left out, and says nothing of a repeat', () => {
    // Before, row 3 was renamed "a-2" and said to repeat row 2, which was itself left out for its date.
    const r = importInput('id,date,kind,from,title,summary\na,2022-02-30,letter,NASA,T,S\na,2022-03-01,letter,NASA,T2,S2\n', { fallbackTitle: 'x' });
    expect(r.dataset?.events.map((e) => [e.id, e.title])).toEqual([['a', 'T2']]);
    expect(r.problems.filter((p) => p.code === 'renamed-id')).toEqual([]);
    expect(r.droppedEvents).toBe(1);
  });

  it('an id written two ways that read as one (a1 and A1) is a repeated id: the second row is kept as a1-2', () => {
    const r = importInput('id,date,kind,from,title,summary,source 1 title,source 1 publisher\na1,2022-03-07,letter,NASA,T,S,A,B\nA1,2022-03-07,letter,NASA,T,S,A,B\n');
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['a1', 'a1-2']);
    expect(r.problems.filter((p) => p.code === 'renamed-id').map((p) => p.path)).toEqual(['row 3, column "id"']);
  });

  it("reads a quote's language by its name (русский, English) and leaves out only the quote or translation whose language is neither a tag nor a name, keeping the event", () => {
    // Before, "русский" left the whole event out: '"русский" is not a BCP 47 language tag such as "ru" or "en-GB": the event was left out'.
    const r = importInput(
      'id;date;kind;from;title;summary;quote 1 text;quote 1 lang;quote 1 translation;quote 1 translation lang;source 1 title;source 1 publisher\n' +
        'd;07.03.2022;Письмо;НАСА;T;S;цитата;русский;quote;Английский;И;ТАСС\n' +
        'e;07.03.2022;Письмо;НАСА;T;S;цитата;Russian;quote;en-GB;И;ТАСС\n' +
        'f;07.03.2022;Письмо;НАСА;T;S;цитата;по-русски;quote;en;И;ТАСС\n' +
        'g;07.03.2022;Письмо;НАСА;T;S;цитата;ru;quote;англ.;И;ТАСС\n',
    );
    expect(r.dataset?.events.map((e) => [e.id, e.quotes])).toEqual([
      ['d', [{ text: 'цитата', lang: 'ru', translation: { text: 'quote', lang: 'en' } }]],
      ['e', [{ text: 'цитата', lang: 'ru', translation: { text: 'quote', lang: 'en-GB' } }]],
      ['f', undefined],
      ['g', [{ text: 'цитата', lang: 'ru' }]],
    ]);
    const said = r.problems.filter((p) => p.code === 'bad-format');
    expect(said.map(problemToString)).toEqual([
      'row 4, column "quote 1 lang": "по-русски" is neither a language tag such as "ru" or "en-GB" nor a language\'s name: the quote was left out',
      'row 5, column "quote 1 translation lang": "англ." is neither a language tag such as "ru" or "en-GB" nor a language\'s name: the translation was left out',
    ]);
    expect(said.map((p) => problemText(p, ru))).toEqual([
      '«по-русски» — не языковой тег (например, «ru» или «en-GB») и не название языка: цитата пропущена',
      '«англ.» — не языковой тег (например, «ru» или «en-GB») и не название языка: перевод пропущен',
    ]);
  });

  it('keeps a row whose summary is still empty, its title repeated as the summary, and says so (a row without a title or a summary is still left out)', () => {
    // Before, the row was left out: 'row 3, column "summary": is required: the event was left out'.
    const r = importInput('id,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-07,letter,NASA,First,Text,A,B\nb,2022-03-08,letter,NASA,Second,,A,B\nc,2022-03-09,letter,NASA,,,A,B\n');
    expect(r.dataset?.events.map((e) => [e.id, e.title, e.summary])).toEqual([
      ['a', 'First', 'Text'],
      ['b', 'Second', 'Second'],
    ]);
    const noSummary = r.problems.filter((p) => p.code === 'no-summary');
    expect(noSummary.map(problemToString)).toEqual(['row 3, column "summary": is empty: the summary repeats the title']);
    expect(problemText(noSummary[0]!, ru)).toBe('нет описания: повторён заголовок');
    expect(r.problems.filter((p) => p.leftOut === 'event').map(problemToString)).toEqual([
      'row 4, column "title": is required: the event was left out',
      'row 4, column "summary": is required: the event was left out',
    ]);
  });

  it("keeps a row whose title is empty, titled from its summary's first line, its id made from that title, and says so", () => {
    // Before, the row was left out: 'row 2, column "title": is required: the event was left out'.
    const long = `${'Rogozin writes to NASA, ESA and CSA asking them to lift the sanctions on the ISS contractors'} by the end of March.`;
    const r = importInput(`date,kind,from,title,summary,source 1 title,source 1 publisher\n2022-03-07,letter,NASA,,"Letter to NASA\nIts second line",A,B\n2022-03-08,letter,NASA,,"${long}",A,B\n`);
    expect(r.dataset?.events.map((e) => [e.id, e.title])).toEqual([
      ['letter-to-nasa', 'Letter to NASA'],
      ['rogozin-writes-to-nasa-esa-and-csa-asking-them-to-lift-the-s', 'Rogozin writes to NASA, ESA and CSA asking them to lift the sanctions on the…'],
    ]);
    const noTitle = r.problems.filter((p) => p.code === 'no-title' && p.path !== '(file)');
    expect(noTitle.map(problemToString)).toEqual([
      'row 2, column "title": is empty: the title is made from the summary, "Letter to NASA"',
      'row 3, column "title": is empty: the title is made from the summary, "Rogozin writes to NASA, ESA and CSA asking them to lift the sanctions on the…"',
    ]);
    expect(problemText(noTitle[0]!, ru)).toBe('пусто: заголовок составлен из описания — «Letter to NASA»');
  });

  it('titles a row whose title cell has no visible character from its summary, as an empty one, and says what the cell held', () => {
    // Before, a zero-width space counted as a title: the event was kept with a blank mark, list row and heading, and no problem.
    const r = importInput('date,kind,from,title,summary,source 1 title,source 1 publisher\n2022-03-07,letter,NASA,\u200b,Letter to NASA,A,B\n2022-03-08,letter,NASA,\u202e\u00ad,,A,B\n');
    expect(r.dataset?.events.map((e) => [e.id, e.title])).toEqual([['letter-to-nasa', 'Letter to NASA']]);
    const said = r.problems.filter((p) => p.path.startsWith('row ')).map(problemToString);
    expect(said).toContain('row 2, column "title": has no visible character ("\\u200b"): the title is made from the summary, "Letter to NASA"');
    // Without a summary to title it, the row is left out, said at its title, as a title of spaces is.
    expect(said).toContain('row 3, column "title": has no visible character ("\\u202e\\u00ad"): the event was left out');
    const noTitle = r.problems.find((p) => p.code === 'no-title' && p.path.startsWith('row 2'))!;
    expect(problemText(noTitle, ru)).toBe('нет ни одного видимого символа («\\u200b»): заголовок составлен из описания — «Letter to NASA»');
  });

  it('says a from or to cell with no visible character once, as what it held, and makes up no actor for it', () => {
    // Before, "row 2, column "from": has no visible character ("\u202e")" was followed by "unknown actor "actor"": an id made up from an empty slug.
    const r = importInput('date,kind,from,title,summary\n2022-03-07,letter,\u202e,T,S\n');
    expect(r.problems.filter((p) => p.path.startsWith('row ')).map(problemToString)).toEqual(['row 2, column "from": has no visible character ("\\u202e"): the event was left out']);
    expect(problemText(r.problems[0]!, ru)).toBe('нет ни одного видимого символа («\\u202e»): событие пропущено');
    // A zero-width space alone is said as such too, not as an empty cell (nor as a merged cell's, with a sender above).
    const zw = importInput('date,kind,from,title,summary,source 1 title,source 1 publisher\n2022-03-06,letter,NASA,A,S,A,B\n2022-03-07,letter,\u200b,T,S,A,B\n');
    expect(zw.problems.filter((p) => p.path.startsWith('row ')).map(problemToString)).toEqual(['row 3, column "from": has no visible character ("\\u200b"): the event was left out']);
    // A recipient of the kind is left out, the event and its other recipients kept.
    const to = importInput('date,kind,from,to,title,summary,source 1 title,source 1 publisher\n2022-03-07,letter,NASA,ESA; \u202e,T,S,A,B\n');
    expect(to.dataset?.events.map((e) => e.to)).toEqual([['esa']]);
    expect(to.dataset?.actors.map((a) => a.id)).toEqual(['nasa', 'esa']);
    expect(to.problems.filter((p) => p.path.startsWith('row ')).map(problemToString)).toEqual(['row 2, column "to": has no visible character ("\\u202e"): it was left out']);
  });

  it('says an actor written another way that makes the same id (NASA, НАСА; Roscosmos, Roscosmos.) is added as another actor, declared actors or not', () => {
    // Before, a sheet without #actor rows got a second NASA lane, "nasa-2", without a word.
    const r = importInput(
      'date,kind,from,to,title,summary,source 1 title,source 1 publisher\n' +
        '2022-03-07,letter,NASA,Roscosmos,A,S,A,B\n2022-03-08,letter,НАСА,Roscosmos,B,S,A,B\n2022-03-09,letter,nasa,Roscosmos.,C,S,A,B\n2022-03-10,letter,ESA,Роскосмос,D,S,A,B\n',
    );
    expect(r.dataset?.actors.map((a) => [a.id, a.name])).toEqual([
      ['nasa', 'NASA'],
      ['roscosmos', 'Roscosmos'],
      ['nasa-2', 'НАСА'],
      ['roscosmos-2', 'Roscosmos.'],
      ['esa', 'ESA'],
      ['roskosmos', 'Роскосмос'],
    ]);
    const said = r.problems.filter((p) => p.code === 'actor-added');
    expect(said.map(problemToString)).toEqual([
      'row 3, column "from": "НАСА" reads as the same id as "NASA", but is written otherwise: added as another actor, "nasa-2"; if it is the same one, write it "NASA"',
      'row 4, column "to": "Roscosmos." reads as the same id as "Roscosmos", but is written otherwise: added as another actor, "roscosmos-2"; if it is the same one, write it "Roscosmos"',
    ]);
    expect(problemText(said[0]!, ru)).toBe('«НАСА» даёт тот же идентификатор, что и «NASA», но написано иначе: добавлен другой участник, «nasa-2»; если это тот же участник, напишите «NASA»');
  });

  it('reads a month without a day (март 2022, 03.2022, Excel\'s мар.22 and Mar-22) to the month, and a year or a date followed by "г." as written without it', () => {
    // Each of these events was left out before: "март 2022" is not a valid date (use 2022, 2022-03, …).
    const dates = ['март 2022', 'Март 2022 г.', 'March 2022', 'сент. 2022', '03.2022', '3/2022', 'мар.22', 'Mar-22', '2022 г.', '07.03.2022 г.', '13.2022', 'марсоход 2022', 'мар.2'];
    const csv = `id;date;kind;from;title;summary;source 1 title;source 1 publisher\n${dates.map((d, i) => `e${i};${d};Письмо;НАСА;T;S;И;ТАСС`).join('\n')}\n`;
    const r = importInput(csv);
    expect(r.dataset?.events.map((e) => [e.id, e.date])).toEqual([
      ['e0', '2022-03'],
      ['e1', '2022-03'],
      ['e2', '2022-03'],
      ['e3', '2022-09'],
      ['e4', '2022-03'],
      ['e5', '2022-03'],
      ['e6', '2022-03'],
      ['e7', '2022-03'],
      ['e8', '2022'],
      ['e9', '2022-03-07'],
    ]);
    // A two-digit year is said, as for 12.03.22.
    expect(r.problems.filter((p) => p.code === 'short-year').map(problemToString)).toEqual([
      'row 8, column "date": "мар.22" has a two-digit year: it was read as 2022-03, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
      'row 9, column "date": "Mar-22" has a two-digit year: it was read as 2022-03, as spreadsheets read such years (1930 to 2029); write the year in full to be sure',
    ]);
    // A month 13, a word that is no month, a one-digit year: refused as before.
    expect(r.problems.filter((p) => p.code === 'invalid-date').map((p) => p.path)).toEqual(['row 12, column "date"', 'row 13, column "date"', 'row 14, column "date"']);
  });

  it('reads a kind or a status typed with a look-alike letter of the other alphabet (Пиcьмо with a Latin "c") as the word it looks like, and says which letters', () => {
    // The event was left out before: "«Пиcьмо» — недопустимое значение (допустимы: «Письмо», …)", which looks like the value itself.
    const r = importInput('id;date;kind;from;title;summary;verification;source 1 title;source 1 publisher\na;12.03.2022;Пиcьмо;НАСА;T;S;Пoдтверждено;И;ТАСС\nb;12.03.2022;Lettеr;НАСА;T;S;;И;ТАСС\nc;12.03.2022;Пиcьмa1;НАСА;T;S;;И;ТАСС\n');
    expect(r.dataset?.events.map((e) => [e.id, e.kind, e.verification?.status])).toEqual([
      ['a', 'letter', 'confirmed'],
      ['b', 'letter', undefined],
    ]);
    const mixed = r.problems.filter((p) => p.code === 'mixed-script');
    expect(mixed.map(problemToString)).toEqual([
      'row 2, column "kind": "Пиcьмо" mixes Latin and Cyrillic letters in one word (in Latin: "c"): it was read as the same word typed in one alphabet, "Letter"',
      'row 2, column "verification": "Пoдтверждено" mixes Latin and Cyrillic letters in one word (in Latin: "o"): it was read as the same word typed in one alphabet, "Confirmed"',
      'row 3, column "kind": "Lettеr" mixes Latin and Cyrillic letters in one word (in Cyrillic: "е"): it was read as the same word typed in one alphabet, "Letter"',
    ]);
    expect(problemText(mixed[0]!, ru)).toBe('в «Пиcьмо» в одном слове смешаны латинские и кириллические буквы (латиницей: «c»): это прочитано как то же слово, набранное одним алфавитом: «Письмо»');
    // A word that is no kind in either alphabet is refused as before.
    expect(r.problems.filter((p) => p.path === 'row 4, column "kind"').map((p) => p.code)).toEqual(['not-allowed']);
  });

  it("reads an actor named in from or to by the name its #actors row gives in another language (name [ru]) as that actor", () => {
    // Before, "Роскосмос" and "НАСА" became two more actors, "roskosmos" and "nasa-2", each "not declared in an #actor row":
    // two lanes each for one agency, both called «Роскосмос» on a Russian page.
    const r = importInput('#title,T\n#actors,id,name,name [ru]\n#actor,roscosmos,Roscosmos,Роскосмос\n#actor,nasa,NASA,НАСА\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,роскосмос,"НАСА; Roscosmos",T,S,И,И\n');
    expect(r.dataset?.actors.map((a) => a.id)).toEqual(['roscosmos', 'nasa']);
    expect(r.dataset?.events[0]).toMatchObject({ from: 'roscosmos', to: ['nasa', 'roscosmos'] });
    expect(r.problems).toEqual([]);
  });

  it('says of an approximate cell it cannot read which words it reads, ИСТИНА and ЛОЖЬ among them, not JSON\'s true and false alone', () => {
    // Before: «ожидается true или false, а здесь текст «может быть»», on a sheet whose other cells say ИСТИНА and ЛОЖЬ.
    const r = importInput('id;date;approximate;kind;from;title;summary\na;12.03.2022;может быть;Письмо;НАСА;T;S\n');
    const p = r.problems.find((q) => q.path === 'row 2, column "approximate"')!;
    expect(problemToString(p)).toBe('row 2, column "approximate": "может быть" is neither true nor false (TRUE/FALSE, yes/no, x, 1/0 and ИСТИНА/ЛОЖЬ, да/нет are read too): the event was left out');
    expect(problemText(p, ru)).toBe('«может быть» — ни «да», ни «нет»: пишите ИСТИНА или ЛОЖЬ (читаются также да/нет, x, 1/0, TRUE/FALSE и yes/no): событие пропущено');
  });

  it('reads a verification status by its English or Russian name', () => {
    const r = importInput('id,date,kind,from,title,summary,verification\na,2022-03-12,letter,NASA,T,S,Не подтверждено\nb,2022-03-12,letter,NASA,T,S,Confirmed\n');
    expect(r.dataset?.events.map((e) => e.verification?.status)).toEqual(['unconfirmed', 'confirmed']);
  });
});

describe('a quote, source, media item or verification left incomplete', () => {
  /* tests/fixtures/open-file/partial-sets.csv: QA's file; each row has a set with a field missing. */
  const file = readFileSync('tests/fixtures/open-file/partial-sets.csv', 'utf8');

  it('is left out with a problem naming the row, the cell it fills and what to fill in, and the event is kept', () => {
    const r = importInput(file);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['p1', 'p2', 'p3']);
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ eventCount: 3, droppedEvents: 0 });
    expect(r.problems.filter((p) => p.code !== 'unsourced').map(problemToString)).toEqual([
      'row 6, column "quote 1 text": "We will continue" was left out: fill in "quote 1 lang" too',
      'row 6, column "source 1 title": "Title only" was left out: fill in "source 1 publisher" too',
      'row 7, column "media 1 caption": "Caption without url" was left out: fill in "media 1 url" too',
      'row 7, column "verification": "unverified" is not "Confirmed", "Unconfirmed" or "Disputed": the verification was left out',
    ]);
    const [p1, p2, p3] = r.dataset!.events;
    expect(p1).toMatchObject({ verification: { status: 'confirmed' }, sources: [] });
    expect(p1!.quotes).toBeUndefined();
    expect(p2!.media).toBeUndefined();
    expect(p2!.verification).toBeUndefined();
    // A source given only as a link is named after it, not left out (the next describe).
    expect(p2!.sources).toEqual([{ title: 'https://example.org/a', publisher: 'example.org', url: 'https://example.org/a' }]);
    expect(p3!.sources).toEqual([{ title: 'T', publisher: 'P', url: 'https://example.org/b', date: '2022-03-12' }]);
  });

  it('never blames the media kind, which may be empty, for a caption without a URL', () => {
    const r = importInput(file);
    expect(r.problems.some((p) => p.path.includes('media 1 kind'))).toBe(false);
  });

  it('keeps a quote whose translation is incomplete, without the translation, and the sets after one left out keep their own column numbers', () => {
    const r = importInput(
      '#title,T\nid,date,kind,from,title,summary,quote 1 text,quote 1 lang,quote 1 translation,source 1 title,source 2 title,source 2 publisher,source 2 url\n' +
        'a,2022-03-12,letter,NASA,T,S,Слова,ru,Words,Only a title,Report,AP,http://ap.org/x\n',
    );
    expect(r.dataset?.events[0]?.quotes).toEqual([{ text: 'Слова', lang: 'ru' }]);
    expect(r.problems.map(problemToString)).toEqual([
      'row 3, column "quote 1 translation": "Words" was left out: fill in "quote 1 translation lang" too',
      'row 3, column "source 1 title": "Only a title" was left out: fill in "source 1 publisher" too',
      'row 3, column "source 2 url": "http://ap.org/x" is not an https URL (shown as text, not a link, and left out of a downloaded dataset)',
    ]);
  });

  it("says a quote whose text is empty but whose translation is filled at its text's column, naming the translation left out with it, in English and Russian", () => {
    // Before: 'row 3, column "quote 1 lang": "ru" was left out: fill in "quote 1 text" too', the translation gone unnamed.
    const r = importInput(
      '#title,T\nid,date,kind,from,title,summary,quote 1 text,quote 1 lang,quote 1 translation,quote 1 translation lang,quote 2 translation,source 1 title,source 1 publisher\n' +
        'a,2022-03-12,letter,NASA,T,S,,ru,Words,en,More words,R,P\n',
    );
    expect(r.dataset?.events[0]?.quotes).toBeUndefined();
    expect(r.problems.map(problemToString)).toEqual([
      'row 3, column "quote 1 text": is empty, but its translation "Words" is filled: the quote was left out, its translation with it; fill in "quote 1 text" with the words as said (a translation is never shown as the words themselves)',
      'row 3, column "quote 2 text": is empty, but its translation "More words" is filled: the quote was left out, its translation with it; fill in "quote 2 text" and "quote 2 lang" with the words as said (a translation is never shown as the words themselves)',
    ]);
    expect(problemText(r.problems[0]!, ru)).toBe('пусто, но перевод «Words» заполнен: цитата пропущена вместе с переводом; заполните «quote 1 text» словами, как они были сказаны (перевод никогда не показывается вместо самих слов)');
  });

  it('is said in Russian with the value and the columns', () => {
    const problems = importInput(file).problems;
    const text = (code: string) => problems.filter((p) => p.code === code).map((p) => problemText(p, ru));
    expect(text('incomplete-set')).toContain('«Title only» пропущено: заполните также «source 1 publisher»');
    expect(text('not-allowed')).toEqual(['статус проверки «unverified» не подходит (допустимы «Подтверждено», «Не подтверждено» или «Оспаривается»): сведения о проверке пропущены']);
  });
});

describe('a lone source column (source, источник, link, ссылка, url: no number, no field)', () => {
  it('is read as source 1: an address as its url, titled by the address and published by its site; other text as its title', () => {
    // Before, the column was "not a column of this format (ignored)", and every row "Unsourced".
    const r = importInput(
      '#title,T\ndate,kind,from,title,summary,Source\n2022-03-12,letter,NASA,A,S,https://www.tass.ru/science/1\n2022-03-13,letter,NASA,B,S,TASS report\n2022-03-14,letter,NASA,C,S,\n',
    );
    expect(r.dataset?.events.map((e) => e.sources)).toEqual([[{ title: 'https://www.tass.ru/science/1', publisher: 'tass.ru', url: 'https://www.tass.ru/science/1' }], [], []]);
    expect(r.problems.map(problemToString)).toEqual([
      'row 4, column "Source": "TASS report" was left out: fill in "source 1 publisher" too',
      'row 4, column "Source": has no source: the event is shown marked "Unsourced"',
      'row 5, column "Source": has no source: the event is shown marked "Unsourced"',
    ]);
    const ru = importInput('#title,T\nдата,тип,от,заголовок,описание,ссылка\n12.03.2022,Письмо,НАСА,A,S,https://tass.ru/1\n');
    expect(ru.dataset?.events[0]?.sources).toEqual([{ title: 'https://tass.ru/1', publisher: 'tass.ru', url: 'https://tass.ru/1' }]);
    expect(ru.problems).toEqual([]);
  });

  it('never takes the place of a numbered source column on the same sheet: it is the next source, said at its column in English and Russian', () => {
    const r = importInput(
      '#title,T\ndate,kind,from,title,summary,source 1 title,source 1 publisher,url\n2022-03-12,letter,NASA,A,S,Report,AP,https://tass.ru/1\n2022-03-13,letter,NASA,B,S,,,https://tass.ru/2\n',
    );
    expect(r.dataset?.events.map((e) => e.sources)).toEqual([
      [{ title: 'Report', publisher: 'AP' }, { title: 'https://tass.ru/1', publisher: 'tass.ru', url: 'https://tass.ru/1' }],
      [{ title: 'https://tass.ru/2', publisher: 'tass.ru', url: 'https://tass.ru/2' }],
    ]);
    expect(r.problems.map(problemToString)).toEqual(['row 2, column "url": is read as source 2, after the sheet\'s numbered source columns (never in their place)']);
    expect(problemText(r.problems[0]!, ru)).toBe('прочитан как источник 2, после пронумерованных столбцов источников (не вместо них)');
  });
});

describe('a sheet without a column every event needs', () => {
  /* QA's files in tests/fixtures/open-file: no date column; only date and title. */
  const noDate = readFileSync('tests/fixtures/open-file/no-date-col.csv', 'utf8');
  const minimal = readFileSync('tests/fixtures/open-file/minimal-no-meta.csv', 'utf8');

  it('gets one problem at the header naming the missing column and the columns a sheet needs, not one per row', () => {
    const r = importInput(noDate);
    expect(r.fatal).toBe(true);
    expect(r.problems.map(problemToString)).toEqual([
      'row 8: the header has no "date" column: every event needs "date", "kind", "from", "title" and "summary"; the other columns may be left out (see template.csv)',
    ]);
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ eventCount: 1, droppedEvents: 1 });
  });

  it('names every missing column of a sheet with only a date and a title', () => {
    expect(strings(minimal)[0]).toBe(
      'row 1: the header has no "kind", "from" or "summary" column: every event needs "date", "kind", "from", "title" and "summary"; the other columns may be left out (see template.csv)',
    );
  });

  it('is said in Russian', () => {
    expect(problemText(importInput(minimal).problems[0]!, ru)).toBe(
      'в заголовке нет столбца «kind», «from» или «summary»: каждому событию нужны «date», «kind», «from», «title» и «summary»; остальные столбцы необязательны (названия столбцов — по-русски, как в образце template.ru.csv: дата, тип, от, заголовок, описание, — или по-английски)',
    );
  });

  it('tells a Russian reader whose sheet names its columns in Russian which they may be', () => {
    // Russian names are read (columnAliases.ts); a sheet without one every event needs is told the Russian names too.
    const r = importInput('#title;Письма\nдата;от;кому;заголовок;описание\n12.03.2022;НАСА;;Т;С\n');
    expect(problemText(r.problems.find((p) => p.code === 'missing-columns')!, ru)).toContain('по-русски, как в образце template.ru.csv: дата, тип, от, заголовок, описание');
  });

  it('loads with just those five columns', () => {
    const r = importInput('date,kind,from,title,summary\n2022-03-01,letter,NASA,Only these,Five columns\n');
    expect(r.dataset?.events).toEqual([{ id: 'only-these', date: '2022-03-01', kind: 'letter', from: 'nasa', to: [], title: 'Only these', summary: 'Five columns', sources: [] }]);
  });

  it('says that no event is valid about the file, not its header row', () => {
    const r = importInput('#title,T\nid,date,kind,from,title,summary\na,2022-13-45,letter,NASA,T,S\n');
    expect(r.problems.map(problemToString).at(-1)).toBe('(file): the 1 event is not valid');
  });
});

describe('values in problems are quoted as the author wrote them', () => {
  it('a kind, a media kind or a verification status the format does not have keeps its case', () => {
    const r = importInput(
      '#title,T\nid,date,kind,from,title,summary,verification,media 1 kind,media 1 url\n' +
        'a,2022-03-12,Письмецо,NASA,T,S,,,\n' +
        'b,2022-03-12,letter,NASA,T,S,,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==,https://e.org/x.png\n' +
        'c,2022-03-12,letter,NASA,T,S,Unverified,,\n',
    );
    // In the file's order: the importer's (row 5) among the validator's (rows 3 and 4).
    expect(r.problems.filter((p) => p.code !== 'unsourced').map(problemToString)).toEqual([
      'row 3, column "kind": "Письмецо" is not one of "Letter", "Social post", "Statement", "Press report", "Sanction", "Milestone": the event was left out',
      'row 4, column "media 1 kind": "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not one of "image", "link": the media item was left out',
      'row 5, column "verification": "Unverified" is not "Confirmed", "Unconfirmed" or "Disputed": the verification was left out',
    ]);
  });

  it('while the words it has are still read in any case', () => {
    const r = importInput('#title,T\nid,date,kind,from,title,summary,media 1 kind,media 1 url\na,2022-03-12,LETTER,NASA,T,S,Image,https://e.org/x\n');
    expect(r.dataset?.events[0]).toMatchObject({ kind: 'letter', media: [{ kind: 'image', url: 'https://e.org/x' }] });
  });

  it('a TimelineJS type it does not know keeps its case', () => {
    const r = importInput('Year,Month,Day,Headline,Text,Type\n2022,3,12,A,https://e.org/a,Slide\n');
    expect(r.problems.map(problemToString)).toContain('row 2, column "Type": "Slide" is not a TimelineJS type (title, era or empty): read as an ordinary event');
  });
});

describe('a source given only as a link', () => {
  it('is kept, titled with the link and published by its site, and the event is not marked unsourced', () => {
    const r = importInput(
      'date;kind;from;title;summary;source 1 url;source 2 url;source 2 title\n' +
        '01.03.2022;Письмо;Минфин;Письмо о ставке;S;https://www.example.org/news/a;https://tass.ru/b;Заметка ТАСС\n',
    );
    expect(r.dataset?.events[0]?.sources).toEqual([
      { title: 'https://www.example.org/news/a', publisher: 'example.org', url: 'https://www.example.org/news/a' },
      { title: 'Заметка ТАСС', publisher: 'tass.ru', url: 'https://tass.ru/b' },
    ]);
    expect(r.problems.map((p) => p.code)).not.toContain('incomplete-set');
    expect(r.problems.map((p) => p.code)).not.toContain('unsourced');
  });

  it('is left out as before when the link names no site', () => {
    const r = importInput('date,kind,from,title,summary,source 1 url\n2022-03-01,letter,NASA,T,S,example.org/a\n');
    expect(r.dataset?.events[0]?.sources).toEqual([]);
    expect(r.problems.map(problemToString)).toContain(
      'row 2, column "source 1 url": "example.org/a" was left out: fill in "source 1 title" and "source 1 publisher" too',
    );
  });
});

describe('a sheet that heads its columns in Russian', () => {
  it('is told the columns it lacks by their Russian names, as it names the others', () => {
    // Before: 'fill in "source 1 publisher" too' and 'column "source 1 title": has no source' on a sheet of «дата», «источник 1 название».
    const r = importInput('дата;тип;от;заголовок;описание;источник 1 название\n01.03.2022;письмо;Минфин;A;S;Письмо\n02.03.2022;письмо;Минфин;B;S;\n');
    expect(r.problems.map(problemToString)).toEqual([
      'row 2, column "источник 1 название": "Письмо" was left out: fill in "источник 1 издание" too',
      'row 2, column "источник 1 название": has no source: the event is shown marked "Unsourced"',
      'row 3, column "источник 1 название": has no source: the event is shown marked "Unsourced"',
      '(file): has no #title row: the timeline is called "Untitled dataset"',
    ]);
    expect(strings('дата;тип;от;описание\n01.03.2022;письмо;Минфин;S\n')).toEqual([
      'row 1: the header has no "заголовок" column: every event needs "дата", "тип", "от", "заголовок" and "описание"; the other columns may be left out (see template.csv)',
    ]);
  });

  it('names a column it lacks in English when its columns are headed in English', () => {
    expect(importInput('date,kind,from,title,summary\n2022-03-01,letter,NASA,A,S\n').problems.map(problemToString)).toContain(
      'row 2, column "source 1 title": has no source: the event is shown marked "Unsourced"',
    );
  });
});

describe('a header row repeated lower down, as when two sheets are pasted one under the other', () => {
  it('is skipped and said at its row, in English and Russian, however its names are cased or padded; the rows under it are read', () => {
    // Before: 'row 3, column "date": "date" is not a valid date …' and '"kind" is not one of …', the row called a bad event.
    const r = importInput(`#title,T\n${ACTORS}${HEADER}\n${ROW}\n ID , Date,KIND,From,To,Title,Summary,Source 1 Title,source 1 publisher,,\n${ROW.replace('demand,', 'second,')}\n`);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['demand', 'second']);
    const repeated = r.problems.filter((p) => p.code === 'unknown-row');
    expect(r.problems.map(problemToString)).toEqual(['row 6: repeats the header row (row 4), as when two sheets are pasted together: it was skipped']);
    expect(problemText(repeated[0]!, ru)).toBe('повторяет строку заголовков (строка 4) — так бывает, когда два листа вставлены один под другим: пропущена');
    // A sheet headed in Russian repeats its Russian header; a copy with fewer columns (the second sheet narrower) is one too.
    const russian = importInput('дата;тип;от;заголовок;описание\n01.03.2022;письмо;Роскосмос;Письмо;Текст\nДата;Тип;От;Заголовок\n02.03.2022;письмо;Роскосмос;Второе;Текст\n', { fallbackTitle: 'x' });
    expect(russian.dataset?.events.map((e) => e.title)).toEqual(['Письмо', 'Второе']);
    expect(russian.problems.filter((p) => p.code === 'unknown-row').map(problemToString)).toEqual(['row 3: repeats the header row (row 1), as when two sheets are pasted together: it was skipped']);
  });

  it('is only a row whose every cell names its own column, half the header at least: an event titled "title" is an event', () => {
    const r = importInput(`#title,T\n${ACTORS}${HEADER}\n${ROW.replace('Demand,', 'title,')}\n`);
    expect(r.problems.filter((p) => p.code === 'unknown-row')).toEqual([]);
    expect(r.dataset?.events.map((e) => e.title)).toEqual(['title']);
    // An event titled "title" with the summary "summary", its date, kind and sender left blank (a merged cell): said as that, not as a header.
    const merged = importInput('date,kind,from,title,summary\n2022-03-02,letter,NASA,A,s\n,,,title,summary\n', { fallbackTitle: 'x' });
    expect(merged.problems.filter((p) => p.code === 'unknown-row')).toEqual([]);
    expect(merged.problems.filter((p) => p.path.startsWith('row 3')).map((p) => p.path)).toEqual(['row 3, column "date"', 'row 3, column "kind"', 'row 3, column "from"']);
  });
});
