import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../../src/features/dataset/loadDataset.ts';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';

const good = readFileSync('data/roscosmos-iss-2022.json', 'utf8');

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' }, ...init })));
}

async function failure(): Promise<DatasetError> {
  try {
    await loadDataset('/x.json');
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return err as DatasetError;
  }
  throw new Error('loadDataset did not fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/*
 * loadDataset as the app calls it for any file but the bundled one. Under Vitest no worker
 * starts, so the same pipeline runs on this thread (runInline): these tests go through the
 * production path from fetch to model.
 */
describe('loadDataset', () => {
  it('returns the model of a valid file', async () => {
    serve(good);
    const r = await loadDataset('/x.json');
    expect(r.model.events).toHaveLength(19);
    expect(r.problems).toEqual([]);
  });

  it('asks for the file at once, before the script that reads it has loaded, and only once', async () => {
    serve(good);
    const loading = loadDataset('/x.json');
    // Nothing awaited yet: the page's pipeline (a script of its own in the built app) is still on its way.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await loading).model.events).toHaveLength(19);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('cancels the early request when the reader cancels before the file is read', async () => {
    let aborted = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) =>
            init.signal?.addEventListener('abort', () => {
              aborted = true;
              reject(new DOMException('aborted', 'AbortError'));
            }),
          ),
      ),
    );
    const controller = new AbortController();
    const loading = loadDataset('/x.json', controller.signal).catch((e: unknown) => e);
    controller.abort();
    expect(aborted).toBe(true);
    expect(((await loading) as DatasetError).message).toMatch(/cancel/i);
  });

  it('reads a body that arrives in pieces, a character split across two of them included', async () => {
    const bytes = new TextEncoder().encode(good);
    const cut = bytes.indexOf(0xd0) + 1; // inside the first two-byte (Cyrillic) character
    expect(cut).toBeGreaterThan(0);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })));
    const r = await loadDataset('/x.json');
    expect(r.model.events).toHaveLength(19);
  });

  it('stops a body that grows past the size limit, even without a Content-Length', async () => {
    const chunk = new Uint8Array(16 * 1024 * 1024).fill(0x20);
    let sent = 0;
    let cancelled = false;
    // Endless: only the reader's own limit can stop it.
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        sent++;
        c.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })));
    const err = await failure();
    expect(err.kind).toBe('too-large');
    expect(err.message).toBe('The dataset is larger than 64 MB.');
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(8);
  });

  it('says not found for a 404', async () => {
    serve('nope', { status: 404 });
    expect((await failure()).message).toBe('The dataset was not found (HTTP 404).');
  });

  it('says server error for a 500', async () => {
    serve('boom', { status: 500 });
    expect((await failure()).message).toBe('The server could not send the dataset (HTTP 500).');
  });

  it('says a web page came back instead of a CSV or JSON file, and what to give instead', async () => {
    serve('<!doctype html><p>hi', { headers: { 'content-type': 'text/html' } });
    expect((await failure()).message).toBe('The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file): give the address of the file itself.');
  });

  it('says a truncated file is cut off', async () => {
    serve(good.slice(0, 500));
    expect((await failure()).message).toBe('The dataset is cut off before the end.');
  });

  it('says JSON that is not a dataset object is not a dataset', async () => {
    serve('[1, 2]');
    const err = await failure();
    expect(err.kind).toBe('not-json');
    expect(err.message).toBe('The file is not a dataset: expected an object with "version", "title", "actors" and "events", got a list.');
  });

  it('calls a dataset invalid by the kind of its first problem, also when that problem is about the whole file', async () => {
    serve(JSON.stringify({ version: 1, title: 'x', actors: [], events: [{ id: 'a' }], extra: true }));
    const err = await failure();
    expect(err.kind).toBe('invalid');
    expect(err.message).toMatch(/^The dataset cannot be shown: unknown field "extra" \(ignored\) \(and \d+ more problems\)\.$/);
  });

  it('names the first problem of an invalid file and counts the rest', async () => {
    serve(JSON.stringify({ version: 1, title: 'x', actors: [], events: [{ id: 'A' }] }));
    const err = await failure();
    expect(err.kind).toBe('invalid');
    expect(err.message).toMatch(/^The dataset cannot be shown: events\[0\]\.id: "A" must use only a-z, 0-9 and "-": the event was left out \(and \d+ more problems\)\.$/);
  });

  it('counts one more problem in the singular (a one-row sheet whose row is refused)', async () => {
    serve('#title,T\ndate,kind,from,title,summary\nsometime in March 2022,letter,NASA,A,S\n');
    const err = await failure();
    expect(err.kind).toBe('invalid');
    expect(err.message).toMatch(/ \(and 1 more problem\)\.$/);
  });

  it('gives up after 10 seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      ),
    );
    const p = loadDataset('/slow.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const err = (await p) as DatasetError;
    expect(err.message).toBe('The dataset did not arrive within 10 seconds.');
  });

  it('reads a file that keeps arriving for longer than 10 seconds, and gives up on one that stops arriving for 10', async () => {
    // Before, the 10 seconds counted to the end of the body: a large file arriving for 20 s on a slow line was cut off as 'did not arrive within 10 seconds'.
    vi.useFakeTimers();
    const bytes = new TextEncoder().encode(good);
    /** The file in `parts` pieces, one every `everyMs`, the last `stallMs` late (and never, with Infinity). */
    const drip = (parts: number, everyMs: number, stallMs = everyMs) =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async (_url: string, init: RequestInit) => {
          let sent = 0;
          const size = Math.ceil(bytes.length / parts);
          const body = new ReadableStream<Uint8Array>({
            pull: (c) =>
              new Promise<void>((resolve, reject) => {
                init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
                if (sent === parts - 1 && stallMs === Infinity) return;
                setTimeout(() => {
                  c.enqueue(bytes.subarray(sent * size, (sent + 1) * size));
                  if (++sent === parts) c.close();
                  resolve();
                }, sent === parts - 1 ? stallMs : everyMs);
              }),
          });
          return new Response(body, { headers: { 'content-type': 'application/json' } });
        }),
      );
    drip(5, 4_000);
    const arriving = loadDataset('/slow-line.json');
    await vi.advanceTimersByTimeAsync(25_000);
    expect((await arriving).model.events).toHaveLength(19);
    drip(5, 1_000, Infinity);
    const stalled = loadDataset('/stalled.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(((await stalled) as DatasetError).message).toBe('The dataset did not arrive within 10 seconds.');
  });

  it('keeps the valid events of a partly invalid file and lists what was left out', async () => {
    const d = JSON.parse(good) as { events: Record<string, unknown>[] };
    d.events[2] = { ...d.events[2], date: '2022-02-30' };
    serve(JSON.stringify(d));
    const r = await loadDataset('/x.json');
    expect(r.model.events).toHaveLength(18);
    expect(r.droppedEvents).toBe(1);
    expect(r.problems[0]?.path).toBe('events[2].date');
  });
});
