import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { useWarmSearch, WARM_ABOVE } from '../../../src/features/filters/useWarmSearch.ts';
import type { TimelineEvent } from '../../../src/shared/model/timelineModel.ts';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Station report ${i}`, summary: '', translations: {}, quotes: [] }) as unknown as TimelineEvent);

describe('useWarmSearch', () => {
  it('shows a new search over a big dataset only once it has been done in slices, the one before until then', async () => {
    const index = buildSearchIndex(events(WARM_ABOVE + 1));
    const { result, rerender } = renderHook(({ q }) => useWarmSearch(index, q), { initialProps: { q: '' } });
    expect(result.current).toBe('');
    rerender({ q: 'station' });
    expect(result.current).toBe('');
    expect(index.isWarm('station')).toBe(false);
    await waitFor(() => expect(result.current).toBe('station'));
    expect(index.isWarm('station')).toBe(true);
  });

  it('shows at once a search already done, and no search', () => {
    const index = buildSearchIndex(events(WARM_ABOVE + 1));
    while (!index.warm('station', () => 10));
    const { result, rerender } = renderHook(({ q }) => useWarmSearch(index, q), { initialProps: { q: '' } });
    rerender({ q: 'station' });
    expect(result.current).toBe('station');
    rerender({ q: '' });
    expect(result.current).toBe('');
  });

  it('shows a search over a small dataset at once', () => {
    const index = buildSearchIndex(events(WARM_ABOVE));
    const { result, rerender } = renderHook(({ q }) => useWarmSearch(index, q), { initialProps: { q: '' } });
    rerender({ q: 'station' });
    expect(result.current).toBe('station');
  });

  it('drops a search the reader typed over before it was done, and shows the last one', async () => {
    const index = buildSearchIndex(events(WARM_ABOVE + 1));
    const { result, rerender } = renderHook(({ q }) => useWarmSearch(index, q), { initialProps: { q: '' } });
    rerender({ q: 'stat' });
    rerender({ q: 'report' });
    await waitFor(() => expect(result.current).toBe('report'));
    expect(index.isWarm('stat')).toBe(false);
  });

  it('while a new search is done, shows the search shown last, also one that needed no slices', async () => {
    const index = buildSearchIndex(events(WARM_ABOVE + 1));
    const { result, rerender } = renderHook(({ q }) => useWarmSearch(index, q), { initialProps: { q: '' } });
    rerender({ q: 'station' });
    await waitFor(() => expect(result.current).toBe('station'));
    // Cleared (nothing to do), then a new word: the cleared search stays until the new one is done.
    rerender({ q: '' });
    expect(result.current).toBe('');
    rerender({ q: 'report' });
    expect(result.current).toBe('');
    await waitFor(() => expect(result.current).toBe('report'));
  });
});
