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

  it('waits a moment a reader does not notice as a delay', () => {
    expect(FIRST_RENDER_WAIT_MS).toBeGreaterThan(0);
    expect(FIRST_RENDER_WAIT_MS).toBeLessThanOrEqual(200);
  });
});
