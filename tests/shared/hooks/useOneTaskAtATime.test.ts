import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOneTaskAtATime } from '../../../src/shared/hooks/useOneTaskAtATime.ts';

describe('useOneTaskAtATime', () => {
  it('says which task runs, starts nothing else meanwhile, even in the same moment, and is free again when it ends, also after a failure', async () => {
    const { result } = renderHook(() => useOneTaskAtATime<'csv' | 'json'>());
    let finish = () => {};
    const started: string[] = [];
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run('csv', () => new Promise<void>((r) => ((finish = r), started.push('csv'))));
      // A second click before React has rendered the first.
      void result.current.run('json', async () => void started.push('json'));
    });
    expect(result.current.busy).toBe('csv');
    expect(started).toEqual(['csv']);
    await act(async () => {
      finish();
      await first;
    });
    expect(result.current.busy).toBeNull();
    await act(() => result.current.run('json', () => Promise.reject(new Error('no'))).catch(() => undefined));
    expect(result.current.busy).toBeNull();
    await act(() => result.current.run('json', async () => void started.push('json')));
    expect(started).toEqual(['csv', 'json']);
  });
});
