import { LIMITS } from '../../shared/dataset/limits.ts';
import { parseDatasetText } from '../../shared/dataset/parseDatasetText.ts';
import { problemToString } from '../../shared/dataset/problem.ts';
import { buildTimelineModel, type TimelineModel } from '../../shared/model/timelineModel.ts';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { Dataset } from '../../shared/dataset/schema.ts';
import type { ValidationResult } from '../../shared/dataset/validateDataset.ts';
import { DatasetError } from './datasetError.ts';

export const FETCH_TIMEOUT_MS = 10_000;

/** Problems carried to the page: enough for any panel ("and N more" says the rest). */
export const MAX_PROBLEMS_KEPT = 500;

export interface LoadedDataset {
  model: TimelineModel;
  /** Problems in a partly valid file: what was left out or ignored (the first few hundred). */
  problems: Problem[];
  /** How many problems there were in all. */
  problemCount: number;
  eventCount: number;
  droppedEvents: number;
}

function isCrossOrigin(url: string): boolean {
  try {
    return new URL(url, globalThis.location?.href).origin !== globalThis.location?.origin;
  } catch {
    return false;
  }
}

/**
 * Fetches, parses and validates a dataset. Throws a DatasetError whose message names what went
 * wrong: not found, server error, timed out, a web page instead of JSON, cut off, invalid.
 */
export interface FetchOptions {
  /** Another way to read the same file where fetch cannot (an opaque-origin sandbox). */
  fallback?: () => Promise<string>;
}

/** True in a sandboxed frame without allow-same-origin: same-server fetches are CORS requests there. */
export function isOpaqueOrigin(): boolean {
  return typeof window !== 'undefined' && window.origin === 'null';
}

/**
 * Fetches a dataset file's text. Throws a DatasetError whose message names what went wrong: not
 * found, server error, timed out, a web page instead of JSON, cut off, blocked, offline.
 */
export async function fetchDatasetText(url: string, signal?: AbortSignal, options: FetchOptions = {}): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    let res: Response;
    try {
      // In an opaque-origin sandbox a same-server fetch is a CORS request that fails: read the fallback.
      res =
        options.fallback && isOpaqueOrigin()
          ? new Response(await options.fallback(), { headers: { 'content-type': 'application/json' } })
          : await fetch(url, { signal: controller.signal, credentials: 'omit' });
    } catch (err) {
      throw networkError(err, url, timedOut);
    }
    if (res.status === 404 || res.status === 410) {
      throw new DatasetError('not-found', `The dataset was not found (HTTP ${res.status}).`);
    }
    if (!res.ok) {
      throw new DatasetError('server', `The server could not send the dataset (HTTP ${res.status}).`);
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > LIMITS.fileBytes) {
      throw new DatasetError('too-large', `The dataset is larger than ${LIMITS.fileBytes / 1024 / 1024} MB.`);
    }
    const type = res.headers.get('content-type') ?? '';
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw networkError(err, url, timedOut, true);
    }
    if (/text\/html/i.test(type) && text.trimStart().startsWith('<')) {
      throw new DatasetError('html', 'The address returned a web page, not JSON.');
    }
    return text;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses and validates a dataset's text; a file that cannot be shown throws a DatasetError. */
export function validateDatasetText(text: string): ValidationResult & { dataset: Dataset } {
  const result = parseDatasetText(text);
  if (result.fatal || !result.dataset) {
    const first = result.problems[0];
    const kind =
      first?.message.startsWith('is a web page') ? 'html' : first?.message.startsWith('is cut off') ? 'truncated' : first?.path === '(file)' ? 'not-json' : 'invalid';
    const messages = {
      html: 'The address returned a web page, not JSON.',
      truncated: 'The dataset is cut off before the end.',
      'not-json': `The file is not a dataset: ${first ? first.message : 'unreadable'}.`,
      invalid: `The dataset cannot be shown: ${first ? problemToString(first) : 'it is invalid'}${
        result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : ''
      }.`,
    } as const;
    throw new DatasetError(kind, messages[kind], result.problems.slice(0, MAX_PROBLEMS_KEPT));
  }
  return result as ValidationResult & { dataset: Dataset };
}

/** Fetches, validates and models a dataset on the calling thread (tests, and the worker's own path). */
export async function fetchDataset(url: string, signal?: AbortSignal, options: FetchOptions = {}): Promise<LoadedDataset> {
  const result = validateDatasetText(await fetchDatasetText(url, signal, options));
  return {
    model: buildTimelineModel(result.dataset),
    problems: result.problems,
    problemCount: result.problems.length,
    eventCount: result.eventCount,
    droppedEvents: result.droppedEvents,
  };
}

function networkError(err: unknown, url: string, timedOut: boolean, duringBody = false): DatasetError {
  if (timedOut) {
    return new DatasetError('timeout', `The dataset did not arrive within ${FETCH_TIMEOUT_MS / 1000} seconds.`);
  }
  if (err instanceof DOMException && err.name === 'AbortError') {
    return new DatasetError('network', 'Loading was cancelled.');
  }
  if (duringBody) return new DatasetError('truncated', 'The dataset is cut off before the end: the connection closed early.');
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new DatasetError('offline', 'You appear to be offline.');
  }
  if (isCrossOrigin(url)) {
    return new DatasetError(
      'cors',
      `The dataset could not be read: the server at ${new URL(url).host} does not allow other sites to load it (CORS), or cannot be reached.`,
    );
  }
  return new DatasetError('network', 'The server could not be reached.');
}
