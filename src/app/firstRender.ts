/**
 * The first render waits this long for the dataset, so that one that arrives sooner (the bundled
 * dataset, a small file) is drawn at once, with no loading state drawn and styled first. Measured
 * (interleaved A/B of built pages): bundled 382-396 -> 373-383 ms with 30-50 ms less CPU, and at
 * 10,000 events 847 -> 810 ms (the worker starts while the page's cores are less busy).
 */
export const FIRST_RENDER_WAIT_MS = 150;

/** Chromium's task scheduler (the Prioritized Task Scheduling API), where there is one. */
type PostTask = (run: () => void, options: { priority: 'user-blocking'; delay: number; signal: AbortSignal }) => Promise<unknown>;

/**
 * Calls `run` after `ms`; returns a function that cancels it. Where the browser has
 * `scheduler.postTask`, as a user-blocking task: the loading pipeline reads a file in slices that
 * give the page a turn with `scheduler.yield`, whose continuations run before ordinary tasks, so
 * a plain timer would not fire until the whole file was read (the page stayed blank for the
 * 0.5 s of a 10,000-event load here).
 */
function after(ms: number, run: () => void): () => void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (!postTask) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  }
  const abort = new AbortController();
  // Rejects when cancelled: nothing to do then.
  postTask.call((globalThis as { scheduler?: unknown }).scheduler, run, { priority: 'user-blocking', delay: ms, signal: abort.signal }).catch(() => {});
  return () => abort.abort();
}

/** Settles when `data` does or after `waitMs`, whichever is first; never rejects. */
export function dataOrWait(data: Promise<unknown>, waitMs = FIRST_RENDER_WAIT_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const cancel = after(waitMs, resolve);
    const done = () => {
      cancel();
      resolve();
    };
    data.then(done, done);
  });
}
