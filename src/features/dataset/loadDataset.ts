import workerUrl from './datasetWorker.ts?worker&url';
import { assembleModel, type TimelineEvent } from '../../shared/model/timelineModel.ts';
import { DatasetError } from './datasetError.ts';
import type { LoadedDataset } from './fetchDataset.ts';
import type { PipelineInput, PipelineMessage, runPipeline } from './pipeline.ts';

type Pipeline = typeof runPipeline;

class WorkerUnavailable extends Error {}

/** True in a sandboxed frame without allow-same-origin: same-server fetches are CORS requests there. */
export function isOpaqueOrigin(): boolean {
  return typeof window !== 'undefined' && window.origin === 'null';
}

/** Collects pipeline messages into the loaded dataset, or the error it reported. */
function collector(resolve: (d: LoadedDataset) => void, reject: (e: unknown) => void) {
  const events: TimelineEvent[] = [];
  return (m: PipelineMessage) => {
    if (m.type === 'events') {
      for (const e of m.events) events.push(e);
    } else if (m.type === 'done') {
      resolve({
        model: assembleModel(m.meta, events),
        problems: m.problems,
        problemCount: m.problemCount,
        eventCount: m.eventCount,
        droppedEvents: m.droppedEvents,
      });
    } else reject(new DatasetError(m.kind, m.message, m.problems));
  };
}

function runInWorker(input: PipelineInput, signal?: AbortSignal): Promise<LoadedDataset> {
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
      reject(new DatasetError('network', 'Loading was cancelled.'));
    };
    signal?.addEventListener('abort', abort);
    const collect = collector(
      (d) => {
        done();
        resolve(d);
      },
      (e) => {
        done();
        reject(e);
      },
    );
    worker.onmessage = (e: MessageEvent<PipelineMessage>) => {
      started = true;
      collect(e.data);
    };
    // A worker script that cannot load (CSP, sandbox) fails here before any message.
    worker.onerror = (e) => {
      e.preventDefault?.();
      done();
      reject(started ? new DatasetError('network', 'Reading the dataset failed.') : new WorkerUnavailable());
    };
    worker.postMessage(input);
  });
}

/** The pipeline on this thread: the same script as the worker, loaded as a plain script. */
async function inlinePipeline(): Promise<Pipeline> {
  if (import.meta.env.MODE === 'test') return (await import('./pipeline.ts')).runPipeline;
  const g = globalThis as { __correspondenceTimelinePipeline?: Pipeline };
  if (!g.__correspondenceTimelinePipeline) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(workerUrl, document.baseURI).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new DatasetError('network', 'The app could not load its data reader.'));
      document.head.appendChild(script);
    });
  }
  if (!g.__correspondenceTimelinePipeline) throw new DatasetError('network', 'The app could not load its data reader.');
  return g.__correspondenceTimelinePipeline;
}

async function runInline(input: PipelineInput, signal?: AbortSignal): Promise<LoadedDataset> {
  const run = await inlinePipeline();
  return new Promise((resolve, reject) => void run(input, collector(resolve, reject), signal));
}

export interface LoadOptions {
  /** The file's text by another way where fetch cannot work (the bundled dataset in a sandbox). */
  fallbackText?: () => Promise<string>;
}

/**
 * Loads a dataset off the main thread: a worker fetches, parses, validates and prepares it and
 * sends the events in batches. Where no worker can start, the same pipeline runs here.
 */
export async function loadDataset(url: string, signal?: AbortSignal, options: LoadOptions = {}): Promise<LoadedDataset> {
  try {
    return await load(url, signal, options);
  } catch (err) {
    // Offline, even the reader's own script may fail to arrive: say what the reader can act on.
    if (typeof navigator !== 'undefined' && navigator.onLine === false && !(err instanceof DatasetError && err.kind === 'invalid')) {
      throw new DatasetError('offline', 'You appear to be offline.');
    }
    throw err;
  }
}

async function load(url: string, signal: AbortSignal | undefined, options: LoadOptions): Promise<LoadedDataset> {
  const input: PipelineInput =
    options.fallbackText && isOpaqueOrigin() ? { text: await options.fallbackText() } : { url: new URL(url, document.baseURI).href };
  const canWorker = typeof Worker !== 'undefined' && !isOpaqueOrigin() && import.meta.env.MODE !== 'test';
  if (canWorker) {
    try {
      return await runInWorker(input, signal);
    } catch (err) {
      if (!(err instanceof WorkerUnavailable)) throw err;
    }
  }
  return runInline(input, signal);
}
