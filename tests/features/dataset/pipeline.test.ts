import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BATCH_SIZE, runPipeline, type PipelineMessage } from '../../../src/features/dataset/pipeline.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { generateDataset, mulberry32 } from '../../../src/shared/gen/generateDataset.ts';
import { buildTimelineModel, modelBuilder, type TimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { loadFailureText } from '../../../src/features/dataset/datasetError.ts';
import { en, type Messages } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';

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
  at(5_000).inReplyTo = [at(5_001).id]; // a cycle across two batches
  at(5_001).inReplyTo = [at(5_000).id];
  at(3_000).id = at(100).id; // a duplicate id, left out
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
    expect(got.problems).toEqual(whole.problems.map((p) => `${p.path}: ${p.message}`));
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
