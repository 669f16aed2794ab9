import { LIMITS } from '../../shared/dataset/limits.ts';
import { DecodedText } from '../../shared/dataset/decodedText.ts';
import type { DatasetText } from '../../shared/dataset/utf8Latin1.ts';
import { DatasetError } from './datasetError.ts';
import { isNotUtf8 } from '../../shared/dataset/strictUtf8.ts';

/** How long a request may wait for its answer, or a body for its next bytes: a large file still arriving is never cut off. */
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
  /** Awaited after each chunk of the body is collected: the page's turn to work on it and to yield. */
  afterChunk?: () => Promise<void>;
  /**
   * Not to follow a redirect but to throw RedirectNotFollowed: on the page, whose own
   * Content-Security-Policy would block a redirect to another origin before the app could say why.
   */
  noRedirect?: boolean;
  /** The request, already sent (startFetch): read instead of fetching. */
  started?: StartedFetch;
}

/** The address answered with a redirect, which was not followed (FetchOptions.noRedirect). */
export class RedirectNotFollowed extends Error {}

/** How every dataset request is made: no cookies; on the page, redirects not followed (FetchOptions.noRedirect). */
const request = (url: string, signal: AbortSignal, noRedirect?: boolean) => fetch(url, { signal, credentials: 'omit', ...(noRedirect ? { redirect: 'manual' as const } : {}) });

interface ConnectSrcWatch {
  blocked: () => Promise<boolean>;
  stop: () => void;
}

/**
 * A Content-Security-Policy that blocks the address, or a redirect, makes fetch fail just like a
 * network error; the violation event, fired in the same scope (the worker's or the page's), tells
 * them apart. It may be queued after the failure: `blocked` waits one task before it answers.
 */
export function watchConnectSrc(): ConnectSrcWatch {
  let seen = false;
  const scope = globalThis as unknown as Partial<EventTarget>;
  const onViolation = (e: Event) => {
    if ((e as SecurityPolicyViolationEvent).effectiveDirective === 'connect-src') seen = true;
  };
  scope.addEventListener?.('securitypolicyviolation', onViolation);
  return {
    blocked: () => new Promise((resolve) => setTimeout(() => resolve(seen), 0)),
    stop: () => scope.removeEventListener?.('securitypolicyviolation', onViolation),
  };
}

/** A page's request for a file, sent before the script that reads it has arrived (loadDataset.ts). */
export interface StartedFetch {
  response: Promise<Response>;
  /** Cancels the request; stops watching for a violation. */
  abort: () => void;
  /** Watching since the request went out, so that a refusal by the page's policy is not missed. */
  policy: ConnectSrcWatch;
}

/** Sends the request for a file by address on the page (redirects not followed), for fetchDatasetBody to read. */
export function startFetch(url: string, signal?: AbortSignal): StartedFetch {
  const controller = new AbortController();
  const policy = watchConnectSrc();
  const abort = () => {
    controller.abort();
    policy.stop();
  };
  signal?.addEventListener('abort', abort, { once: true });
  const response = request(url, controller.signal, true);
  // Awaited later, by fetchDatasetBody: a failure before then is not an unhandled rejection.
  response.catch(() => {});
  return { response, abort, policy };
}

/** True in a sandboxed frame without allow-same-origin: same-server fetches are CORS requests there. */
export function isOpaqueOrigin(): boolean {
  return typeof window !== 'undefined' && window.origin === 'null';
}

/**
 * Fetches a dataset file's text. Throws a DatasetError whose message names what went wrong: not
 * found, server error, timed out, a web page instead of JSON, cut off, blocked, offline.
 */
export function fetchDatasetText(url: string, signal?: AbortSignal, options: FetchOptions = {}): Promise<string> {
  return fetchDatasetBody(url, signal, options, () => new DecodedText());
}

/** Collects a body's chunks into its text: decoded (DecodedText), or as byte text (utf8Latin1.ts, BodyTextCollector). */
export interface TextCollector<T extends DatasetText> {
  push(chunk: Uint8Array): void;
  finish(): T;
}

/**
 * The same, with the body collected by `collect`: the data worker keeps a large, mostly-ASCII
 * file as its UTF-8 bytes, quicker to read than decoded text. The page only ever decodes, so
 * it does not carry the byte-text code in its first script.
 */
export async function fetchDatasetBody<T extends DatasetText>(url: string, signal: AbortSignal | undefined, options: FetchOptions, collect: () => TextCollector<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const giveUp = () => {
    timedOut = true;
    controller.abort();
  };
  let timer = setTimeout(giveUp, FETCH_TIMEOUT_MS);
  /** The body is waited for again (its next bytes): the wait starts from now. */
  const waiting = () => {
    clearTimeout(timer);
    timer = setTimeout(giveUp, FETCH_TIMEOUT_MS);
  };
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  // The timeout and the caller's signal cancel a request sent earlier too.
  if (options.started) controller.signal.addEventListener('abort', options.started.abort);
  try {
    let res: Response;
    try {
      // In an opaque-origin sandbox a same-server fetch is a CORS request that fails: read the fallback.
      res =
        options.fallback && isOpaqueOrigin()
          ? new Response(await options.fallback(), { headers: { 'content-type': 'application/json' } })
          : await (options.started?.response ?? request(url, controller.signal, options.noRedirect));
    } catch (err) {
      throw networkError(err, url, timedOut);
    }
    if (res.type === 'opaqueredirect') throw new RedirectNotFollowed();
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
      throw new DatasetError('not-found', { why: 'notFound', status: res.status });
    }
    if (!res.ok) {
      throw new DatasetError('server', { why: 'server', status: res.status });
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > LIMITS.fileBytes) {
      throw tooLarge();
    }
    const type = res.headers.get('content-type') ?? '';
    let text: T;
    try {
      text = await readBody(res, options, collect(), waiting);
    } catch (err) {
      if (err instanceof DatasetError || isNotUtf8(err)) throw err;
      throw networkError(err, url, timedOut, true);
    }
    if (/text\/html/i.test(type) && (typeof text === 'string' ? text : text.latin1).trimStart().startsWith('<')) {
      throw new DatasetError('html', { why: 'html' });
    }
    return text;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const tooLarge = () => new DatasetError('too-large', { why: 'tooLarge', megabytes: LIMITS.fileBytes / 1024 / 1024 });

/**
 * The body, read chunk by chunk while it arrives (in Chromium about twice as fast as
 * Response.text() for a 30 MB file), stopping a file that grows past the size limit; `waiting`
 * is told each time its next bytes are waited for.
 */
async function readBody<T extends DatasetText>(res: Response, { onBytes, afterChunk }: FetchOptions, text: TextCollector<T>, waiting: () => void): Promise<T> {
  if (!res.body) {
    text.push(new Uint8Array(await res.arrayBuffer()));
    if (afterChunk) await afterChunk();
    return text.finish();
  }
  const reader = res.body.getReader();
  let bytes = 0;
  for (;;) {
    waiting();
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.fileBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    text.push(value);
    onBytes?.(bytes);
    if (afterChunk) await afterChunk();
  }
  return text.finish();
}

function networkError(err: unknown, url: string, timedOut: boolean, duringBody = false): DatasetError {
  if (timedOut) {
    return new DatasetError('timeout', { why: 'timeout', seconds: FETCH_TIMEOUT_MS / 1000 });
  }
  if (err instanceof DOMException && err.name === 'AbortError') {
    return new DatasetError('network', { why: 'cancelled' });
  }
  if (duringBody) return new DatasetError('truncated', { why: 'closedEarly' });
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new DatasetError('offline', { why: 'offline' });
  }
  if (isCrossOrigin(url)) {
    return new DatasetError('cors', { why: 'cors', host: new URL(url).host });
  }
  return new DatasetError('network', { why: 'unreachable' });
}
