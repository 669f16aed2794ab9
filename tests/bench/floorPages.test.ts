import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../src/features/dataset/pipeline.ts';

describe('the floor page with a worker', () => {
  it('sends the events in batches of the size the app\'s data worker sends', () => {
    const script = readFileSync('bench/floor/handover.js', 'utf8');
    expect(/var BATCH_SIZE = (\d+);/.exec(script)?.[1]).toBe(String(BATCH_SIZE));
  });
});

/** slices.js's reader, run on `text` served in chunks of `chunk` bytes. */
async function readSliced(text: string, chunk: number): Promise<unknown> {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
  const window: { __floorReadSliced?: (url: string) => Promise<unknown> } = {};
  const fetch = () => Promise.resolve({ ok: true, body });
  runInNewContext(readFileSync('bench/floor/slices.js', 'utf8'), { window, fetch, performance, TextDecoder, MessageChannel, Uint8Array, JSON, globalThis: {} });
  return window.__floorReadSliced!('data.json');
}

describe('the floor page that reads in slices', () => {
  // Keys and strings that a scanner could mistake for the events array or an event's end.
  const dataset = {
    version: 1,
    title: 'Брифинг "events": [ { } ] \\ ',
    actors: [{ id: 'a', name: 'events', tags: ['events', '[', '}'] }],
    meta: { events: [{ id: 'not-an-event' }] },
    events: Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      title: `Роскосмос ответил \\"${i}\\" } ] {`,
      to: ['a', 'b'],
      nested: { deep: [{ x: i }, []] },
      quote: i % 2 ? 'say "hi"' : '\\',
      odd: 'x"} ] "{',
    })),
    after: { events: [] },
  };

  it.each([1, 3, 7, 64, 1 << 16])('reads the same value as JSON.parse when the body arrives %i bytes at a time', async (chunk) => {
    const text = JSON.stringify(dataset, null, chunk === 7 ? 2 : undefined);
    expect(await readSliced(text, chunk)).toEqual(JSON.parse(text));
  });
});
