import { LIMITS } from '../../shared/dataset/limits.ts';
import { BodyTextCollector, decodeLatin1, type DatasetText } from '../../shared/dataset/utf8Latin1.ts';
import { DatasetError, tooLargeMessage } from './datasetError.ts';

const FETCH_TIMEOUT_MS = 10_000;

function isCrossOrigin(url: string): boolean {
  try {
    return new URL(url, globalThis.location?.href).origin !== globalThis.location?.origin;
  } catch {
    return false;
  }
}

export interface FetchOptions {
  /** Another way to read the same file where fetch cannot (an opaque-origin sandbox). */
  fallback?: () => Promise<string>;
  /** Called as the body arrives, with the bytes received so far. */
  onBytes?: (bytes: number) => void;
  /**
   * Told the address the response really came from (after any redirects) before its body is
   * read; it throws to refuse it (datasetSource.ts, checkFinalUrl).
   */
  onFinalUrl?: (url: string) => void;
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
  const text = await fetchDatasetBody(url, signal, options, false);
  return typeof text === 'string' ? text : decodeLatin1(text.latin1);
}

/**
 * The same, where the caller parses with parseDatasetText: a large, mostly-ASCII file may come
 * back as its UTF-8 bytes (utf8Latin1.ts), which is quicker to read than decoded text.
 */
export async function fetchDatasetBody(url: string, signal?: AbortSignal, options: FetchOptions = {}, asBytes = true): Promise<DatasetText> {
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
    // A response made here (the fallback) has no address of its own.
    if (res.url && options.onFinalUrl) {
      try {
        options.onFinalUrl(res.url);
      } catch (err) {
        void res.body?.cancel();
        throw err;
      }
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
    let text: DatasetText;
    try {
      text = await readBody(res, options.onBytes, asBytes);
    } catch (err) {
      if (err instanceof DatasetError) throw err;
      throw networkError(err, url, timedOut, true);
    }
    if (/text\/html/i.test(type) && (typeof text === 'string' ? text : text.latin1).trimStart().startsWith('<')) {
      throw new DatasetError('html', 'The address returned a web page, not JSON.');
    }
    return text;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const tooLarge = () => new DatasetError('too-large', tooLargeMessage('dataset'));

/**
 * The body, read chunk by chunk while it arrives (in Chromium about twice as fast as
 * Response.text() for a 30 MB file), stopping a file that grows past the size limit. With
 * `asBytes`, a mostly-ASCII file is kept as its bytes (utf8Latin1.ts); otherwise it is decoded.
 */
async function readBody(res: Response, onBytes: ((bytes: number) => void) | undefined, asBytes: boolean): Promise<DatasetText> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const text = new BodyTextCollector(asBytes);
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.fileBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    text.push(value);
    onBytes?.(bytes);
  }
  return text.finish();
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
