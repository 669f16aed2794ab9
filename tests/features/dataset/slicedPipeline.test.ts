import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, type LoadedDataset } from '../../../src/features/dataset/loadDataset.ts';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';
import { runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { runSlicedPipeline } from '../../../src/features/dataset/slicedPipeline.ts';
import { generateDataset, mulberry32 } from '../../../src/shared/gen/generateDataset.ts';
import { modelBuilder } from '../../../src/shared/model/timelineModel.ts';

/*
 * A file fetched by address is read on the page as it arrives (slicedPipeline.ts), or handed to
 * the ordinary pipeline when it is not in the usual layout. Either way the reader must get what
 * the ordinary pipeline gives for the same text: the same events, problems and counts.
 */

const bundled = readFileSync('data/roscosmos-iss-2022.json', 'utf8');

/** A generated archive in shuffled order with bad events and links mixed in (as pipeline.test.ts's). */
function messy(): Record<string, unknown> & { events: Record<string, unknown>[] } {
  const d = generateDataset({ events: 3_000, actors: 5, seed: 11 });
  const rnd = mulberry32(5);
  const events = [...d.events] as unknown as Record<string, unknown>[];
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [events[i], events[j]] = [events[j]!, events[i]!];
  }
  events[10]!.date = '2022-02-30';
  events[20]!.inReplyTo = [events[10]!.id, 'no-such-event'];
  events[1_299]!.inReplyTo = [events[1_300]!.id];
  events[1_300]!.inReplyTo = [events[1_299]!.id];
  events[2_000]!.id = events[100]!.id;
  events[2_500]!.to = ['agency-1', 'nobody'];
  return { ...d, events } as Record<string, unknown> & { events: Record<string, unknown>[] };
}

/** Serves `text` in chunks of `chunk` bytes. */
function serve(text: string, chunk = 4096) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const bytes = new TextEncoder().encode(text);
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
          c.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    }),
  );
}

/** What the reader is given: the dataset's summary, or the failure the reader is told. */
const summary = (d: Pick<LoadedDataset, 'model' | 'problems' | 'format' | 'eventCount' | 'droppedEvents'>) => ({
  events: d.model.events.map((e) => [e.id, e.order, e.start, e.end, e.inReplyTo ?? null, e.to]),
  title: d.model.title,
  actors: [...d.model.actorsById.keys()],
  problems: d.problems.map((p) => `${p.path}: ${p.message}`),
  format: d.format,
  eventCount: d.eventCount,
  droppedEvents: d.droppedEvents,
});

/** What the ordinary pipeline (the worker's) gives for the same text. */
async function ordinary(text: string) {
  let model = modelBuilder();
  let done: Extract<PipelineMessage, { type: 'done' }> | undefined;
  let failure: unknown;
  await runPipeline({ text, from: 'http://localhost:3000/x.json' }, (m) => {
    if (m.type === 'events') model.add(structuredClone(m.events));
    else if (m.type === 'restart') model = modelBuilder();
    else if (m.type === 'done') done = m;
    else if (m.type === 'error') failure = { kind: m.kind, failure: m.failure, problems: m.problems };
  });
  if (!done) return failure;
  return summary({ model: model.finish(done.meta, { order: done.order, repliesChanged: done.repliesChanged }), problems: done.problems, format: done.format, eventCount: done.eventCount, droppedEvents: done.droppedEvents });
}

/** What loadDataset gives for a file served at an address. */
async function byAddress(text: string) {
  serve(text);
  try {
    return summary(await loadDataset('/x.json'));
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    return { kind: err.kind, failure: err.failure, problems: err.problems };
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a file fetched by address', () => {
  const m = messy();
  const { events, ...header } = m;
  const cases: [string, string][] = [
    ['the bundled dataset', bundled],
    ['a large file with bad events, a duplicate id, a missing link and a reply cycle', JSON.stringify(m)],
    ['the same with its events before its actors', JSON.stringify({ events, ...header })],
    ['the same with a field after its events', JSON.stringify({ ...m, credit: 'Someone' })],
    ['the same with an event nested too deep', JSON.stringify({ ...m, events: [...events.slice(0, 1_500), { deep: [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]] }, ...events.slice(1_500)] })],
    ['the same with a number among its events', JSON.stringify({ ...m, events: [...events.slice(0, 2_000), 5, ...events.slice(2_000)] })],
    ['a TimelineJS file', readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8')],
  ];

  it.each(cases)('gives what the ordinary pipeline gives: %s', async (_, text) => {
    expect(await byAddress(text)).toEqual(await ordinary(text));
  });

  it('sends events to the page before the file has all arrived, and reads a regular file without handing it back', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(m));
    const half = bytes.length >> 1;
    let release = () => {};
    const rest = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const body = new ReadableStream<Uint8Array>({
          async start(c) {
            c.enqueue(bytes.slice(0, half));
            await rest;
            c.enqueue(bytes.slice(half));
            c.close();
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const seen: PipelineMessage['type'][] = [];
    let eventsBeforeRest = 0;
    const running = runSlicedPipeline('http://localhost:3000/x.json', 'http://localhost:3000/', (msg) => {
      seen.push(msg.type);
      if (msg.type === 'events') eventsBeforeRest += msg.events.length;
    });
    await vi.waitFor(() => expect(eventsBeforeRest).toBeGreaterThan(1_000));
    release();
    expect(await running).toBeNull();
    expect(seen.at(-1)).toBe('done');
    expect(seen).not.toContain('restart');
  });

  it('starts the model again when a file turns out irregular after its events were sent', async () => {
    serve(JSON.stringify({ ...m, credit: 'Someone' }));
    const seen: PipelineMessage['type'][] = [];
    const back = await runSlicedPipeline('http://localhost:3000/x.json', 'http://localhost:3000/', (msg) => void seen.push(msg.type));
    expect(seen).toContain('events');
    expect(seen.at(-1)).toBe('restart');
    // Handed back as its bytes, which the worker reads as a dropped file's (the same UTF-8 rule).
    expect(back && 'bytes' in back ? { text: new TextDecoder().decode(back.bytes), from: back.from } : back).toEqual({ text: JSON.stringify({ ...m, credit: 'Someone' }), from: 'http://localhost:3000/x.json' });
  });

  it('leaves an address that answers with a redirect to the ordinary pipeline, which follows and checks it', async () => {
    // On the page a redirect is not followed (the page's own policy would refuse another origin before the app could say why).
    const opaque = { type: 'opaqueredirect', ok: false, status: 0, url: '', headers: new Headers(), body: null } as unknown as Response;
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.redirect === 'manual' ? opaque : new Response(bundled, { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const got = await loadDataset('/x.json');
    expect(got.model.events).toHaveLength(19);
    expect(fetch.mock.calls.map(([, init]) => init?.redirect ?? 'follow')).toEqual(['manual', 'follow']);
  });
});

/** Serves `bytes` as they are, in chunks of `chunk` bytes; a redirect answers `redirect: 'manual'` first when `redirects`. */
function serveBytes(bytes: Uint8Array, { chunk = 4096, redirects = false } = {}) {
  const opaque = { type: 'opaqueredirect', ok: false, status: 0, url: '', headers: new Headers(), body: null } as unknown as Response;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      if (redirects && init?.redirect === 'manual') return opaque;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
          c.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/plain' } });
    }),
  );
}

/** The failure a reader is told for a file by address, or null when it loaded. */
async function failureByAddress(bytes: Uint8Array, redirects = false) {
  serveBytes(bytes, { redirects });
  try {
    await loadDataset('/x.csv');
    return null;
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    return { kind: err.kind, failure: err.failure, message: err.message };
  }
}

/** The failure a reader is told for the same bytes dropped on the page. */
async function failureDropped(bytes: Uint8Array) {
  let last: PipelineMessage | undefined;
  await runPipeline({ file: new NodeBlob([bytes]) as unknown as Blob, name: 'x.csv' }, (m) => (last = m));
  if (last?.type !== 'error') return null;
  const err = new DatasetError(last.kind, last.failure, last.problems);
  return { kind: err.kind, failure: err.failure, message: err.message };
}

/** Text with every "é" written as cp1252 writes it (one byte, 0xE9) instead of UTF-8's two. */
const cp1252 = (text: string) => new TextEncoder().encode(text.replace(/é/g, '\u0001')).map((b) => (b === 1 ? 0xe9 : b));

describe('a file that is not UTF-8, fetched by address', () => {
  const minimal = readFileSync('tests/fixtures/valid-minimal.json', 'utf8');
  const bigJson = JSON.stringify({ ...messy(), title: 'Café diplomatique' });
  const cases: [string, Uint8Array][] = [
    ['a dataset JSON saved in cp1252', cp1252(minimal.replace('"Two letters"', '"Café diplomatique"'))],
    ['a dataset JSON in cp1252 whose only such byte is in its last event', cp1252(minimal.replace('"Roscosmos demands."', '"Roscosmos demands a café."'))],
    ['a large dataset JSON in cp1252, in the usual layout', cp1252(bigJson)],
    ['a TimelineJS JSON file in cp1252', cp1252(readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8').replace(/"headline":\s*"/, '"headline": "Café '))],
  ];

  it.each(cases)('is refused as the same file dropped on the page is: %s', async (_, bytes) => {
    const dropped = await failureDropped(bytes);
    expect(dropped).toMatchObject({ kind: 'not-json', failure: { why: 'notRead', problem: { code: 'wrong-encoding' } } });
    expect(dropped!.message).toMatch(/^The file cannot be read: it is not UTF-8 text \(perhaps "CSV" in a Windows code page\)/);
    expect(await failureByAddress(bytes)).toEqual(dropped);
  });

  it.each(cases)('is refused the same way when the address redirects (read by the worker\'s pipeline): %s', async (_, bytes) => {
    expect(await failureByAddress(bytes, true)).toEqual(await failureDropped(bytes));
  });

  // Spreadsheets as Excel saves plain "CSV" in a French and a Russian Windows, and "CSV (MS-DOS)" in a Russian one: read in that code page, and said so.
  const sheets: [string, Uint8Array, string, string][] = [
    ['a French CSV saved in cp1252', readFileSync('tests/fixtures/code-pages/fr-1252.csv'), 'windows-1252', 'Lettre à la NASA'],
    ['a Russian CSV saved in cp1251 with semicolons', readFileSync('tests/fixtures/code-pages/ru-semicolon-cp1251.csv'), 'windows-1251', 'Рогозин требует снять санкции'],
    // Excel's "CSV (MS-DOS)" in a Russian Windows, headed in Russian: before, refused as not UTF-8.
    ['a Russian "CSV (MS-DOS)" saved in cp866', readFileSync('tests/fixtures/code-pages/ru-msdos-cp866.csv'), 'ibm866', 'Рогозин требует снять санкции'],
  ];

  it.each(sheets)('is read in its code page, by address (with or without a redirect) as when dropped, with a problem naming it: %s', async (_, bytes, encoding, title) => {
    let last: PipelineMessage | undefined;
    await runPipeline({ file: new NodeBlob([bytes]) as unknown as Blob, name: 'x.csv' }, (m) => (last = m));
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    const note = { code: 'legacy-encoding', path: '(file)', detail: { key: 'legacyEncoding', encoding } };
    expect(last.problems).toContainEqual(expect.objectContaining(note));
    for (const redirects of [false, true]) {
      serveBytes(bytes, { redirects });
      const loaded = await loadDataset('/x.csv');
      expect(loaded.model.events.map((e) => e.title)).toContain(title);
      expect(loaded.problems).toContainEqual(expect.objectContaining(note));
      expect(loaded.problems.map((p) => p.message)).toEqual(last.problems.map((p) => p.message));
    }
  });

  it('reads UTF-16 (Excel\'s "Unicode text") by address, with or without a redirect, as a dropped file is read, not as a Windows code page', async () => {
    const sheet = '#title\tЮникод\ndate\tkind\tfrom\ttitle\tsummary\tsource 1 title\tsource 1 publisher\n2022-03-02\tletter\tРоскосмос\tПисьмо\tО санкциях\tСтатья\tТАСС\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(sheet).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    let last: PipelineMessage | undefined;
    await runPipeline({ file: new NodeBlob([utf16]) as unknown as Blob, name: 'x.csv' }, (m) => (last = m));
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.problems).toEqual([]);
    for (const redirects of [false, true]) {
      serveBytes(utf16, { redirects });
      const loaded = await loadDataset('/x.csv');
      expect(loaded.model.title).toBe('Юникод');
      expect(loaded.model.events.map((e) => e.title)).toEqual(['Письмо']);
      expect(loaded.problems).toEqual([]);
    }
  });

  it('still loads a UTF-8 file with the same characters', async () => {
    serveBytes(new TextEncoder().encode(minimal.replace('"Two letters"', '"Café diplomatique"')));
    expect((await loadDataset('/x.json')).model.title).toBe('Café diplomatique');
  });
});
