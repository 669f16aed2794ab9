import { LIMITS } from '../../shared/dataset/limits.ts';
import { DatasetError } from './datasetError.ts';

export const FETCH_TIMEOUT_MS = 10_000;

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
  /** Called as the body arrives, with the bytes received so far. */
  onBytes?: (bytes: number) => void;
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
      throw tooLarge();
    }
    const type = res.headers.get('content-type') ?? '';
    let text: string;
    try {
      text = await readBody(res, options.onBytes);
    } catch (err) {
      if (err instanceof DatasetError) throw err;
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

const tooLarge = () => new DatasetError('too-large', `The dataset is larger than ${LIMITS.fileBytes / 1024 / 1024} MB.`);

/**
 * The body as text, decoded chunk by chunk while it arrives: in Chromium this is about twice as
 * fast as Response.text() for a 30 MB file, and it stops a file that grows past the size limit.
 */
async function readBody(res: Response, onBytes?: (bytes: number) => void): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.fileBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
    onBytes?.(bytes);
  }
  parts.push(decoder.decode());
  return parts.join('');
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
