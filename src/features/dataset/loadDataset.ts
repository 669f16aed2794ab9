import workerUrl from './datasetWorker.ts?worker&url';
import { buildTimelineModel, modelBuilder } from '../../shared/model/timelineModel.ts';
import type { Dataset } from '../../shared/dataset/schema.ts';
import { DatasetError } from './datasetError.ts';
import { checkFinalUrl } from './datasetSource.ts';
import { fetchDatasetText, isOpaqueOrigin, startFetch } from './fetchText.ts';
import type { LoadProgress, PipelineInput, PipelineMessage } from './pipeline.ts';
import type { HandBack } from './slicedPipeline.ts';
import type { PagePipelines } from './datasetWorker.ts';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { UnlistedProblems } from './keptProblems.ts';
import type { TimelineModel } from '../../shared/model/timelineModel.ts';
import type { ImportOptions, InputFormat } from '../../shared/import/conversion.ts';

/** How a spreadsheet's 03/04/2022 is read: as the reader chose, else as their locale writes dates. */
type FileDates = Pick<ImportOptions, 'dateOrder' | 'defaultDateOrder'>;

export interface LoadedDataset {
  /** The address the file was read from, after any redirects: what its label names (empty for a local file). */
  url: string;
  /** What the file was: our dataset, our spreadsheet, or a TimelineJS file (JSON or CSV). */
  format: InputFormat;
  model: TimelineModel;
  /** Problems in a partly valid file, listed one by one: every error, then the warnings (keptProblems.ts). */
  problems: Problem[];
  /** The rest, counted by kind (a warning repeated on thousands of rows). */
  unlisted: UnlistedProblems[];
  /** How many problems there were in all. */
  problemCount: number;
  eventCount: number;
  droppedEvents: number;
}

class WorkerUnavailable extends Error {}

/** Collects pipeline messages into the loaded dataset, or the error it reported. */
function collector(requestedUrl: string, resolve: (d: LoadedDataset) => void, reject: (e: unknown) => void, onProgress?: (p: LoadProgress) => void) {
  let model = modelBuilder();
  return (m: PipelineMessage) => {
    if (m.type === 'progress') {
      onProgress?.(m.progress);
    } else if (m.type === 'restart') {
      model = modelBuilder();
    } else if (m.type === 'events') {
      model.add(m.events);
    } else if (m.type === 'done') {
      resolve({
        url: m.url ?? requestedUrl,
        format: m.format,
        model: model.finish(m.meta, { order: m.order, repliesChanged: m.repliesChanged }),
        problems: m.problems,
        unlisted: m.unlisted,
        problemCount: m.problemCount,
        eventCount: m.eventCount,
        droppedEvents: m.droppedEvents,
      });
    } else reject(new DatasetError(m.kind, m.failure, m.problems, m.unlisted));
  };
}

function runInWorker(input: PipelineInput, requestedUrl: string, signal?: AbortSignal, onProgress?: (p: LoadProgress) => void): Promise<LoadedDataset> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, import.meta.env.DEV ? { type: 'module' } : undefined);
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    let started = false;
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(new DatasetError('network', { why: 'cancelled' }));
    };
    signal?.addEventListener('abort', abort);
    const collect = collector(
      requestedUrl,
      (d) => {
        done();
        resolve(d);
      },
      (e) => {
        done();
        reject(e);
      },
      onProgress,
    );
    worker.onmessage = (e: MessageEvent<PipelineMessage>) => {
      started = true;
      collect(e.data);
    };
    // A worker script that cannot load (CSP, sandbox) fails here before any message.
    worker.onerror = (e) => {
      e.preventDefault?.();
      done();
      reject(started ? new DatasetError('network', { why: 'readFailed' }) : new WorkerUnavailable());
    };
    worker.postMessage(input);
  });
}

/** The pipelines on this thread: the same script as the worker, loaded as a plain script (the dev server and tests import its modules). */
async function pagePipelines(): Promise<PagePipelines> {
  // The dev server's worker URL is a module, which a plain script cannot load.
  if (!import.meta.env.PROD) {
    const [ordinary, sliced] = await Promise.all([import('./pipeline.ts'), import('./slicedPipeline.ts')]);
    return { runPipeline: ordinary.runPipeline, runSlicedPipeline: sliced.runSlicedPipeline };
  }
  const g = globalThis as { __correspondenceTimelinePipeline?: PagePipelines };
  if (!g.__correspondenceTimelinePipeline) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(workerUrl, document.baseURI).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new DatasetError('network', { why: 'noReader' }));
      document.head.appendChild(script);
    });
  }
  if (!g.__correspondenceTimelinePipeline) throw new DatasetError('network', { why: 'noReader' });
  return g.__correspondenceTimelinePipeline;
}

async function runInline(input: PipelineInput, requestedUrl: string, signal?: AbortSignal, onProgress?: (p: LoadProgress) => void): Promise<LoadedDataset> {
  const { runPipeline: run } = await pagePipelines();
  return new Promise((resolve, reject) => void run(input, collector(requestedUrl, resolve, reject, onProgress), signal));
}

interface LoadOptions {
  /** The file's text by another way where fetch cannot work (the bundled dataset in a sandbox). */
  fallbackText?: () => Promise<string>;
  /** Told how far loading has got (bytes received, then checking), for the loading state. */
  onProgress?: (p: LoadProgress) => void;
  /** The bundled dataset: read by loadTrusted, the one path that skips the pipeline. */
  trusted?: boolean;
  /** The file's text as the page already carries it, if it does (the bundled dataset in the built page). */
  inPage?: () => string | null;
}

/**
 * The one exception to the pipeline: the bundled dataset ships with the app and CI validates it
 * (tests/data/bundledDataset.test.ts), so it is read from the page (bundledInPage.ts) or
 * fetched, and parsed on this thread without the worker script and the validator, which keeps
 * the first view fast (the benchmark's bundled load). Its model is built by the same code as the
 * pipeline's (buildTimelineModel).
 */
async function loadTrusted(url: string, signal: AbortSignal | undefined, options: LoadOptions): Promise<LoadedDataset> {
  const requested = new URL(url, document.baseURI).href;
  let from = requested;
  const onFinalUrl = (final: string) => {
    checkFinalUrl(requested, final, window.location.href);
    from = final;
  };
  const text = options.inPage?.() ?? (await fetchDatasetText(url, signal, options.fallbackText ? { fallback: options.fallbackText, onFinalUrl } : { onFinalUrl }));
  const data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Dataset;
  return { url: from, format: 'dataset-json', model: buildTimelineModel(data, { inPlace: true }), problems: [], unlisted: [], problemCount: 0, eventCount: data.events.length, droppedEvents: 0 };
}

/**
 * Loads a dataset by address: read and checked on this page as it arrives, in short slices
 * (slicedPipeline.ts), or by the worker's pipeline for a file in another layout or an address
 * that redirects. Where no worker can start, the worker's pipeline runs here.
 */
export async function loadDataset(url: string, signal?: AbortSignal, options: LoadOptions = {}): Promise<LoadedDataset> {
  try {
    return await load(url, signal, options);
  } catch (err) {
    // Offline, even the reader's own script may fail to arrive: say what the reader can act on.
    if (typeof navigator !== 'undefined' && navigator.onLine === false && !(err instanceof DatasetError && err.kind === 'invalid')) {
      throw new DatasetError('offline', { why: 'offline' });
    }
    throw err;
  }
}

async function load(url: string, signal: AbortSignal | undefined, options: LoadOptions): Promise<LoadedDataset> {
  if (options.trusted) return loadTrusted(url, signal, options);
  const requested = new URL(url, document.baseURI).href;
  if (options.fallbackText && isOpaqueOrigin()) return runPipelineAnywhere({ text: await options.fallbackText() }, requested, signal, options.onProgress);
  return loadSliced(requested, signal, options.onProgress);
}

/**
 * A file by address: read and checked on this page as it arrives (slicedPipeline.ts), or, when it
 * is not in the usual layout, handed to the worker's pipeline, which reads any input and says
 * what is wrong with it.
 */
async function loadSliced(requested: string, signal: AbortSignal | undefined, onProgress?: (p: LoadProgress) => void): Promise<LoadedDataset> {
  // The file is asked for now, while the script that reads it (the page's pipeline) is on its way.
  const started = startFetch(requested, signal);
  let pipelines: PagePipelines;
  try {
    pipelines = await pagePipelines();
  } catch (err) {
    started.abort();
    throw err;
  }
  const outcome = await new Promise<LoadedDataset | HandBack>((resolve, reject) => {
    void pipelines.runSlicedPipeline(requested, window.location.href, collector(requested, resolve, reject, onProgress), signal, started).then((back) => {
      if (back) resolve(back);
    });
  });
  if ('model' in outcome) return outcome;
  if ('redirected' in outcome) return runPipelineAnywhere({ url: requested, pageUrl: window.location.href }, requested, signal, onProgress);
  const back = outcome;
  return runPipelineAnywhere({ bytes: back.bytes, from: back.from }, back.from, signal, onProgress);
}

/** The pipeline in a worker, or on this thread where no worker can start: how every file is loaded but one by address in our usual layout. */
async function runPipelineAnywhere(input: PipelineInput, requestedUrl: string, signal?: AbortSignal, onProgress?: (p: LoadProgress) => void): Promise<LoadedDataset> {
  const canWorker = typeof Worker !== 'undefined' && !isOpaqueOrigin() && import.meta.env.MODE !== 'test';
  if (canWorker) {
    try {
      return await runInWorker(input, requestedUrl, signal, onProgress);
    } catch (err) {
      if (!(err instanceof WorkerUnavailable)) throw err;
    }
  }
  return runInline(input, requestedUrl, signal, onProgress);
}

/**
 * Loads a file the reader opened on this computer (picked or dropped) through the same pipeline
 * as ?data=: read in the worker, never uploaded; its content says whether it is our dataset, our
 * spreadsheet or a TimelineJS file.
 */
export function loadFile(file: File, signal?: AbortSignal, onProgress?: (p: LoadProgress) => void, dates?: FileDates): Promise<LoadedDataset> {
  return runPipelineAnywhere({ file, name: file.name, ...(dates ? { dates } : {}) }, '', signal, onProgress);
}
