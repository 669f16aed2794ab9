import { withTimes } from '../../shared/model/timelineModel.ts';
import { EventSlicer } from '../../shared/dataset/eventSlicer.ts';
import { LIMITS } from '../../shared/dataset/limits.ts';
import { validateStepwise } from '../../shared/dataset/validateDataset.ts';
import { isNotUtf8 } from '../../shared/dataset/strictUtf8.ts';
import { yieldToPage } from '../../shared/scheduling/yieldToPage.ts';
import { checkFinalUrl } from './datasetSource.ts';
import { RedirectNotFollowed, type StartedFetch } from './fetchText.ts';
import { doneMessage, errorMessage, fetchUnlessRefused, PROGRESS_EVERY_MS, unusableDataset, type PipelineMessage } from './pipeline.ts';

/*
 * The pipeline for a file fetched by address, run on the page as the file arrives: each piece's
 * whole events are parsed, checked by the same validator and sent on (the same messages as the
 * worker's pipeline), in slices between which the page answers input. No worker, so the events
 * are never copied between threads: 10% less time to an interactive chart at 10,000 events and
 * 13% at 100,000 here (bench/NOTES.md). A file not in the usual layout (EventSlicer) is read
 * whole and handed back, for the worker's pipeline to read it and say what is wrong.
 */

/** A slice of work runs at most about this long before the page gets a turn. */
const SLICE_MS = 16;
/** Bytes scanned at a time (a network chunk can be megabytes). */
export const SCAN_BYTES = 128 * 1024;
/** Events checked at a time within a slice. */
const RUN_EVENTS = 250;

/** The chunks as one array of bytes. */
function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

type Stepwise = Extract<ReturnType<typeof validateStepwise>, { eventCount: number }>;

/**
 * What the sliced pipeline leaves to the worker: the file's bytes, undecoded, and the address it
 * came from (the worker reads them as a dropped file's, so bytes that are not UTF-8 are refused
 * the same way), or the address itself when it answered with a redirect (which the worker follows
 * and checks).
 */
export type HandBack = { bytes: Uint8Array; from: string } | { redirected: true };

/**
 * Fetches `url` and reports through `post` as runPipeline does; resolves with the text to read
 * the ordinary way instead when the file is not in the usual layout (after a `restart` message
 * when some events were already sent), with `redirected` when the address answered with a
 * redirect, or null when it reported the file itself.
 */
export async function runSlicedPipeline(url: string, pageUrl: string, post: (m: PipelineMessage) => void, signal?: AbortSignal, started?: StartedFetch): Promise<HandBack | null> {
  const slicer = new EventSlicer(LIMITS.depth);
  // Every chunk is kept (not decoded) until the end, in case the file turns out not to be in the usual layout.
  const chunks: Uint8Array[] = [];
  let from = url;
  // In an object: set inside the reader's callbacks, where TypeScript does not follow a plain variable.
  const state: { check: Stepwise | null } = { check: null };
  let raw: unknown[] = [];
  /** Chunks received and not yet scanned. */
  const queue: Uint8Array[] = [];
  const starts: number[] = [];
  let sent = false;
  let sliceStart = performance.now();
  let lastProgress = 0;

  /** Stops slicing: the rest is read the ordinary way. */
  const handBack = () => {
    slicer.irregular = true;
    queue.length = 0;
    state.check = null;
  };
  /** Checks the next run of parsed events; false when they do not fit the usual layout (the file is handed back). */
  const checkRun = (run: unknown[]): boolean => {
    // More events than the limit (or, found by the slicer, too deep): the ordinary way says so.
    if (raw.length + run.length > LIMITS.events) {
      handBack();
      return false;
    }
    const start = raw.length;
    for (const e of run) raw.push(e);
    const kept = state.check!.check(start, raw.length).map((e) => withTimes(e, true));
    for (const e of kept) starts.push(e.start);
    if (kept.length > 0) {
      post({ type: 'events', events: kept });
      sent = true;
    }
    return true;
  };
  /** Starts the checks on the file's header; false when it is not one the usual way can read. */
  const startChecks = (text: string): boolean => {
    let header: { events: unknown[] };
    try {
      header = JSON.parse(text) as { events: unknown[] };
    } catch {
      return false;
    }
    const started = validateStepwise(header, { owned: true });
    // A header the validator refuses, or one that is not our dataset's (a TimelineJS file): the ordinary way.
    if (started.fatal || !('version' in header || 'actors' in header)) return false;
    state.check = started as Stepwise;
    raw = header.events;
    return true;
  };
  /** Gives the page a turn when this slice has run long enough. */
  const turn = async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await yieldToPage();
    sliceStart = performance.now();
  };
  /**
   * The bytes received so far, scanned a part at a time (a network chunk can be megabytes), each
   * part's whole events parsed and checked a run at a time, the page getting a turn between them.
   */
  const work = async () => {
    while (queue.length > 0 && !slicer.irregular) {
      const chunk = queue.shift()!;
      for (let at = 0; at < chunk.length && !slicer.irregular; at += SCAN_BYTES) {
        let piece: ReturnType<EventSlicer['push']>;
        try {
          piece = slicer.push(chunk.subarray(at, at + SCAN_BYTES));
        } catch (err) {
          // Not UTF-8: the worker reads the bytes and says so, as for a dropped file.
          if (isNotUtf8(err)) return handBack();
          throw err;
        }
        if (piece.header !== undefined && !startChecks(piece.header)) return handBack();
        if (piece.events !== undefined) {
          let events: unknown[];
          try {
            events = JSON.parse(piece.events) as unknown[];
          } catch {
            return handBack();
          }
          for (let k = 0; k < events.length; k += RUN_EVENTS) {
            if (!checkRun(events.slice(k, k + RUN_EVENTS))) return;
            await turn();
          }
        }
        await turn();
      }
    }
  };

  try {
    await fetchUnlessRefused(
      url,
      signal,
      {
        onBytes: (bytes) => {
          const now = Date.now();
          if (now - lastProgress < PROGRESS_EVERY_MS) return;
          lastProgress = now;
          post({ type: 'progress', progress: { stage: 'download', bytes } });
        },
        onFinalUrl: (final) => {
          checkFinalUrl(url, final, pageUrl);
          from = final;
        },
        afterChunk: work,
        noRedirect: true,
        ...(started ? { started } : {}),
      },
      () => ({
        push(chunk: Uint8Array) {
          chunks.push(chunk);
          if (!slicer.irregular) queue.push(chunk);
        },
        // The HTML check reads the start of the text.
        finish: () => new TextDecoder().decode(chunks[0]?.subarray(0, 1024)),
      }),
    );
    await work();
    const check = state.check;
    if (!slicer.finish() || !check) {
      if (sent) post({ type: 'restart' });
      return { bytes: joinChunks(chunks), from };
    }
    post({ type: 'progress', progress: { stage: 'check' } });
    const { result, repliesChanged } = check.finish();
    if (result.fatal || !result.dataset) throw unusableDataset(result.problems);
    // The reply links' checks and the page's last step (the model's) are a task each.
    await yieldToPage();
    post(doneMessage({ from, format: 'dataset-json', dataset: result.dataset, result, problems: result.problems, starts, repliesChanged }));
  } catch (err) {
    if (err instanceof RedirectNotFollowed) return { redirected: true };
    post(errorMessage(err));
  }
  return null;
}
