import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../src/features/dataset/pipeline.ts';
import { SCAN_BYTES } from '../../src/features/dataset/slicedPipeline.ts';
import { scannerTraps } from '../fixtures/scannerTraps.ts';

describe('the floor page with a worker', () => {
  it('sends the events in batches of the size the app\'s data worker sends', () => {
    const script = readFileSync('bench/floor/handover.js', 'utf8');
    expect(/var BATCH_SIZE = (\d+);/.exec(script)?.[1]).toBe(String(BATCH_SIZE));
  });
});

type StartChecks = (header: { events: unknown[] }) => { add(events: unknown[]): void; finish(): number };

/** slices.js's reader, run on `text` served in chunks of `chunk` bytes (with `startChecks`, as slicechecks.html runs it). */
async function readSliced(text: string, chunk: number, startChecks?: StartChecks, page: { performance?: { now(): number }; MessageChannel?: unknown } = {}): Promise<unknown> {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
  const window: { __floorReadSliced?: (url: string) => Promise<unknown>; __floorChecks?: StartChecks } = { __floorChecks: startChecks };
  const fetch = () => Promise.resolve({ ok: true, body });
  runInNewContext(readFileSync('bench/floor/slices.js', 'utf8'), { window, fetch, performance, TextDecoder, MessageChannel, Uint8Array, JSON, globalThis: {}, ...page });
  return window.__floorReadSliced!('data.json');
}

describe('the floor page that reads in slices', () => {
  // The traps, and a field after the events that mentions them again.
  const dataset = {
    ...scannerTraps,
    after: { events: [] },
  };

  it.each([1, 3, 7, 64, 1 << 16])('reads the same value as JSON.parse when the body arrives %i bytes at a time', async (chunk) => {
    const text = JSON.stringify(dataset, null, chunk === 7 ? 2 : undefined);
    expect(await readSliced(text, chunk)).toEqual(JSON.parse(text));
  });

  describe('a chunk of several parts (a network chunk can be megabytes)', () => {
    const many = { ...dataset, events: Array.from({ length: 40 }, (_, i) => dataset.events.map((e) => ({ ...e, id: `${String(e.id)}-${i}`, note: 'x'.repeat(997 + i) }))).flat() };
    const text = JSON.stringify(many);

    it('reads the same value as JSON.parse, the parts cut inside strings and events', async () => {
      expect(text.length).toBeGreaterThan(3 * SCAN_BYTES);
      expect(await readSliced(text, new TextEncoder().encode(text).length)).toEqual(JSON.parse(text));
    });

    it("gives the page a turn between parts of the app's size, not only between chunks", async () => {
      // A clock where every slice has run long: the reader yields after each part it scans.
      let now = 0;
      let turns = 0;
      class CountingChannel extends MessageChannel {
        constructor() {
          super();
          turns++;
        }
      }
      const bytes = new TextEncoder().encode(text).length;
      await readSliced(text, bytes, undefined, { performance: { now: () => (now += 100) }, MessageChannel: CountingChannel });
      expect(turns).toBe(Math.ceil(bytes / SCAN_BYTES));
    });
  });
});

describe('the floor page that reads in slices and checks', () => {
  const bundled = readFileSync('data/roscosmos-iss-2022.json', 'utf8');
  // eventCheck.ts, as slicechecks.html loads it: the app's own checks, started on the header.
  const startChecks = async (): Promise<StartChecks> => {
    await import('../../bench/floor/eventCheck.ts');
    return (globalThis as { __floorChecks?: StartChecks }).__floorChecks!;
  };

  it('gives the checks the header with no events, then every event once and in order, then finishes', async () => {
    const seen: { header?: unknown; events: unknown[]; finished: number } = { events: [], finished: 0 };
    const recording: StartChecks = (header) => {
      seen.header = structuredClone(header);
      return { add: (events) => void seen.events.push(...events), finish: () => ++seen.finished };
    };
    const value = JSON.parse(bundled) as { events: unknown[] };
    expect(await readSliced(bundled, 64, recording)).toEqual(value);
    expect(seen.header).toEqual({ ...value, events: [] });
    expect(seen.events).toEqual(value.events);
    expect(seen.finished).toBe(1);
  });

  it("reads the bundled dataset through the app's checks", async () => {
    expect(await readSliced(bundled, 4096, await startChecks())).toEqual(JSON.parse(bundled));
  });

  it("fails on an event the app's checks leave out, and on a file they reject at the end", async () => {
    const value = JSON.parse(bundled) as { events: { id: string; inReplyTo?: string[] }[] };
    // A day no calendar has (a repeated id is no longer left out: it is kept under a new id).
    const badDate = { ...value, events: [...value.events, { ...value.events[0], id: 'bad-date', date: '2022-02-30' }] };
    await expect(readSliced(JSON.stringify(badDate), 4096, await startChecks())).rejects.toThrow('an event is not valid');
    const noEvents = { ...value, events: [] };
    await expect(readSliced(JSON.stringify(noEvents), 4096, await startChecks())).rejects.toThrow('the file is not valid');
  });
});

describe('the floor page with the least chart', () => {
  const scripts = (page: string) => [...readFileSync(`bench/floor/${page}`, 'utf8').matchAll(/<script defer src="([^"]+)"/g)].map((m) => m[1]!.replace(/^\.\//, '/floor/'));

  it('loads what the floor reading in slices with checks loads, then only its chart', () => {
    const withChecks = scripts('slicechecks.html').filter((s) => s !== '/floor/floor.js');
    expect(scripts('chart.html')).toEqual([...withChecks, '/floor/chart.js']);
  });

  type Counts = (times: Float64Array, lanes: Int32Array, laneCount: number, t0: number, t1: number, width: number, binPx: number) => { bins: number; counts: Int32Array };
  const clusterCounts = (): Counts => {
    const window: { __floorClusterCounts?: Counts } = {};
    runInNewContext(readFileSync('bench/floor/chart.js', 'utf8'), { window, document: { getElementById: () => null }, Int32Array, Math });
    return window.__floorClusterCounts!;
  };

  it('counts each event in view once, in its lane and its column, and none outside the view', () => {
    const times = Float64Array.from([0, 39, 40, 99, 100, -1, 120]);
    const lanes = Int32Array.from([0, 0, 1, 1, 0, 0, 1]);
    // 100 ms over 100 px in columns of 40 px: [0, 40), [40, 80), [80, 100).
    const { bins, counts } = clusterCounts()(times, lanes, 2, 0, 100, 100, 40);
    expect(bins).toBe(3);
    expect([...counts]).toEqual([2, 0, 0, 0, 1, 1]);
  });
});
