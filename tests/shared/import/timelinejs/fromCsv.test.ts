import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../../src/shared/dataset/problem.ts';
import { PALETTE } from '../../../../src/shared/palette.ts';
import { readInput } from '../../../../src/shared/import/detectFormat.ts';
import { importInput } from '../../../../src/shared/import/importInput.ts';
import { problemText } from '../../../../src/features/dataset/datasetError.ts';
import { placeText } from '../../../../src/shared/i18n/placeText.ts';
import { catalogue as ru } from '../../../../src/shared/i18n/catalogues/ru.ts';
import { convertTimelineCsv } from '../../../../src/shared/import/timelinejs/fromCsv.ts';

/* tests/fixtures/timelinejs/space-race.csv: TimelineJS's spreadsheet template filled in for this test. */
const read = readInput(readFileSync('tests/fixtures/timelinejs/space-race.csv', 'utf8'));
if (!read.ok || read.format !== 'timelinejs-csv') throw new Error('space-race.csv must read as a TimelineJS spreadsheet');
const c = convertTimelineCsv(read.table);

describe("TimelineJS's spreadsheet saved as CSV", () => {
  it('becomes this dataset: the title row names it, groups are actors, HTML is plain text with its links as sources', () => {
    expect(c.dataset).toEqual({
      version: 1,
      title: 'The space race',
      description: 'From Sputnik to Apollo.',
      actors: [
        { id: 'ussr', name: 'USSR', color: PALETTE[0] },
        { id: 'usa', name: 'USA', color: PALETTE[1] },
      ],
      events: [
        {
          id: 'sputnik-1',
          date: '1957-10-04',
          kind: 'milestone',
          from: 'ussr',
          to: [],
          title: 'Sputnik 1',
          summary: 'The USSR launches the first satellite.\n\nIt beeps.',
          sources: [{ title: 'the first satellite', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Sputnik_1' }],
          media: [{ kind: 'image', url: 'https://upload.example.org/sputnik.jpg', caption: 'Sputnik replica', credit: 'NASA', alt: 'A metal sphere' }],
        },
        {
          id: 'gagarin-orbits-earth',
          date: '1961-04-12',
          dateNote: 'Spring 1961',
          kind: 'milestone',
          from: 'ussr',
          to: [],
          title: 'Gagarin orbits Earth',
          summary: 'Gagarin orbits Earth',
          sources: [],
          media: [{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc' }],
        },
        {
          id: 'apollo-11',
          date: '1969-07-20',
          kind: 'milestone',
          from: 'usa',
          to: [],
          title: 'Apollo 11',
          summary: 'Men on the Moon.',
          sources: [],
        },
      ],
    });
  });

  it('reads a "№" column numbering its rows as the slides\' ids, not as a column of no use ("1." is 1)', () => {
    // Before: 'row 1, column "№": is not a column of the TimelineJS template (ignored)', the ids made from the headlines.
    const r = importInput('№,Year,Month,Day,Headline,Text\n1.,2022,3,7,Letter,Text\n2.,2022,4,2,Reply,Text\n');
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['1', '2']);
    expect(r.problems.filter((p) => p.code === 'unknown-column' || p.code === 'renamed-id')).toEqual([]);
  });

  it('says by row and column what it did not carry over', () => {
    expect(c.problems.map(problemToString)).toEqual([
      'row 4, column "Time": the time 09:07 was left out: TimelineJS gives no time zone, so only the day is kept',
      'row 4, column "Text": has no text: the summary repeats the title',
      'row 4, column "Media": media "https://www.youtube.com/watch?v=abc" (a video, map, document or page) is kept as a link: the app does not embed it',
      'row 4, column "Background": the slide background was not carried over (the app has no slide backgrounds)',
      'row 5, column "Type": the era "Early years" was not carried over (the app has no eras)',
      "row 6, column \"Year\": year -500 is before year 1 (BCE): this app's dates start at year 1: the event was left out",
      'row 7, column "Time": "25:00" is not a time of day (ignored): write it as 14:30 or 2:30 PM',
    ]);
    expect(c.locate('events[2].date')).toBe('row 7, column "Year"');
    expect(c.locate('events[1].sources')).toBe('row 4, column "Text"');
  });

  it('keeps no markup, script or handler in any text', () => {
    expect(JSON.stringify(c.dataset)).not.toMatch(/onerror|alert|<img|<p>/);
  });

  it("reads a year that the sheet's number format wrote in groups of digits (2,022; 2 022) as that year, and refuses one that is not so grouped", () => {
    const r = importInput('Year,Month,Day,Headline,Text\n"2,022",3,1,Grouped,Text\n2\u00a0022,3,2,Spaced,Text\n"20,22",3,3,Not a year,Text\n');
    expect(r.dataset?.events.map((e) => [e.title, e.date])).toEqual([
      ['Grouped', '2022-03-01'],
      ['Spaced', '2022-03-02'],
    ]);
    expect(r.problems.map(problemToString).join('\n')).toContain('row 4, column "Year"');
  });

  it("reads a year, month and day that a sheet's number format wrote with zero decimals (a Russian Excel's 2 022,00; 3,00) as those numbers, and refuses a fraction", () => {
    // Before, "2 022,00" was 'the year … is not a whole number …: the event was left out', and "3,00" a month kept out of the date.
    const r = importInput('Year;Month;Day;Headline;Text\n2\u00a0022,00;3,00;1,00;Russian;Text\n2022.0;3.0;2.0;English;Text\n2022,5;3;3;Fraction;Text\n');
    expect(r.dataset?.events.map((e) => [e.title, e.date])).toEqual([
      ['Russian', '2022-03-01'],
      ['English', '2022-03-02'],
    ]);
    expect(r.problems.map(problemToString).filter((p) => !p.includes('Unsourced') && !p.includes('title row'))).toEqual([
      'row 4, column "Year": the year "2022,5" is not a whole number (write the year in digits, such as 2022): the event was left out',
    ]);
  });

  it('reads the template with an Alt Text column anywhere and a semicolon delimiter', () => {
    const r = readInput('Alt Text;Year;Headline;Text;Group\nA dish;2022;Launch;Text;NASA\n');
    expect(r.ok && r.format).toBe('timelinejs-csv');
    if (!r.ok || r.format !== 'timelinejs-csv') return;
    expect(convertTimelineCsv(r.table, { fallbackTitle: 'launches' }).dataset).toMatchObject({ title: 'launches', events: [{ date: '2022', from: 'nasa', title: 'Launch' }] });
  });

  it("says each of the sheet's own problems in Russian as it says it in English: the title row's media and background, a second title row, an unknown Type, a Time that is no time", () => {
    const r = importInput(
      [
        'Year,Month,Day,Time,Headline,Text,Media,Type,Background',
        ',,,,Cover,About,https://e.org/cover.jpg,title,#ff0000',
        '2022,3,1,,Second cover,Text,,title,',
        '2022,3,2,noon,A,https://e.org/a,,event,',
      ].join('\n'),
    );
    const said = r.problems.filter((p) => p.code !== 'unsourced').map((p) => [problemToString(p), `${placeText(p.path, ru)}: ${problemText(p, ru)}`]);
    expect(said).toEqual([
      ['row 2, column "Media": the title slide\'s media was not carried over', 'строка 2, столбец «Media»: медиа титульного слайда не перенесено'],
      ['row 2, column "Background": the title slide\'s background was not carried over', 'строка 2, столбец «Background»: фон титульного слайда не перенесён'],
      [
        'row 3, column "Type": a second title row: read as an ordinary event, as TimelineJS reads it (only the first names the timeline)',
        'строка 3, столбец «Type»: вторая титульная строка: прочитана как обычное событие, как её читает TimelineJS (название хронологии даёт только первая)',
      ],
      ['row 4, column "Type": "event" is not a TimelineJS type (title, era or empty): read as an ordinary event', 'строка 4, столбец «Type»: «event» — не тип TimelineJS (title, era или пусто): прочитано как обычное событие'],
      ['row 4, column "Time": "noon" is not a time of day (ignored): write it as 14:30 or 2:30 PM', 'строка 4, столбец «Time»: «noon» — не время суток (не учтено): пишите время как 14:30'],
    ]);
  });

  it('reads a second title row as an ordinary event, as TimelineJS does, and says so at its Type cell; one without a date is said as any slide without one, never dropped unsaid', () => {
    // Before, the second title row was left out whole ("a second title row was left out"): its headline, text and date were lost.
    const r = importInput(
      ['Year,Month,Day,Headline,Text,Type,Group', ',,,Cover,About,title,', '2022,3,1,Second cover,Its text,title,NASA', ',,,Third cover,More,title,', '2022,3,2,A,https://e.org/a,,NASA'].join('\n'),
    );
    expect(r.dataset?.title).toBe('Cover');
    expect(r.dataset?.events.map((e) => [e.title, e.summary, e.date])).toEqual([
      ['Second cover', 'Its text', '2022-03-01'],
      ['A', 'https://e.org/a', '2022-03-02'],
    ]);
    expect(r.problems.filter((p) => p.path.startsWith('row 3') || p.path.startsWith('row 4')).map(problemToString)).toEqual([
      'row 3, column "Type": a second title row: read as an ordinary event, as TimelineJS reads it (only the first names the timeline)',
      'row 3, column "Text": has no source: the event is shown marked "Unsourced"',
      'row 4, column "Type": a second title row: read as an ordinary event, as TimelineJS reads it (only the first names the timeline)',
      'row 4, column "Year": has no start date (a year at least): the event was left out',
    ]);
  });

  it('reads a sheet whose TimelineJS headers a journalist translated into Russian as the English one: the same events, its problems named by the Russian columns, and says it read them so', () => {
    // Before: 'row 1, column "Год": is not a column of the TimelineJS template (ignored)', and the sheet was not even told to be TimelineJS's.
    const RUSSIAN: Record<string, string> = {
      Year: 'Год', Month: 'Месяц', Day: 'День', Time: 'Время', 'End Year': 'Год окончания', 'End Month': 'Месяц окончания', 'End Day': 'День окончания',
      'End Time': 'Время окончания', 'Display Date': 'Отображаемая дата', Headline: 'Заголовок', Text: 'Текст', Media: 'Медиа', 'Media Credit': 'Автор медиа',
      'Media Caption': 'Подпись к медиа', 'Media Thumbnail': 'Миниатюра медиа', Type: 'Тип', Group: 'Группа', Background: 'Фон', 'Alt Text': 'Альтернативный текст',
    };
    for (const file of ['tests/fixtures/timelinejs/space-race.csv', 'docs/examples/timelinejs-space-station-2022.csv']) {
      const english = readFileSync(file, 'utf8');
      const [header, ...rest] = english.split('\n');
      const russian = [header!.split(',').map((h) => RUSSIAN[h.trim()] ?? h).join(','), ...rest].join('\n');
      const en = importInput(english, { fallbackTitle: 'x' });
      const r = importInput(russian, { fallbackTitle: 'x' });
      expect(r.format, file).toBe('timelinejs-csv');
      expect(r.dataset, file).toEqual(en.dataset);
      expect(r.dataset!.events.length, file).toBeGreaterThan(0);
      const [note, ...others] = r.problems;
      expect(note?.code).toBe('column-read-as');
      expect(problemToString(note!)).toMatch(/^row 1: has TimelineJS's columns headed in Russian, read as its English ones: "Год" as "Year", "Месяц" as "Month", .*"Группа" as "Group".*; TimelineJS itself reads only the English headers$/);
      expect(problemText(note!, ru)).toMatch(/^столбцы TimelineJS названы по-русски и прочитаны как английские: «Год» как «Year», .*; сам TimelineJS читает только английские названия$/);
      const inRussian = (path: string) => path.replace(/column "([^"]+)"/, (_, h: string) => `column "${RUSSIAN[h] ?? h}"`);
      expect(others.map((p) => `${p.path}: ${p.message}`)).toEqual(en.problems.map((p) => `${inRussian(p.path)}: ${p.message}`));
    }
  });

  it('reads a Type written in Russian (титул or заголовок for title, эпоха or период for era) as the English word, and says it at its cell in English and Russian', () => {
    // Before: the title row was an event with no date (left out, said) and the timeline lost its title; an era row was an ordinary event.
    const english = importInput('Year,Month,Day,Headline,Text,Type,Group\n,,,Space,About it,title\n2022,3,1,A,Text A,,NASA\n2022,,,An era,,era\n', { fallbackTitle: 'x' });
    for (const [title, era] of [['Титул', 'эпоха'], ['ЗАГОЛОВОК', 'Период']] as const) {
      const r = importInput(`Год,Месяц,День,Заголовок,Текст,Тип,Группа\n,,,Space,About it,${title}\n2022,3,1,A,Text A,,NASA\n2022,,,An era,,${era}\n`, { fallbackTitle: 'x' });
      expect(r.dataset, title).toEqual(english.dataset);
      expect(r.dataset).toMatchObject({ title: 'Space', description: 'About it' });
      const said = r.problems.filter((p) => p.detail?.key === 'timelineTypeInRussian');
      expect(said.map(problemToString)).toEqual([
        `row 2, column "Тип": "${title}" was read as the type "title"; TimelineJS itself reads only title and era`,
        `row 4, column "Тип": "${era}" was read as the type "era"; TimelineJS itself reads only title and era`,
      ]);
      expect(`${placeText(said[0]!.path, ru)}: ${problemText(said[0]!, ru)}`).toBe(`строка 2, столбец «Тип»: «${title}» прочитано как тип «title»; сам TimelineJS читает только title и era`);
      // The era is said as an English sheet's is.
      expect(r.problems.map(problemToString)).toContain('row 4, column "Тип": the era "An era" was not carried over (the app has no eras)');
    }
    // Under English headers too.
    const r = importInput('Year,Month,Day,Headline,Text,Type,Group\n,,,Space,About it,титул\n2022,3,1,A,Text A,,NASA\n', { fallbackTitle: 'x' });
    expect(r.dataset?.title).toBe('Space');
  });

  it('tells a Russian-headed TimelineJS sheet from our own Russian layout, which has no year column', () => {
    const ours = readInput('дата,тип,от,заголовок,описание\n2022-03-12,письмо,Роскосмос,Т,О\n');
    expect(ours.ok && ours.format).toBe('dataset-csv');
    const theirs = readInput('год,заголовок,текст,тип,группа\n2022,Т,О,,НАСА\n');
    expect(theirs.ok && theirs.format).toBe('timelinejs-csv');
  });

  it('keeps a row with a note in a column the padded header leaves unnamed (a Google Sheets export), and says the note at its cell', () => {
    // Before: 'row 2: 20 cells, but the header has 18 columns …: the row was left out'.
    const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,,,';
    const r = importInput(`${header}\n2022,3,1,,,,,,,A,Text A,,,,,,NASA,,,checked by Ivan,\n`);
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset?.events.map((e) => [e.title, e.date, e.from])).toEqual([['A', '2022-03-01', 'nasa']]);
    const said = r.problems.filter((p) => p.code === 'ignored-cells' || p.code === 'extra-cells');
    expect(said.map(problemToString)).toEqual(['row 2, column 20 (no header): "checked by Ivan" was not read: the column has no name']);
    expect(`${placeText(said[0]!.path, ru)}: ${problemText(said[0]!, ru)}`).toBe('строка 2, столбец 20 (без заголовка): «checked by Ivan» не прочитано: у столбца нет названия');
  });

  it('reads a whole date in the Year column as Excel writes one (01.03.2022, 2022-03-02, a serial day 44623, 2022 г.) when Month and Day are empty, and says so at its cell in English and Russian', () => {
    // Before, each was 'the year "01.03.2022" is not a whole number …: the event was left out' (44623: 'year 44623 is after 9999').
    const r = importInput(
      'Year,Month,Day,End Year,Headline,Text,Group\n01.03.2022,,,,A,Text,NASA\n2022-03-02,,,05.03.2022,B,Text,NASA\n44623,,,,C,Text,NASA\n2022 г.,,,,D,Text,NASA\n03/04/2022,,,,E,Text,NASA\n01.03.2022,4,,,F,Text,NASA\n',
      { fallbackTitle: 'x' },
    );
    expect(r.dataset?.events.map((e) => [e.title, e.date, e.dateEnd])).toEqual([
      ['A', '2022-03-01', undefined],
      ['B', '2022-03-02', '2022-03-05'],
      ['C', '2022-03-03', undefined],
      ['D', '2022', undefined],
    ]);
    const said = r.problems.filter((p) => p.code === 'column-read-as' || p.code === 'invalid-date').map(problemToString);
    expect(said).toEqual([
      'row 2, column "Year": "01.03.2022" was read as 2022-03-01; TimelineJS itself reads only a year\'s number in this column',
      'row 3, column "Year": "2022-03-02" was read as 2022-03-02; TimelineJS itself reads only a year\'s number in this column',
      'row 3, column "End Year": "05.03.2022" was read as 2022-03-05; TimelineJS itself reads only a year\'s number in this column',
      'row 4, column "Year": "44623" was read as 2022-03-03; TimelineJS itself reads only a year\'s number in this column',
      'row 5, column "Year": "2022 г." was read as 2022; TimelineJS itself reads only a year\'s number in this column',
      // Either way round, or with a month of its own: not guessed at, as before.
      'row 6, column "Year": the year "03/04/2022" is not a whole number (write the year in digits, such as 2022): the event was left out',
      'row 7, column "Year": the year "01.03.2022" is not a whole number (write the year in digits, such as 2022): the event was left out',
    ]);
    const first = r.problems.find((p) => p.code === 'column-read-as')!;
    expect(problemText(first, ru)).toBe('«01.03.2022» прочитано как 2022-03-01; сам TimelineJS читает в этом столбце только число года');
  });

  it("says that an Excel serial day in a Year column was read in the 1900 date system and what it is in a 1904 workbook (Excel for Mac's option), once, in English and Russian", () => {
    // Before, only "was read as 2022-03-03" was said: from a 1904 workbook the date was 4 years and 1 day early, unsaid.
    const r = importInput('Year,Month,Day,End Year,Headline,Text,Group\n44623,,,44625,C,Text,NASA\n2022,3,5,,D,Text,NASA\n', { fallbackTitle: 'x' });
    expect(r.dataset?.events.map((e) => [e.date, e.dateEnd])).toEqual([['2022-03-03', '2022-03-05'], ['2022-03-05', undefined]]);
    const said = r.problems.filter((p) => p.code === 'serial-date');
    expect(said.map(problemToString)).toEqual([
      'row 2, column "Year": "44623" is an Excel serial day number: it was read in Excel\'s usual 1900 date system, as 2022-03-03, and so was 1 other date; in a workbook set to the 1904 date system (an option of Excel for Mac) it is 2026-03-04, 4 years and 1 day later: if so, format the cells as dates in the workbook and save it as CSV again',
    ]);
    expect(problemText(said[0]!, ru)).toBe(
      '«44623» — порядковый номер дня в Excel: он прочитан в обычной для Excel системе дат 1900 года, как 2022-03-03, так же прочитана ещё 1 дата; в книге с системой дат 1904 года (настройка Excel для Mac) это 2026-03-04, на 4 года и 1 день позже: тогда задайте ячейкам формат даты и снова сохраните книгу как CSV',
    );
  });

  it('says a media caption, credit or alt text with no media address at its column, in English and Russian, instead of dropping it unsaid; a link in it is still a source', () => {
    // Before, each was dropped without a word (only a link in the credit became a source).
    const r = importInput(
      'Year,Month,Day,Headline,Text,Media,Media Credit,Media Caption,Group,Alt Text\n2022,3,1,A,Text,,"Photo: <a href=""https://tass.ru/p"">TASS</a>",The letter,NASA,A typed page\n',
    );
    expect(r.dataset?.events[0]).toMatchObject({ title: 'A', sources: [{ title: 'TASS', publisher: 'tass.ru', url: 'https://tass.ru/p' }] });
    expect(r.dataset?.events[0]?.media).toBeUndefined();
    const said = r.problems.filter((p) => p.code === 'not-carried-over');
    expect(said.map(problemToString)).toEqual([
      'row 2, column "Media Caption": "The letter" was not carried over: the slide has no media for it to describe (fill in the media\'s address)',
      'row 2, column "Media Credit": "Photo: TASS" was not carried over: the slide has no media for it to describe (fill in the media\'s address)',
      'row 2, column "Alt Text": "A typed page" was not carried over: the slide has no media for it to describe (fill in the media\'s address)',
    ]);
    expect(problemText(said[0]!, ru)).toBe('«The letter» не перенесено: у слайда нет медиа, к которому это относится (заполните адрес медиа)');
  });

  it('says an end month, day or time without its End Year at that column, in English and Russian, as the JSON says an end_date without its year; the slide kept at its start', () => {
    // Before, each was dropped without a word: the end a journalist meant (a month later, the same year) vanished unsaid.
    const r = importInput('Year,Month,Day,End Year,End Month,End Day,End Time,Headline,Text,Group\n2022,3,3,,5,,,A,Text,NASA\n2022,3,4,,,,18:00,B,Text,NASA\n2022,3,5,,,,,C,Text,NASA\n');
    expect(r.dataset?.events.map((e) => [e.title, e.date, e.dateEnd])).toEqual([['A', '2022-03-03', undefined], ['B', '2022-03-04', undefined], ['C', '2022-03-05', undefined]]);
    const said = r.problems.filter((p) => p.code === 'not-carried-over');
    expect(said.map(problemToString)).toEqual([
      'row 2, column "End Year": an end date without its year was not carried over (TimelineJS reads no end date without one): fill in the end year',
      'row 3, column "End Year": an end date without its year was not carried over (TimelineJS reads no end date without one): fill in the end year',
    ]);
    expect(problemText(said[0]!, ru)).toBe('дата окончания без года не перенесена (без года TimelineJS не читает дату окончания): заполните год окончания');
    const json = importInput(JSON.stringify({ events: [{ start_date: { year: 2022, month: 3 }, end_date: { month: 5 }, text: { headline: 'A', text: 'T' } }, { start_date: { year: 2022 }, end_date: {}, text: { headline: 'B', text: 'T' } }] }));
    expect(json.problems.filter((p) => p.code === 'not-carried-over').map(problemToString)).toEqual([
      'events[0].end_date.year: an end date without its year was not carried over (TimelineJS reads no end date without one): fill in the end year',
    ]);
  });

  it('says a sheet with no event rows (only a title and an era) is refused for the file as a whole, not at a JSON path "events"', () => {
    const r = importInput('Year,End Year,Headline,Text,Type\n,,Only a title,Intro,title\n1900,1950,An era,,era\n');
    expect(r.fatal).toBe(true);
    expect(r.problems.map(problemToString)).toEqual(['row 3, column "Type": the era "An era" was not carried over (the app has no eras)', '(file): the dataset has no events']);
  });

  it('reads a sheet whose first rows are instructions above the header row, each of those rows said as skipped', () => {
    const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const blank = ',,,,,,,,,,,,,,,,';
    const sheet = [
      `Fill in one row per event. Do not rename the columns.${blank}`,
      `"Dates: Year is required, e.g. 1969",,,,,,,,,,,,,,,,,`,
      '',
      header,
      `,,,,,,,,,Sheet timeline,<p>About</p>,,,,,title,,`,
      `1969,7,20,,,,,,,Moon landing,<a href="https://nasa.gov/a">NASA</a>,,,,,,NASA,`,
    ].join('\r\n');
    const r = importInput(sheet);
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset).toMatchObject({ title: 'Sheet timeline', events: [{ date: '1969-07-20', title: 'Moon landing', from: 'nasa' }] });
    expect(r.problems.filter((p) => p.code === 'unknown-row').map(problemToString)).toEqual([
      'row 1: is above the header row (row 4): it was skipped',
      'row 2: is above the header row (row 4): it was skipped',
    ]);
    expect(problemText(r.problems.find((p) => p.code === 'unknown-row')!, ru)).toBe('строка выше строки заголовков (строка 4): пропущена');
    // A sheet with no header row anywhere near its top is still refused, as before.
    expect(importInput(`Notes${blank}\r\n1969,7,20\r\n`).fatal).toBe(true);
  });

  it("reads a Time or End Time that Excel wrote as its fraction of a day (0.5 for 12:00, 0,604166666666667 for 14:30) as that time, orders the day's events by it, and says so at its cell in English and Russian", () => {
    // Before: '"0.5" is not a time of day (ignored)', and the day's slides kept in the sheet's order.
    const r = importInput(
      ['Year;Month;Day;Time;End Year;End Month;End Day;End Time;Headline;Text', '2022;3;1;0,604166666666667;;;;;Afternoon;https://e.org/a', '2022;3;1;0.5;2022;3;1;0.75;Noon;https://e.org/b'].join('\n'),
    );
    expect(r.dataset?.events.map((e) => e.title)).toEqual(['Noon', 'Afternoon']);
    const said = r.problems.filter((p) => p.code === 'time-dropped').map((p) => [problemToString(p), `${placeText(p.path, ru)}: ${problemText(p, ru)}`]);
    expect(said).toEqual([
      [
        'row 2, column "Time": the time "0,604166666666667" (14:30, written as Excel stores a time: a fraction of the day) was left out: TimelineJS gives no time zone, so only the day is kept',
        'строка 2, столбец «Time»: время «0,604166666666667» (14:30, записанное так, как Excel хранит время, — долей суток) не сохранено: в TimelineJS нет часового пояса, поэтому оставлен только день',
      ],
      [
        'row 3, column "Time": the time "0.5" (12:00, written as Excel stores a time: a fraction of the day) was left out: TimelineJS gives no time zone, so only the day is kept',
        'строка 3, столбец «Time»: время «0.5» (12:00, записанное так, как Excel хранит время, — долей суток) не сохранено: в TimelineJS нет часового пояса, поэтому оставлен только день',
      ],
      [
        'row 3, column "End Time": the time "0.75" (18:00, written as Excel stores a time: a fraction of the day) was left out: TimelineJS gives no time zone, so only the day is kept',
        'строка 3, столбец «End Time»: время «0.75» (18:00, записанное так, как Excel хранит время, — долей суток) не сохранено: в TimelineJS нет часового пояса, поэтому оставлен только день',
      ],
    ]);
    // A number that is no fraction of a day (a day and a half, a serial date-time) is still no time, said with how to write one.
    const notTimes = importInput('Year,Month,Day,Time,Headline,Text\n2022,3,1,1.5,A,https://e.org/a\n2022,3,2,44621.5,B,https://e.org/b\n').problems.filter((p) => p.path.endsWith('"Time"'));
    expect(notTimes.map((p) => [problemToString(p), problemText(p, ru)])).toEqual([
      ['row 2, column "Time": "1.5" is not a time of day (ignored): write it as 14:30 or 2:30 PM', '«1.5» — не время суток (не учтено): пишите время как 14:30'],
      ['row 3, column "Time": "44621.5" is not a time of day (ignored): write it as 14:30 or 2:30 PM', '«44621.5» — не время суток (не учтено): пишите время как 14:30'],
    ]);
  });

  it('skips a header row repeated lower down (two sheets pasted together), said at its row in English and Russian, and reads the rows under it', () => {
    // Before: 'row 3, column "Year": the year "Year" is not a whole number …: the event was left out'.
    const r = importInput('Year,Month,Day,Headline,Text,Group\r\n1969,7,20,Moon landing,Text,NASA\r\nYear,Month,Day,Headline,Text,Group\r\n1975,7,17,Apollo–Soyuz,Text,NASA\r\n');
    expect(r.dataset?.events.map((e) => e.title)).toEqual(['Moon landing', 'Apollo–Soyuz']);
    const repeated = r.problems.filter((p) => p.code === 'unknown-row' || p.path.startsWith('row 3'));
    expect(repeated.map(problemToString)).toEqual(['row 3: repeats the header row (row 1), as when two sheets are pasted together: it was skipped']);
    expect(problemText(repeated[0]!, ru)).toBe('повторяет строку заголовков (строка 1) — так бывает, когда два листа вставлены один под другим: пропущена');
  });
});
