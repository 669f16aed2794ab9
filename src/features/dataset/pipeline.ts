import { chronologicalOrder, metaOf, withTimes, type DatasetMeta, type TimelineEvent } from '../../shared/model/timelineModel.ts';
import type { Problem, ProblemCode } from '../../shared/dataset/problem.ts';
import { validateStepwise, type ValidationResult } from '../../shared/dataset/validateDataset.ts';
import type { Dataset } from '../../shared/dataset/schema.ts';
import { countsWithLeftOut, locatedProblems, type Conversion, type ImportOptions, type InputFormat } from '../../shared/import/conversion.ts';
import { readJson, startsAsJson } from '../../shared/import/readJsonInput.ts';
import { DatasetError, type DatasetErrorKind, type LoadFailure } from './datasetError.ts';
import { checkFinalUrl } from './datasetSource.ts';
import { fetchDatasetBody, watchConnectSrc, type FetchOptions, type TextCollector } from './fetchText.ts';
import { loadImporter } from './loadImporter.ts';
import { redirectFailure } from './redirectFailure.ts';
import { bodyOfBytes, readFileBody } from './readFileBody.ts';
import { titleFromName } from './fileTitle.ts';
import { keptProblems, type UnlistedProblems } from './keptProblems.ts';
import { BodyTextCollector, type DatasetText } from '../../shared/dataset/utf8Latin1.ts';
import { isNotUtf8, NOT_UTF8 } from '../../shared/dataset/strictUtf8.ts';

/**
 * What to load: a file to fetch (absolute `url`; `pageUrl` is the page's address, for the data
 * policy), its text already read, or a file the reader opened on this computer (`file`, read here
 * and never sent anywhere). Any of them may be our dataset or any input the importer reads
 * (src/shared/import: our spreadsheet, TimelineJS JSON or CSV), told apart by content.
 */
export type PipelineInput =
  | { url: string; pageUrl: string; text?: undefined; bytes?: undefined; file?: undefined; from?: undefined }
  | { text: string; url?: undefined; bytes?: undefined; file?: undefined; /** The address the text was read from, if it was. */ from?: string }
  /** A file's bytes as fetched from `from` (the page hands back a file not in the usual layout: slicedPipeline.ts). */
  | { bytes: Uint8Array; from: string; url?: undefined; text?: undefined; file?: undefined }
  | { file: Blob; name: string; url?: undefined; text?: undefined; bytes?: undefined; from?: undefined; /** How the reader reads a spreadsheet's 03/04/2022 (chosen, or their locale's). */ dates?: Pick<ImportOptions, 'dateOrder' | 'defaultDateOrder'> };

/**
 * What the loading pipeline reports: checked events in batches, in file order, then the rest
 * (their time order, and reply links the whole-file checks changed), or one error.
 */
export type PipelineMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'events'; events: TimelineEvent[] }
  /** The events sent so far are void: the file is being read again from its start (slicedPipeline.ts). */
  | { type: 'restart' }
  | {
      type: 'done';
      /** The address the file was read from, after any redirects (absent for text and local files). */
      url?: string;
      /** What the input was: our dataset, our spreadsheet, or a TimelineJS file. */
      format: InputFormat;
      meta: DatasetMeta;
      order: Int32Array;
      repliesChanged: Map<number, string[] | undefined>;
      /** The problems listed one by one: every error, then the warnings (keptProblems.ts). */
      problems: Problem[];
      /** The rest, counted by kind. */
      unlisted: UnlistedProblems[];
      /** Every problem found. */
      problemCount: number;
      eventCount: number;
      droppedEvents: number;
    }
  | { type: 'error'; kind: DatasetErrorKind; failure: LoadFailure; problems: Problem[]; unlisted: UnlistedProblems[] };

/**
 * How far loading has got: bytes received (or read from a local file of `total` bytes), then
 * checking: first the file as a whole, then its events (`events`: how many of them so far).
 */
export type LoadProgress =
  | { stage: 'download'; bytes: number }
  | { stage: 'read'; bytes: number; total: number }
  | { stage: 'check'; events?: { checked: number; total: number } };

/** Progress messages are sent at most this often. */
export const PROGRESS_EVERY_MS = 100;
/** While the events are checked the page is busy receiving them too: it is told less often. */
const CHECK_PROGRESS_EVERY_MS = 300;

/**
 * Small enough that receiving one batch never blocks the page for long: its copy and indexing,
 * plus a garbage collection that may land in the same task (at 2,500, tasks of 100-180 ms at
 * 100,000 events on this machine; at 1,250, a median longest task about 20 ms lower).
 */
export const BATCH_SIZE = 1_250;

/** Problems that mean the file is not a dataset at all (as opposed to a dataset with invalid content). */
const UNREADABLE: ReadonlySet<ProblemCode> = new Set(['too-large', 'empty-file', 'not-json', 'not-a-dataset']);

/** Problems of a file the importer cannot read at all: a workbook, UTF-16, a layout it does not know. */
const NOT_READ: ReadonlySet<ProblemCode> = new Set(['not-text', 'wrong-encoding', 'unknown-layout']);

/** The error for a file that cannot be shown (`problems`, the one that decides first), saying why in the reader's words. */
export function unusableDataset(problems: readonly Problem[], byAddress = true): DatasetError {
  const first = problems[0];
  const code = first?.code;
  // Every error, as the list under the message shows and downloads them; repeated warnings counted.
  const { problems: kept, unlisted } = keptProblems(problems);
  const error = (kind: DatasetErrorKind, failure: LoadFailure) => new DatasetError(kind, failure, kept, unlisted);
  // "The address returned a web page" only where there is an address; a local HTML file is named for what it is.
  if (code === 'html-page' && byAddress) return error('html', { why: 'html' });
  if (first && code === 'html-page') return error('not-json', { why: 'notRead', problem: first });
  if (code === 'truncated') return error('truncated', { why: 'cutOff' });
  if (first && NOT_READ.has(first.code)) return error('not-json', { why: 'notRead', problem: first });
  if (first && UNREADABLE.has(first.code)) return error('not-json', { why: 'notADataset', problem: first });
  return error('invalid', { why: 'invalid', problem: first ?? null, more: Math.max(0, problems.length - 1) });
}

/** The input's title when it names none: the local file's name, or the last part of its address. */
function fallbackTitle(input: PipelineInput): string | undefined {
  if (input.file) return titleFromName(input.name);
  const address = input.url ?? input.from;
  if (address === undefined) return undefined;
  const last = new URL(address).pathname.split('/').pop() ?? '';
  try {
    return titleFromName(decodeURIComponent(last));
  } catch {
    return titleFromName(last);
  }
}

/**
 * What to validate: our dataset JSON as parsed, any other input converted by the importer, which
 * is loaded only for such an input. Throws the reader's message for a file that cannot be read.
 */
async function readAnyInput(body: DatasetText | Uint8Array, options: ImportOptions, byAddress: boolean): Promise<{ format: InputFormat; value: unknown; conversion: Conversion | null }> {
  const json = body instanceof Uint8Array || !startsAsJson(body) ? null : readJson(body);
  if (json && !json.ok) throw unusableDataset(json.problems, byAddress);
  if (json && json.ok && json.format === 'dataset-json') return { format: json.format, value: json.value, conversion: null };
  const importer = await loadImporter().catch(() => {
    throw new DatasetError('network', { why: 'noImporter' });
  });
  const read = json ?? importer.readInput(body);
  if (!read.ok) throw unusableDataset(read.problems, byAddress);
  const converted = importer.datasetToValidate(read, options);
  if (converted.conversion?.refused) throw unusableDataset(converted.conversion.problems, byAddress);
  return { format: read.format, ...converted };
}

/**
 * The file's body; a fetch that a Content-Security-Policy refused (the worker's own, from its
 * script's response headers: a redirect elsewhere) says so rather than that the network failed,
 * and another network failure says its cause where asking again tells it (redirectFailure.ts).
 */
export async function fetchUnlessRefused<T extends DatasetText>(
  url: string,
  signal: AbortSignal | undefined,
  options: FetchOptions,
  collect: () => TextCollector<T>,
): Promise<T> {
  const policy = options.started?.policy ?? watchConnectSrc();
  try {
    return await fetchDatasetBody(url, signal, options, collect);
  } catch (err) {
    if (err instanceof DatasetError && (err.kind === 'network' || err.kind === 'cors') && (await policy.blocked())) {
      throw new DatasetError('refused', { why: 'cspRefused' });
    }
    throw await redirectFailure(err, url, signal);
  } finally {
    policy.stop();
  }
}

/**
 * Fetch (or read), parse or convert, validate and prepare a dataset, reporting through `post`. Runs in a worker, so a
 * 100,000-event file never freezes the page, or on the main thread where no worker can start. A
 * file by address in our usual layout is read on the page instead, as it arrives (slicedPipeline.ts).
 */
export async function runPipeline(input: PipelineInput, post: (m: PipelineMessage) => void, signal?: AbortSignal): Promise<void> {
  try {
    let last = 0;
    const every = (progress: (n: number) => LoadProgress, ms = PROGRESS_EVERY_MS) => (n: number) => {
      const now = Date.now();
      if (now - last < ms) return;
      last = now;
      post({ type: 'progress', progress: progress(n) });
    };
    let url: string | undefined;
    let body: DatasetText | Uint8Array;
    if (input.file) {
      const total = input.file.size;
      body = await readFileBody(input.file, every((bytes) => ({ stage: 'read', bytes, total })));
    } else if (input.text !== undefined) {
      body = input.text;
    } else if (input.bytes) {
      body = bodyOfBytes(input.bytes);
    } else {
      const requested = input.url;
      body = await fetchUnlessRefused<DatasetText>(requested, signal, {
        onBytes: every((bytes) => ({ stage: 'download', bytes })),
        onFinalUrl: (final) => {
          checkFinalUrl(requested, final, input.pageUrl);
          url = final;
        },
      }, () => new BodyTextCollector());
    }
    post({ type: 'progress', progress: { stage: 'check' } });
    // Our dataset, our spreadsheet or a TimelineJS file, told apart by content; all but our JSON are converted to it.
    const title = fallbackTitle(input);
    const options: ImportOptions = { ...(title === undefined ? {} : { fallbackTitle: title }), ...(input.file ? input.dates : {}) };
    const { format, value, conversion } = await readAnyInput(body, options, input.url !== undefined || input.from !== undefined);
    // Problems said in the input's own places (`row 12, column "date"`); the fatal ones first, to name why nothing can be shown.
    const located = (problems: Problem[], fatal = false): Problem[] => {
      if (!conversion) return problems;
      const all = locatedProblems(conversion, problems);
      return fatal ? [...all.slice(conversion.problems.length), ...conversion.problems] : all;
    };
    // The parsed or converted value is ours alone: the validator may keep its objects instead of copying them.
    const check = validateStepwise(value, { owned: true });
    if (check.fatal) throw unusableDataset(located(check.fatal.problems, true));
    // Each batch goes to the page as soon as it is checked: the page receives one while this checks the next.
    const total = check.eventCount;
    post({ type: 'progress', progress: { stage: 'check', events: { checked: 0, total } } });
    const checking = every((checked) => ({ stage: 'check', events: { checked, total } }), CHECK_PROGRESS_EVERY_MS);
    const starts: number[] = [];
    for (let i = 0; i < total; i += BATCH_SIZE) {
      const to = Math.min(total, i + BATCH_SIZE);
      const events = check.check(i, to).map((e) => withTimes(e, true));
      for (const e of events) starts.push(e.start);
      if (events.length > 0) post({ type: 'events', events });
      checking(to);
    }
    const { result, repliesChanged } = check.finish();
    if (result.fatal || !result.dataset) throw unusableDataset(located(result.problems, true));
    // Events the conversion left out count too: "5 of 10 events were left out", not "3 of 8".
    post(doneMessage({ from: url ?? input.url ?? input.from, format, dataset: result.dataset, result: countsWithLeftOut(result, conversion), problems: located(result.problems), starts, repliesChanged }));
  } catch (err) {
    post(errorMessage(err));
  }
}

/** The last message of a load that can be shown: what the page needs besides the events it was sent. */
export function doneMessage(d: {
  from: string | undefined;
  format: InputFormat;
  dataset: Dataset;
  result: Pick<ValidationResult, 'eventCount' | 'droppedEvents'>;
  /** Every problem found, in the input's own places. */
  problems: Problem[];
  /** Each sent event's start, in the order they were sent. */
  starts: number[];
  repliesChanged: Map<number, string[] | undefined>;
}): PipelineMessage {
  return {
    type: 'done',
    ...(d.from === undefined ? {} : { url: d.from }),
    format: d.format,
    meta: metaOf(d.dataset),
    order: chronologicalOrder(d.starts),
    repliesChanged: d.repliesChanged,
    ...keptProblems(d.problems),
    problemCount: d.problems.length,
    eventCount: d.result.eventCount,
    droppedEvents: d.result.droppedEvents,
  };
}

/** The message for a failed load: the reader's words for a DatasetError, "could not read" for anything else. */
export function errorMessage(err: unknown): PipelineMessage {
  // Bytes found not to be UTF-8 while a body was decoded: refused as a dropped file in a code page is.
  if (isNotUtf8(err)) return errorMessage(unusableDataset([NOT_UTF8]));
  if (err instanceof DatasetError) return { type: 'error', kind: err.kind, failure: err.failure, problems: err.problems, unlisted: err.unlisted };
  return { type: 'error', kind: 'network', failure: { why: 'readFailed' }, problems: [], unlisted: [] };
}
