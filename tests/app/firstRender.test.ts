import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataOrWait, FIRST_RENDER_WAIT_MS } from '../../src/app/firstRender.ts';

describe('dataOrWait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (p: Promise<void>) => {
    const state = { done: false };
    void p.then(() => (state.done = true));
    return state;
  };

  it('lets the first render go as soon as quick data arrives, before the wait is over', async () => {
    const data = new Promise((resolve) => setTimeout(resolve, 20));
    const first = settled(dataOrWait(data));
    await vi.advanceTimersByTimeAsync(19);
    expect(first.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(first.done).toBe(true);
  });

  it('lets it go after the wait when the data is slower, so that the loading state shows', async () => {
    const first = settled(dataOrWait(new Promise(() => {})));
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(first.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(first.done).toBe(true);
  });

  it('lets it go at once when loading fails quickly, so that the error shows', async () => {
    const first = settled(dataOrWait(Promise.reject(new Error('offline'))));
    await vi.advanceTimersByTimeAsync(0);
    expect(first.done).toBe(true);
  });

  it('waits in a user-blocking task where the browser has scheduler.postTask, which the pipeline\'s scheduler.yield slices do not hold back, and cancels it when the data comes first', async () => {
    const posted: { delay: number; priority: string; signal: AbortSignal; run: () => void }[] = [];
    vi.stubGlobal('scheduler', {
      postTask(run: () => void, options: { delay: number; priority: string; signal: AbortSignal }) {
        posted.push({ ...options, run });
        return new Promise(() => {});
      },
    });
    try {
      const slow = settled(dataOrWait(new Promise(() => {})));
      expect(posted).toHaveLength(1);
      expect(posted[0]).toMatchObject({ delay: FIRST_RENDER_WAIT_MS, priority: 'user-blocking' });
      // No plain timer: advancing the clock past the wait lets nothing go.
      await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS * 2);
      expect(slow.done).toBe(false);
      posted[0]!.run();
      await vi.advanceTimersByTimeAsync(0);
      expect(slow.done).toBe(true);

      let arrive = () => {};
      const quick = settled(dataOrWait(new Promise<void>((resolve) => (arrive = resolve))));
      arrive();
      await vi.advanceTimersByTimeAsync(0);
      expect(quick.done).toBe(true);
      expect(posted[1]!.signal.aborted).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('waits a moment a reader does not notice as a delay', () => {
    expect(FIRST_RENDER_WAIT_MS).toBeGreaterThan(0);
    expect(FIRST_RENDER_WAIT_MS).toBeLessThanOrEqual(200);
  });
});
