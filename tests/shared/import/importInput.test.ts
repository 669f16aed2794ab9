import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/features/dataset/datasetError.ts';
import { problemToString } from '../../../src/shared/dataset/problem.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { translatedDataset } from '../../../src/shared/model/translated.ts';

/* The whole import as the CLI and the app's worker run it: read, convert, validate, locate. */

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const unsourced = (r: ReturnType<typeof importInput>) => r.problems.filter((p) => p.code === 'unsourced').map(problemToString);

describe('importInput', () => {
  it('says where a repeated id was first used as the spreadsheet numbers it (a row), not as a path in the converted dataset', () => {
    const r = importInput('#title,T\n#actor,nasa,NASA\n#actor,nasa,NASA again\nid,date,kind,from,title,summary,source 1 title,source 1 publisher\na,2022-03-02,letter,nasa,A,S,T,P\nb,2022-03-03,letter,nasa,B,S,T,P\na,2022-03-04,letter,nasa,A2,S,T,P\n');
    expect(r.problems.filter((p) => p.code === 'duplicate-id' || p.code === 'renamed-id').map(problemToString)).toEqual([
      // A repeated #actor row is read into the first, its differing name said (readDatasetCsv.test).
      'row 3, column "name": repeats actor "nasa" of row 2, whose values are kept; left out: "NASA again" in "name"',
      'row 7, column "id": id "a" is already used by row 5: this event was kept as "a-2"',
    ]);
    // A row kept under a new id is a warning, not an error.
    expect(r.problems.find((p) => p.path === 'row 7, column "id"')?.code).toBe('renamed-id');
  });

  it('keeps a TimelineJS file\'s image and link media, and its events without a link as unsourced, located at their slides', () => {
    const r = importInput(bytes('tests/fixtures/timelinejs/space-race.json'));
    expect(r.format).toBe('timelinejs-json');
    // Its 6 slides, 2 of which (BCE, no date) the conversion left out.
    expect(r.droppedEvents).toBe(2);
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media])).toEqual([
      ['sputnik', 1, [{ kind: 'image', url: 'https://upload.example.org/sputnik.jpg', caption: 'Sputnik replica', credit: 'NASA', alt: 'A metal sphere with four antennas' }]],
      ['gagarin-orbits-earth', 1, [{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc' }]],
      ['sputnik-2', 0, [{ kind: 'link', url: 'https://maps.example/embed' }]],
      ['a-year-without-a-group', 0, undefined],
    ]);
    expect(unsourced(r)).toEqual([
      'events[2].text.text: has no source: the event is shown marked "Unsourced"',
      'events[3].text.text: has no source: the event is shown marked "Unsourced"',
    ]);
    // The slides that could not be shown are said, not silently dropped (BCE, no date).
    expect(r.eventCount).toBe(6);
    expect(r.problems.filter((p) => p.path === 'events[4].start_date' || p.path === 'events[5].start_date').map((p) => p.code)).toEqual(['not-carried-over', 'required']);
  });

  it('keeps a TimelineJS spreadsheet\'s media and unsourced rows, located by row and column', () => {
    const r = importInput(bytes('tests/fixtures/timelinejs/space-race.csv'));
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media?.map((m) => m.kind)])).toEqual([
      ['sputnik-1', 1, ['image']],
      ['gagarin-orbits-earth', 0, ['link']],
      ['apollo-11', 0, undefined],
    ]);
    expect(unsourced(r)).toEqual([
      'row 4, column "Text": has no source: the event is shown marked "Unsourced"',
      'row 7, column "Text": has no source: the event is shown marked "Unsourced"',
    ]);
  });

  it('reads media columns of our spreadsheet (kind from the address when left empty) and keeps a row without a source', () => {
    const csv = [
      '#title,Letters',
      'id,date,kind,from,to,title,summary,source 1 title,source 1 publisher,source 1 url,media 1 url,media 1 caption,media 1 credit,media 1 alt',
      'a,2022-03-12,letter,Roscosmos,NASA,Demand,Roscosmos demands.,TASS,TASS,https://tass.com/x,https://upload.example.org/letter.jpg,The letter,Roscosmos,A typed page',
      'b,2022-03-14,statement,NASA,,Reply,NASA replies.,,,,https://video.example.org/watch?v=1,,,',
      'c,2022-03-15,statement,NASA,,Photo,An insecure image.,TASS,TASS,,http://upload.example.org/x.jpg,,,',
    ].join('\r\n');
    const r = importInput(csv);
    expect(r.format).toBe('dataset-csv');
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media])).toEqual([
      ['a', 1, [{ kind: 'image', url: 'https://upload.example.org/letter.jpg', caption: 'The letter', credit: 'Roscosmos', alt: 'A typed page' }]],
      ['b', 0, [{ kind: 'link', url: 'https://video.example.org/watch?v=1' }]],
      ['c', 1, undefined],
    ]);
    expect(r.problems.map((p) => `${p.code} ${problemToString(p)}`)).toEqual([
      'unsourced row 4, column "source 1 title": has no source: the event is shown marked "Unsourced"',
      'non-https-url row 5, column "media 1 url": "http://upload.example.org/x.jpg" is not an https URL (left out)',
    ]);
  });
});

/* tests/fixtures/timelinejs/qa/: the TimelineJS files of the QA pass of the data layer. */
describe('importInput\'s counts of a TimelineJS file', () => {
  it.each([
    // 10 slides: 1 left out by the conversion (no start date); a year "2,022" is read as 2022; 30 February and month 13 are kept less precise, an end before its start without it.
    ['tl.json', 10, 1],
    // 8 slides: 2 left out by the conversion (a year 2022.5, a year 12345); 3/32 and month 0 are kept less precise.
    ['tl-dates.json', 8, 2],
    // 6 rows of events (the title row and an era are not events): rows 7 (year -44) and 9 (year "03/04/2022") left out by the conversion.
    ['tl.csv', 6, 2],
  ])('count the events the conversion left out among the file\'s events and those left out: %s', (file, eventCount, droppedEvents) => {
    const r = importInput(bytes(`tests/fixtures/timelinejs/qa/${file}`));
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ eventCount, droppedEvents });
    expect(r.eventCount - r.droppedEvents).toBe(r.dataset!.events.length);
    expect(r.problems.filter((p) => /the event was left out/.test(p.message)).length).toBeLessThanOrEqual(droppedEvents);
  });

  it('says JSON that is not an object, in Russian as in English, and a list of TimelineJS slides as what it is', () => {
    const said = (json: string) => {
      const r = importInput(json);
      expect(r.fatal).toBe(true);
      const [p] = r.problems;
      return [p!.message, problemText(p!, ru)];
    };
    expect(said('null')).toEqual(['expected an object with "version", "title", "actors" and "events", got null', 'ожидается объект с полями "version", "title", "actors" и "events", а здесь null']);
    expect(said('"just text"')).toEqual(['expected an object with "version", "title", "actors" and "events", got text', 'ожидается объект с полями "version", "title", "actors" и "events", а здесь текст']);
    expect(said('[1, 2]')).toEqual(['expected an object with "version", "title", "actors" and "events", got a list', 'ожидается объект с полями "version", "title", "actors" и "events", а здесь список']);
    expect(said('[{"start_date": {"year": 2020}, "text": {"headline": "A"}}]')).toEqual([
      'is a list of TimelineJS slides: a TimelineJS file is an object that holds them as "events": {"events": [ … ]}',
      'это список слайдов TimelineJS: файл TimelineJS — объект, в котором они лежат в поле "events": {"events": [ … ]}',
    ]);
  });

  it("says a TimelineJS file's events that are not a list, or a slide that is not an object, in Russian as in English", () => {
    const both = (json: unknown) => importInput(JSON.stringify(json)).problems.filter((p) => p.code === 'wrong-type').map((p) => [problemToString(p), problemText(p, ru)]);
    expect(both({ title: { text: { headline: 'T' } }, events: { start_date: { year: 2020 } } })).toEqual([['events: expected a list, got an object', 'ожидается список, а здесь объект']]);
    expect(both({ title: { text: { headline: 'T' } }, events: [5, 'slide', { start_date: { year: 2020 }, text: { headline: 'A', text: 'https://e.org/a' } }] })).toEqual([
      ['events[0]: expected an object, got a number 5: the event was left out', 'ожидается объект, а здесь число 5: событие пропущено'],
      ['events[1]: expected an object, got text "slide": the event was left out', 'ожидается объект, а здесь текст «slide»: событие пропущено'],
    ]);
    // A file with a title and eras but no events at all is said once, as having none.
    expect(importInput(JSON.stringify({ title: { text: { headline: 'T' } }, eras: [] })).problems.map(problemToString)).toEqual(['events: the dataset has no events']);
  });

  it('counts a slide that is not an object among those left out', () => {
    const json = JSON.stringify({ title: { text: { headline: 'T' } }, events: [5, { start_date: { year: 2022 }, text: { headline: 'A', text: 'https://e.org/a' } }] });
    const r = importInput(json);
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents, shown: r.dataset?.events.length }).toEqual({ eventCount: 2, droppedEvents: 1, shown: 1 });
  });
});

describe('TimelineJS dates that are not plain numbers', () => {
  const dated = (file: string) =>
    importInput(bytes(`tests/fixtures/timelinejs/qa/${file}`))
      .problems.filter((p) => p.code === 'date-precision' || p.code === 'short-year')
      .map(problemToString);

  it('are kept at the precision they have, each said at its row and column with its value: a spreadsheet', () => {
    expect(dated('tl-dates.csv')).toEqual([
      'row 2, column "Month": "Mar" is not a month number (1–12); the date was kept as 2022',
      'row 3, column "Day": "4th" is not a day number (1–31); the date was kept as 2022-03',
      'row 4, column "Day": the day "4" has no month; the date was kept as 2022',
      'row 5, column "Day": "32" is not a day number (1–31); the date was kept as 2022-03',
      'row 6, column "Month": "3/4" is not a month number (1–12); the date was kept as 2022',
    ]);
    expect(importInput(bytes('tests/fixtures/timelinejs/qa/tl-dates.csv')).dataset!.events.map((e) => e.date)).toEqual(['2022', '2022-03', '2022', '2022-03', '2022']);
  });

  it('are kept and said at their slide and field: a JSON file', () => {
    expect(dated('tl-dates.json')).toEqual([
      'events[0].start_date.month: "March" is not a month number (1–12); the date was kept as 2022',
      'events[1].start_date.day: "4th" is not a day number (1–31); the date was kept as 2022-03',
      'events[2].start_date.day: the day "4" has no month; the date was kept as 2022',
      'events[3].start_date.day: "32" is not a day number (1–31); the date was kept as 2022-03',
      'events[6].start_date.month: "0" is not a month number (1–12); the date was kept as 2022',
    ]);
  });

  it('keep a two-digit year as TimelineJS reads it (the year 22), with a problem, and an end date\'s parts are said at its own columns', () => {
    expect(dated('tl.csv')).toEqual([
      'row 4, column "Month": "March" is not a month number (1–12); the date was kept as 2022',
      'row 8, column "Year": the year "22" is not written with four digits: it was read as TimelineJS reads it, as 0022-03-15; write the year in full',
    ]);
    const r = importInput('Year,Month,Day,End Year,End Month,End Day,Headline,Text\n2022,3,1,2022,April,,A,https://e.org/a\n');
    expect(r.problems.map(problemToString)).toContain('row 2, column "End Month": "April" is not a month number (1–12); the date was kept as 2022');
    expect(r.dataset!.events[0]).toMatchObject({ date: '2022-03-01', dateEnd: '2022' });
  });

  it('keep a slide whose month or day is out of range (13, 0, 30 February) at the precision that exists, said at that field', () => {
    const slide = (date: Record<string, unknown>) => ({ start_date: date, text: { headline: 'H', text: '<a href="https://e.org/a">src</a>' } });
    const json = JSON.stringify({
      title: { text: { headline: 'T' } },
      events: [slide({ year: 2022, month: 13 }), slide({ year: '2022', month: '0', day: '5' }), slide({ year: 2022, month: 2, day: 30 }), slide({ year: 2022, month: 4, day: 31 }), slide({ year: 2024, month: 2, day: 29 }), slide({ year: 2022, month: 3, day: 32 })],
    });
    const r = importInput(json);
    expect(r.dataset!.events.map((e) => e.date)).toEqual(['2022', '2022', '2022-02', '2022-04', '2024-02-29', '2022-03']);
    expect(r.droppedEvents).toBe(0);
    expect(r.problems.filter((p) => p.code === 'date-precision').map(problemToString)).toEqual([
      'events[0].start_date.month: "13" is not a month number (1–12); the date was kept as 2022',
      'events[1].start_date.month: "0" is not a month number (1–12); the date was kept as 2022',
      'events[2].start_date.day: 2022-02 has no day "30"; the date was kept as 2022-02',
      'events[3].start_date.day: 2022-04 has no day "31"; the date was kept as 2022-04',
      'events[5].start_date.day: "32" is not a day number (1–31); the date was kept as 2022-03',
    ]);
    const sheet = importInput('Year,Month,Day,End Year,End Month,End Day,Headline,Text\n2022,3,1,2022,3,32,A,https://e.org/a\n2022,13,1,,,,B,https://e.org/b\n');
    expect(sheet.dataset!.events.map((e) => [e.date, e.dateEnd])).toEqual([['2022-03-01', '2022-03'], ['2022', undefined]]);
    expect(sheet.problems.filter((p) => p.code === 'date-precision').map(problemToString)).toEqual([
      'row 2, column "End Day": "32" is not a day number (1–31); the date was kept as 2022-03',
      'row 3, column "Month": "13" is not a month number (1–12); the date was kept as 2022',
    ]);
    expect(problemText(r.problems.find((p) => p.path === 'events[2].start_date.day')!, ru)).toBe('в 2022-02 нет числа «30»; дата сохранена как 2022-02');
  });

  it('keep a slide whose end date is before its start at its start date, the end date left out and said at its field', () => {
    const slide = (start: Record<string, unknown>, end: Record<string, unknown>) => ({ start_date: start, end_date: end, text: { headline: 'H', text: 'https://e.org/a' } });
    const r = importInput(JSON.stringify({ title: { text: { headline: 'T' } }, events: [slide({ year: 2022, month: 3, day: 10 }, { year: 2022, month: 3, day: 1 }), slide({ year: 2022, month: 3 }, { year: 2021 }), slide({ year: 2022, month: 3, day: 10 }, { year: 2022, month: 3 })] }));
    expect(r.droppedEvents).toBe(0);
    expect(r.dataset!.events.map((e) => [e.date, e.dateEnd])).toEqual([['2022-03-10', undefined], ['2022-03', undefined], ['2022-03-10', '2022-03']]);
    expect(r.problems.filter((p) => p.code === 'date-end-before-date').map(problemToString)).toEqual([
      'events[0].end_date: "2022-03-01" is before date "2022-03-10": the end date was left out',
      'events[1].end_date: "2021" is before date "2022-03": the end date was left out',
    ]);
    expect(problemText(r.problems.find((p) => p.code === 'date-end-before-date')!, ru)).toBe('дата окончания «2022-03-01» раньше даты начала «2022-03-10»: дата окончания пропущена');
    const sheet = importInput('Year,Month,Day,End Year,End Month,End Day,Headline,Text\n2022,3,10,2022,3,1,A,https://e.org/a\n');
    expect(sheet.dataset!.events.map((e) => [e.date, e.dateEnd])).toEqual([['2022-03-10', undefined]]);
    expect(sheet.problems.filter((p) => p.code === 'date-end-before-date').map(problemToString)).toEqual(['row 2, column "End Year": "2022-03-01" is before date "2022-03-10": the end date was left out']);
  });

  it('are said in Russian with the value and the field', () => {
    const [month, day, noMonth] = importInput(bytes('tests/fixtures/timelinejs/qa/tl-dates.json')).problems.filter((p) => p.code === 'date-precision');
    expect([month, day, noMonth].map((p) => problemText(p!, ru))).toEqual([
      '«March» — не номер месяца (1–12); дата сохранена как 2022',
      '«4th» — не число месяца (1–31); дата сохранена как 2022-03',
      'день «4» указан без месяца; дата сохранена как 2022',
    ]);
    const year = importInput(bytes('tests/fixtures/timelinejs/qa/tl.csv')).problems.find((p) => p.code === 'short-year')!;
    expect(problemText(year, ru)).toBe('год «22» записан не четырьмя цифрами и прочитан так, как его читает TimelineJS: 0022-03-15; запишите год полностью');
  });
});

describe('a file that names no title, and has no name or address to take one from', () => {
  // A file named ".csv", or an address ending in "/": before, the Russian page's heading and the
  // problem said the importer's English "Untitled timeline" or "Imported timeline".
  const inputs = {
    'a sheet': 'date,kind,from,title,summary\n2022-03-01,letter,NASA,A,S\n',
    'a TimelineJS sheet': 'Year,Month,Day,Headline,Text\n2022,3,1,A,S\n',
    'a TimelineJS file': JSON.stringify({ events: [{ start_date: { year: 2022, month: 3, day: 1 }, text: { headline: 'A', text: 'S' } }] }),
  };
  for (const [what, input] of Object.entries(inputs)) {
    it(`is called untitled in the reader's language, in its title and its problem (${what})`, () => {
      const r = importInput(input);
      expect(translatedDataset(r.dataset!, 'ru', ru.dataset.untitled).title).toBe('Набор данных без названия');
      const noTitle = r.problems.find((p) => p.code === 'no-title')!;
      expect(problemText(noTitle, ru)).toContain('«Набор данных без названия»');
    });
  }
});
