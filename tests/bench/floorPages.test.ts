import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../src/features/dataset/pipeline.ts';
import { scannerTraps } from '../fixtures/scannerTraps.ts';

describe('the floor page with a worker', () => {
  it('sends the events in batches of the size the app\'s data worker sends', () => {
    const script = readFileSync('bench/floor/handover.js', 'utf8');
    expect(/var BATCH_SIZE = (\d+);/.exec(script)?.[1]).toBe(String(BATCH_SIZE));
  });
});

type StartChecks = (header: { events: unknown[] }) => { add(events: unknown[]): void; finish(): number };

/** slices.js's reader, run on `text` served in chunks of `chunk` bytes (with `startChecks`, as slicechecks.html runs it). */
async function readSliced(text: string, chunk: number, startChecks?: StartChecks): Promise<unknown> {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
  const window: { __floorReadSliced?: (url: string) => Promise<unknown>; __floorChecks?: StartChecks } = { __floorChecks: startChecks };
  const fetch = () => Promise.resolve({ ok: true, body });
  runInNewContext(readFileSync('bench/floor/slices.js', 'utf8'), { window, fetch, performance, TextDecoder, MessageChannel, Uint8Array, JSON, globalThis: {} });
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
    const duplicate = { ...value, events: [...value.events, value.events[0]] };
    await expect(readSliced(JSON.stringify(duplicate), 4096, await startChecks())).rejects.toThrow('an event is not valid');
    const noEvents = { ...value, events: [] };
    await expect(readSliced(JSON.stringify(noEvents), 4096, await startChecks())).rejects.toThrow('the file is not valid');
  });
});
