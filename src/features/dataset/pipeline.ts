import { chronologicalOrder, metaOf, withTimes, type DatasetMeta, type TimelineEvent } from '../../shared/model/timelineModel.ts';
import type { Problem, ProblemCode } from '../../shared/dataset/problem.ts';
import { parseDatasetJson } from '../../shared/dataset/parseDatasetText.ts';
import { validateStepwise, type ValidationResult } from '../../shared/dataset/validateDataset.ts';
import { DatasetError, type DatasetErrorKind, type LoadFailure } from './datasetError.ts';
import { checkFinalUrl } from './datasetSource.ts';
import { fetchDatasetBody, type FetchOptions } from './fetchText.ts';
import type { DatasetText } from '../../shared/dataset/utf8Latin1.ts';

/**
 * A file to fetch (absolute `url`; `pageUrl` is the page's address, for the data policy), or its
 * text already read.
 */
export type PipelineInput = { url: string; pageUrl: string; text?: undefined } | { text: string; url?: undefined };


/**
 * What the loading pipeline reports: checked events in batches, in file order, then the rest
 * (their time order, and reply links the whole-file checks changed), or one error.
 */
export type PipelineMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'events'; events: TimelineEvent[] }
  | {
      type: 'done';
      /** The address the file was read from, after any redirects (absent for text). */
      url?: string;
      meta: DatasetMeta;
      order: Int32Array;
      repliesChanged: Map<number, string[] | undefined>;
      problems: Problem[];
      problemCount: number;
      eventCount: number;
      droppedEvents: number;
    }
  | { type: 'error'; kind: DatasetErrorKind; failure: LoadFailure; problems: Problem[] };

/** How far loading has got: bytes received, then checking the events. */
export type LoadProgress = { stage: 'download'; bytes: number } | { stage: 'check' };

/** Progress messages are sent at most this often. */
const PROGRESS_EVERY_MS = 100;

/** Small enough that receiving one batch never blocks the page for long. */
export const BATCH_SIZE = 2_500;

/** Problems carried to the page: enough for any panel ("and N more" says the rest). */
const MAX_PROBLEMS_KEPT = 500;

/** Problems that mean the file is not a dataset at all (as opposed to a dataset with invalid content). */
const UNREADABLE: ReadonlySet<ProblemCode> = new Set(['too-large', 'empty-file', 'not-json', 'not-a-dataset']);

/** The error for a file that cannot be shown, saying why in the reader's words. */
function unusableDataset(result: ValidationResult): DatasetError {
  const first = result.problems[0];
  const code = first?.code;
  const kind = code === 'html-page' ? 'html' : code === 'truncated' ? 'truncated' : code && UNREADABLE.has(code) ? 'not-json' : 'invalid';
  const failures = {
    html: { why: 'html' },
    truncated: { why: 'cutOff' },
    'not-json': { why: 'notADataset', problem: first ?? null },
    invalid: { why: 'invalid', problem: first ?? null, more: Math.max(0, result.problems.length - 1) },
  } as const satisfies Record<typeof kind, LoadFailure>;
  return new DatasetError(kind, failures[kind], result.problems.slice(0, MAX_PROBLEMS_KEPT));
}

/**
 * A Content-Security-Policy that blocks the address, or a redirect, makes fetch fail just like a
 * network error; the violation event, fired in the same scope (the worker's or the page's), tells
 * them apart. It may be queued after the failure: `blocked` waits one task before it answers.
 */
function watchConnectSrc(): { blocked: () => Promise<boolean>; stop: () => void } {
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

/**
 * The file's body; a fetch that a Content-Security-Policy refused (the worker's own, from its
 * script's response headers: a redirect elsewhere) says so rather than that the network failed.
 */
async function fetchUnlessRefused(url: string, signal: AbortSignal | undefined, options: FetchOptions): Promise<DatasetText> {
  const policy = watchConnectSrc();
  try {
    return await fetchDatasetBody(url, signal, options);
  } catch (err) {
    if (err instanceof DatasetError && (err.kind === 'network' || err.kind === 'cors') && (await policy.blocked())) {
      throw new DatasetError('refused', { why: 'cspRefused' });
    }
    throw err;
  } finally {
    policy.stop();
  }
}

/**
 * Fetch, parse, validate and prepare a dataset, reporting through `post`. Runs in a worker, so a
 * 100,000-event file never freezes the page, or on the main thread where no worker can start.
 */
export async function runPipeline(input: PipelineInput, post: (m: PipelineMessage) => void, signal?: AbortSignal): Promise<void> {
  try {
    let last = 0;
    const onBytes = (bytes: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ type: 'progress', progress: { stage: 'download', bytes } });
    };
    let url: string | undefined;
    const text =
      input.text ??
      (await fetchUnlessRefused(input.url, signal, {
        onBytes,
        onFinalUrl: (final) => {
          checkFinalUrl(input.url, final, input.pageUrl);
          url = final;
        },
      }));
    post({ type: 'progress', progress: { stage: 'check' } });
    const parsed = parseDatasetJson(text);
    if (!parsed.ok) throw unusableDataset(parsed.result);
    // The parsed value is ours alone: the validator may keep its objects instead of copying them.
    const check = validateStepwise(parsed.value, { owned: true });
    if (check.fatal) throw unusableDataset(check.fatal);
    // Each batch goes to the page as soon as it is checked: the page receives one while this checks the next.
    const starts: number[] = [];
    for (let i = 0; i < check.eventCount; i += BATCH_SIZE) {
      const events = check.check(i, Math.min(check.eventCount, i + BATCH_SIZE)).map((e) => withTimes(e, true));
      for (const e of events) starts.push(e.start);
      if (events.length > 0) post({ type: 'events', events });
    }
    const { result, repliesChanged } = check.finish();
    if (result.fatal || !result.dataset) throw unusableDataset(result);
    const meta = metaOf(result.dataset);
    const from = url ?? input.url;
    post({
      type: 'done',
      ...(from === undefined ? {} : { url: from }),
      meta,
      order: chronologicalOrder(starts),
      repliesChanged,
      problems: result.problems.slice(0, MAX_PROBLEMS_KEPT),
      problemCount: result.problems.length,
      eventCount: result.eventCount,
      droppedEvents: result.droppedEvents,
    });
  } catch (err) {
    if (err instanceof DatasetError) post({ type: 'error', kind: err.kind, failure: err.failure, problems: err.problems });
    else post({ type: 'error', kind: 'network', failure: { why: 'readFailed' }, problems: [] });
  }
}
