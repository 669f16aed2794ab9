import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BATCH_SIZE, runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { generateDataset, mulberry32 } from '../../../src/shared/gen/generateDataset.ts';
import { buildTimelineModel, modelBuilder, type TimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { loadFailureText } from '../../../src/features/dataset/datasetError.ts';
import { problemsCsv } from '../../../src/features/dataset/problemsCsv.ts';
import { keptProblems } from '../../../src/features/dataset/keptProblems.ts';
import { en, type Messages } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';

/** A generated archive in shuffled file order, with bad events and bad reply links mixed in. */
function messyDataset(): string {
  const d = generateDataset({ events: 6_200, actors: 5, seed: 7 });
  const rnd = mulberry32(3);
  const events: unknown[] = [...d.events];
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [events[i], events[j]] = [events[j], events[i]];
  }
  const at = (i: number) => events[i] as Record<string, unknown>;
  at(10).date = '2022-02-30'; // left out: replies to it lose their link
  at(20).inReplyTo = [at(10).id, 'no-such-event'];
  // A cycle across two batches (the last event of one, the first of the next).
  at(4 * BATCH_SIZE - 1).inReplyTo = [at(4 * BATCH_SIZE).id];
  at(4 * BATCH_SIZE).inReplyTo = [at(4 * BATCH_SIZE - 1).id];
  at(3_000).id = at(100).id; // a repeated id: kept under a new one, said as a warning
  at(4_000).to = ['agency-1', 'nobody'];
  return JSON.stringify({ ...d, events });
}

/** The reader's message for an error message of the pipeline, in English or another catalogue. */
const errorText = (m: PipelineMessage | undefined, t: Messages = en) => (m?.type === 'error' ? loadFailureText(m.failure, t) : null);

/** What the page builds from the pipeline's messages, each copied as postMessage copies it. */
async function modelFromPipeline(text: string): Promise<{ model: TimelineModel; messages: PipelineMessage['type'][]; problems: string[] }> {
  const builder = modelBuilder();
  const messages: PipelineMessage['type'][] = [];
  let done: Extract<PipelineMessage, { type: 'done' }> | undefined;
  await runPipeline({ text }, (sent) => {
    const m = structuredClone(sent);
    messages.push(m.type);
    if (m.type === 'events') builder.add(m.events);
    else if (m.type === 'done') done = m;
    else if (m.type === 'error') throw new Error(JSON.stringify(m.failure));
  });
  if (!done) throw new Error('no done message');
  return {
    model: builder.finish(done.meta, { order: done.order, repliesChanged: done.repliesChanged }),
    messages,
    problems: done.problems.map((p) => `${p.path}: ${p.message}`),
  };
}

const summary = (m: TimelineModel) => ({
  events: m.events.map((e) => [e.id, e.order, e.start, e.end, e.inReplyTo ?? null, e.to]),
  repliesTo: [...m.repliesTo].map(([id, list]) => [id, list.map((e) => e.id)]),
  byId: [...m.eventsById.keys()].sort(),
  totals: Object.fromEntries(Object.entries(m.totals).map(([k, v]) => [k, [...(v as Map<string, number>)].sort()])),
});

describe('runPipeline', () => {
  it('sends checked events in batches as it goes, from which the page builds the same model as checking the whole file at once', async () => {
    const text = messyDataset();
    const whole = parseDatasetText(text);
    if (!whole.dataset) throw new Error('the messy dataset has no valid part');
    const expected = buildTimelineModel(whole.dataset);
    const got = await modelFromPipeline(text);

    expect(got.messages.filter((t) => t === 'events').length).toBe(Math.ceil(6_200 / BATCH_SIZE));
    expect(got.messages.at(-1)).toBe('done');
    expect(summary(got.model)).toEqual(summary(expected));
    // The same problems, listed in the file's order (errors, then warnings): a reply link's at its event, not after every event's.
    expect(got.problems).toEqual(keptProblems(whole.problems).problems.map((p) => `${p.path}: ${p.message}`));
    expect(got.problems.at(-1)).toMatch(/^events\[3000\]\.id: id "e\d+" is already used by events\[100\]: this event was kept as "e\d+-2"$/);
    // The file's bad links were really there, and removed.
    expect(got.problems.some((p) => p.includes('reply cycle'))).toBe(true);
    expect(got.problems.some((p) => p.includes('"no-such-event"'))).toBe(true);
  });
});

describe('runPipeline after a redirect', () => {
  const PAGE = 'https://timeline.example/app/';
  const REQUESTED = 'https://timeline.example/app/r.json';
  const file = readFileSync('tests/fixtures/valid-minimal.json', 'utf8');

  /** fetch answers as if the request had been redirected to `finalUrl`; `cancelled` tells whether the body was dropped unread. */
  function redirectTo(finalUrl: string) {
    const state = { cancelled: false, pulled: false };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const body = new ReadableStream<Uint8Array>({
          pull(c) {
            state.pulled = true;
            c.enqueue(new TextEncoder().encode(file));
            c.close();
          },
          cancel() {
            state.cancelled = true;
          },
        }, { highWaterMark: 0 });
        const res = new Response(body, { headers: { 'content-type': 'application/json' } });
        Object.defineProperty(res, 'url', { value: finalUrl });
        return res;
      }),
    );
    return state;
  }

  async function run(): Promise<PipelineMessage> {
    const messages: PipelineMessage[] = [];
    await runPipeline({ url: REQUESTED, pageUrl: PAGE }, (m) => messages.push(m));
    return messages.at(-1)!;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('reports the address the file really came from: another path on this site', async () => {
    redirectTo('https://timeline.example/data/moved.json');
    expect(await run()).toMatchObject({ type: 'done', url: 'https://timeline.example/data/moved.json' });
  });

  it('reports the address the file really came from: another https site', async () => {
    redirectTo('https://cdn.example.net/moved.json');
    expect(await run()).toMatchObject({ type: 'done', url: 'https://cdn.example.net/moved.json' });
  });

  it('refuses a redirect to an http address on another site, without reading its body', async () => {
    const state = redirectTo('http://evil.example/x.json');
    const m = await run();
    expect(m).toEqual({
      type: 'error',
      kind: 'refused',
      failure: { why: 'redirectRefused', to: '"http://evil.example/x.json"', refusal: 'not-https' },
      problems: [],
      unlisted: [],
    });
    expect(errorText(m)).toBe('The address redirected to "http://evil.example/x.json", which was refused: only https addresses or paths on this site can be loaded.');
    expect(state.pulled).toBe(false);
    expect(state.cancelled).toBe(true);
  });

  it('refuses a redirect to an origin outside the VITE_DATA_ORIGINS allowlist', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', 'https://data.example.org');
    redirectTo('https://cdn.example.net/moved.json');
    const m = await run();
    expect(m).toMatchObject({ type: 'error', kind: 'refused' });
    expect(errorText(m)).toBe('The address redirected to "https://cdn.example.net/moved.json", which was refused: this site only loads data from https://data.example.org.');
    expect(errorText(m, ru)).toBe('Адрес перенаправил на "https://cdn.example.net/moved.json", и это отклонено: этот сайт загружает данные только с https://data.example.org.');
    redirectTo('https://data.example.org/moved.json');
    expect(await run()).toMatchObject({ type: 'done', url: 'https://data.example.org/moved.json' });
  });
});

/** Every message the pipeline sends for `input`, each copied as postMessage copies it. */
async function messagesFor(input: Parameters<typeof runPipeline>[0]): Promise<PipelineMessage[]> {
  const messages: PipelineMessage[] = [];
  await runPipeline(input, (m) => messages.push(structuredClone(m)));
  return messages;
}

/** The last message, which must be `done`. */
function done(messages: PipelineMessage[]): Extract<PipelineMessage, { type: 'done' }> {
  const last = messages.at(-1);
  if (last?.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(last)}`);
  return last;
}

const fixture = (path: string) => new Uint8Array(readFileSync(path));
/** A file's content as the browser's File gives it (jsdom's Blob cannot be read as a stream; Node's is the platform's). */
const blob = (parts: (Uint8Array | string)[]) => new NodeBlob(parts) as unknown as Blob;

describe('runPipeline on any input the importer reads', () => {
  it('loads our spreadsheet by its content, with problems located by row and column and the title from the address', async () => {
    const csv = ['id,date,kind,from,to,title,summary,source 1 title,source 1 publisher,colour', 'a,2022-03-12,letter,Roscosmos,NASA,Demand,Roscosmos demands.,TASS,TASS,red'].join('\n');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(csv, { headers: { 'content-type': 'text/csv' } })));
    try {
      const messages = await messagesFor({ url: 'https://timeline.example/data/my%20letters.csv', pageUrl: 'https://timeline.example/' });
      const d = done(messages);
      expect(d.format).toBe('dataset-csv');
      expect(d.meta.title).toBe('my letters');
      expect(d.meta.actors.map((a) => a.name)).toEqual(['Roscosmos', 'NASA']);
      expect(d.problems.map((p) => `${p.code} ${p.path}: ${p.message}`)).toEqual([
        'unknown-column row 1, column "colour": is not a column of this format (ignored)',
        'no-title (file): has no #title row: the timeline is called "my letters"',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('loads a TimelineJS file, listing what was not carried over and the unsourced slides at their places', async () => {
    const d = done(await messagesFor({ text: readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8') }));
    expect(d.format).toBe('timelinejs-json');
    expect(d.meta.title).toBe('The space race');
    // Its 6 slides, of which the conversion left out 2 (BCE, no date): "2 of 6 events were left out".
    expect({ eventCount: d.eventCount, droppedEvents: d.droppedEvents }).toEqual({ eventCount: 6, droppedEvents: 2 });
    expect(d.problems.filter((p) => p.code === 'not-carried-over').map((p) => p.path)).toEqual([
      'title.media',
      'eras[0]',
      'events[0].media',
      'events[1].media',
      'events[1].background',
      'events[2].media',
      'events[4].start_date',
    ]);
    expect(d.problems.filter((p) => p.code === 'unsourced').map((p) => p.path)).toEqual(['events[2].text.text', 'events[3].text.text']);
  });

  it('reads a local file in the same way, reporting how much of it was read, titled by its name when it names no title', async () => {
    const csv = readFileSync('tests/fixtures/timelinejs/space-race.csv');
    const messages = await messagesFor({ file: blob([csv]), name: 'Space race.csv' });
    const d = done(messages);
    expect(d.format).toBe('timelinejs-csv');
    expect(d.url).toBeUndefined();
    expect(messages.some((m) => m.type === 'progress' && m.progress.stage === 'check')).toBe(true);
    expect(messages.filter((m) => m.type === 'events').flatMap((m) => (m.type === 'events' ? m.events.map((e) => e.id) : []))).toEqual(['sputnik-1', 'gagarin-orbits-earth', 'apollo-11']);
  });

  it('reads a local dataset JSON file as fast as a fetched one, and the same', async () => {
    const d = done(await messagesFor({ file: blob([fixture('data/roscosmos-iss-2022.json')]), name: 'roscosmos-iss-2022.json' }));
    expect(d.format).toBe('dataset-json');
    expect(d.eventCount).toBe(19);
    expect(d.problems).toEqual([]);
  });

  it.each([
    ['a workbook renamed .csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /^The file cannot be read: it is a ZIP file \(an Excel \.xlsx or OpenDocument workbook\?\), not CSV or JSON: in your spreadsheet choose File › Save as/],
    ['UTF-16 text that cannot be decoded (a lone surrogate)', new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x00, 0xd8, 0x7d, 0]), /^The file cannot be read: it is UTF-16 text \("Unicode text"\) that cannot be decoded/],
    ['JSON in a Windows code page', new TextEncoder().encode('{"version":1,"title":"Caf\u00e9"}').filter((b) => b !== 0xc3).map((b) => (b === 0xa9 ? 0xe9 : b)), /^The file cannot be read: it is not UTF-8 text/],
    ['a table in a Windows code page with no header this app knows', new TextEncoder().encode('name,place\nA,Caf\u00e9').filter((b) => b !== 0xc3).map((b) => (b === 0xa9 ? 0xe9 : b)), /^The file cannot be read: it is not UTF-8 text/],
    ['text that is no layout the app knows', new TextEncoder().encode('Hello, this is a note.'), /^The file cannot be read: it is not JSON and has no header row this app knows/],
  ])('refuses %s with the importer\'s message', async (_, bytes, message) => {
    const last = (await messagesFor({ file: blob([bytes]), name: 'letters.csv' })).at(-1);
    expect(last).toMatchObject({ type: 'error', kind: 'not-json' });
    expect(errorText(last)).toMatch(message);
  });

  it.each([
    ['a PNG image', fixture('tests/fixtures/open-file/photo.png'), 'The file cannot be read: it is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это изображение (PNG), а не таблица и не файл JSON: откройте файл CSV или JSON.'],
    ['a JPEG image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'The file cannot be read: it is an image (JPEG), not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это изображение (JPEG), а не таблица и не файл JSON: откройте файл CSV или JSON.'],
    ['a GIF image', new TextEncoder().encode('GIF89a\u0001\u0000'), 'The file cannot be read: it is an image (GIF), not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это изображение (GIF), а не таблица и не файл JSON: откройте файл CSV или JSON.'],
    ['a WebP image', new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]), 'The file cannot be read: it is an image (WebP), not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это изображение (WebP), а не таблица и не файл JSON: откройте файл CSV или JSON.'],
    ['a PDF document', fixture('tests/fixtures/open-file/doc.pdf'), 'The file cannot be read: it is a PDF document, not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это документ PDF, а не таблица и не файл JSON: откройте файл CSV или JSON.'],
    ['a web page saved on this computer', fixture('tests/fixtures/open-file/page.html'), 'The file cannot be read: it is a web page (HTML), not a spreadsheet or a JSON file: open a CSV or JSON file.', 'Файл не удалось прочитать: это веб-страница (HTML), а не таблица и не файл JSON: откройте файл CSV или JSON.'],
  ])('names %s dropped on the page for what it is, in English and Russian, and says to open a CSV or JSON file', async (_, bytes, english, russian) => {
    const last = (await messagesFor({ file: blob([bytes]), name: 'letters.csv' })).at(-1);
    expect(last).toMatchObject({ type: 'error', kind: 'not-json', failure: { why: 'notRead' } });
    expect(errorText(last)).toBe(english);
    expect(errorText(last, ru)).toBe(russian);
  });

  it('refuses a sheet without a column every event needs with that one problem, not one per row', async () => {
    const last = (await messagesFor({ file: blob([fixture('tests/fixtures/open-file/no-date-col.csv')]), name: 'no-date-col.csv' })).at(-1);
    expect(errorText(last)).toBe('The dataset cannot be shown: row 8: the header has no "date" column: every event needs "date", "kind", "from", "title" and "summary"; the other columns may be left out (see template.csv).');
    expect(last).toMatchObject({ type: 'error', problems: [{ code: 'missing-columns' }] });
  });

  it('says a web page came back only for an address, never for a local file', async () => {
    const page = fixture('tests/fixtures/open-file/page.html');
    const fromAddress = (await messagesFor({ bytes: page, from: 'https://example.org/letters.csv' })).at(-1);
    expect(errorText(fromAddress)).toBe('The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file): give the address of the file itself.');
    expect(errorText(fromAddress, ru)).toBe('По адресу пришла веб-страница, а не файл CSV или JSON (страница входа или ошибки либо страница, на которой файл показан): укажите адрес самого файла.');
    expect(errorText((await messagesFor({ file: blob([page]), name: 'page.html' })).at(-1))).not.toMatch(/address/);
  });

  it('names the line and column of a JSON syntax error dropped on the page, in English and Russian, without cutting the message off', async () => {
    // A comma missing at the end of line 3: the parser stops at the next property, line 4.
    const broken = '{\n  "version": 1,\n  "title": "Letters"\n  "actors": [],\n  "events": []\n}';
    const last = (await messagesFor({ file: blob([new TextEncoder().encode(broken)]), name: 'letters.json' })).at(-1);
    expect(errorText(last)).toBe(
      "The file is not a dataset: it is not valid JSON: line 4, column 3 (the mistake is there or just before it): Expected ',' or '}' after property value.",
    );
    expect(errorText(last, ru)).toBe(
      'Файл не является набором данных: файл не в формате JSON: ошибка в строке 4, столбце 3 (или чуть раньше: например, пропущена запятая или кавычка).',
    );
  });

  it('says in English that an empty file is empty, as a sentence about the file', async () => {
    const last = (await messagesFor({ file: blob([new Uint8Array(0)]), name: 'letters.csv' })).at(-1);
    expect(errorText(last)).toBe('The file is not a dataset: it is empty.');
    expect(errorText(last, ru)).toBe('Файл не является набором данных: файл пуст.');
  });

  it('says of a sheet with a header and no rows that it has no events, naming no place "(file)", in English and Russian', async () => {
    const sheet = '#title,Letters\nid,date,kind,from,to,title,summary\n';
    const last = (await messagesFor({ file: blob([new TextEncoder().encode(sheet)]), name: 'letters.csv' })).at(-1);
    expect(errorText(last)).toBe('The dataset cannot be shown: the dataset has no events.');
    expect(errorText(last, ru)).toBe('Набор данных нельзя показать: нет ни одного допустимого события.');
  });

  it('says in Russian what to do with a workbook', async () => {
    const last = (await messagesFor({ file: blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]), name: 'sheet.xlsx' })).at(-1);
    expect(errorText(last, ru)).toBe('Файл не удалось прочитать: это архив ZIP (книга Excel .xlsx или OpenDocument?), а не CSV или JSON: в программе электронных таблиц выберите «Файл › Сохранить как» (или «Скачать») › «CSV UTF-8» и откройте сохранённый файл.');
  });

  it('refuses a file over the size limit before reading it', async () => {
    let read = false;
    const huge = { size: LIMITS.fileBytes + 1, stream: () => { read = true; return blob([]).stream(); } } as unknown as Blob;
    expect((await messagesFor({ file: huge, name: 'huge.csv' })).at(-1)).toMatchObject({ type: 'error', kind: 'too-large', failure: { why: 'fileTooLarge' }, problems: [] });
    expect(errorText((await messagesFor({ file: huge, name: 'huge.csv' })).at(-1))).toBe('The file is larger than 64 MB.');
    expect(read).toBe(false);
  });

  it("lists a sheet's problems in the file's order, the importer's among the validator's (errors first, then warnings), and downloads them so", async () => {
    const csv = [
      '#title,T',
      'date,kind,from,title,summary,source 1 title,source 1 publisher,colour',
      '2022-03-02,email,NASA,A,S,ST,SP,', // row 3: a kind the format has not (the validator)
      '2022-03-03,letter,NASA,B,S,,,', // row 4: no source (the validator's warning)
      '2022-03-04,letter,NASA,C,S,ST,SP,,extra', // row 5: more cells than columns (the importer)
      '2022-03-05 13:43,letter,NASA,D,S,ST,SP,', // row 6: a time without a time zone (the importer's warning)
      '2022-13-45,letter,NASA,E,S,ST,SP,', // row 7: no such date (the validator)
    ].join('\n');
    const d = done(await messagesFor({ text: csv }));
    const listed = d.problems.map((p) => `${p.code} ${p.path}`);
    expect(listed).toEqual([
      'unknown-column row 2, column "colour"',
      'not-allowed row 3, column "kind"',
      'extra-cells row 5',
      'invalid-date row 7, column "date"',
      'unsourced row 4, column "source 1 title"',
      'time-dropped row 6, column "date"',
    ]);
    const downloaded = problemsCsv(d.problems, en).split('\r\n').slice(1, -1);
    expect(downloaded.map((line) => /^"?(row \d+)/.exec(line)?.[1])).toEqual(d.problems.map((p) => /^row \d+/.exec(p.path)?.[0]));
  });

  it('names the fatal problem of a converted file first, before the conversion\'s notes', async () => {
    const csv = 'date,kind,from,title,summary,colour\nnot a date,letter,X,T,S,red\n';
    const last = (await messagesFor({ text: csv })).at(-1);
    expect(last?.type).toBe('error');
    if (last?.type !== 'error') return;
    expect(last.kind).toBe('invalid');
    expect(errorText(last)).toMatch(/^The dataset cannot be shown: row 2, column "date": /);
    expect(last.problems.map((p) => p.code)).toContain('unknown-column');
  });
});

describe('runPipeline on a long sheet with many problems', () => {
  /** `rows` event rows, none with a source; every 1,000th (from the 1,000th) dated 2021-13-45. */
  const sheet = (rows: number, bad: (i: number) => boolean = (i) => i % 1_000 === 999) =>
    ['#title,Archive', 'id,date,kind,from,to,title,summary', ...Array.from({ length: rows }, (_, i) => `e${i},${bad(i) ? '2021-13-45' : '2022-03-12'},letter,NASA,,T,S`)].join('\n');

  it('lists every problem that left an event out first, then the first 1,000 warnings of a kind, and counts the rest of that kind', async () => {
    const d = done(await messagesFor({ text: sheet(20_000) }));
    expect({ eventCount: d.eventCount, droppedEvents: d.droppedEvents, problemCount: d.problemCount }).toEqual({ eventCount: 20_000, droppedEvents: 20, problemCount: 20 + 19_980 });
    const invalid = d.problems.filter((p) => p.code === 'invalid-date');
    expect(invalid.map((p) => p.path)).toEqual(Array.from({ length: 20 }, (_, k) => `row ${1_000 * k + 1_002}, column "date"`));
    // The errors first, though the first of them is on row 1,002, after a thousand rows without a source.
    expect(d.problems.slice(0, 20)).toEqual(invalid);
    // Then the first thousand rows without a source (row 1,002, left out, has no such warning).
    const unsourcedRows = Array.from({ length: 1_001 }, (_, k) => k + 3).filter((row) => row !== 1_002);
    expect(d.problems.slice(20).map((p) => p.path)).toEqual(unsourcedRows.map((row) => `row ${row}, column "source 1 title"`));
    expect(d.problems.slice(20).every((p) => p.code === 'unsourced')).toBe(true);
    expect(d.unlisted).toEqual([{ code: 'unsourced', count: 18_980, message: 'has no source: the event is shown marked "Unsourced"' }]);
  });

  it('counts the slides past the first 1,000 of a kind apart when each was left out, saying so', async () => {
    // 1,200 slides before year 1 (each left out) and an era (nothing left out), all 'not carried over'.
    const slides = Array.from({ length: 1_200 }, (_, i) => ({ start_date: { year: -500 - i }, text: { headline: `H${i}` } }));
    const text = JSON.stringify({ title: { text: { headline: 'T' } }, eras: [{ start_date: { year: 2022 }, end_date: { year: 2023 } }], events: [...slides, { start_date: { year: 2022 }, text: { headline: 'Kept', text: 'https://e.org/a' } }] });
    const d = done(await messagesFor({ text }));
    expect(d.droppedEvents).toBe(1_200);
    const listed = d.problems.filter((p) => p.code === 'not-carried-over');
    expect(listed).toHaveLength(1_000);
    expect(listed.filter((p) => p.leftOut === 'event')).toHaveLength(999);
    expect(d.unlisted).toEqual([{ code: 'not-carried-over', count: 201, leftOut: 'event', message: 'has something this app cannot show (left out): their events were left out' }]);
  });

  it('lists every problem of a sheet none of whose rows can be shown, past the 500 once kept', async () => {
    const last = (await messagesFor({ text: sheet(3_000, () => true) })).at(-1);
    expect(last).toMatchObject({ type: 'error', kind: 'invalid', unlisted: [] });
    if (last?.type !== 'error') return;
    expect(last.problems.filter((p) => p.code === 'invalid-date')).toHaveLength(3_000);
  });
});
