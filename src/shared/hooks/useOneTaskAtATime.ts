import { useCallback, useRef, useState } from 'react';

/**
 * One task at a time (a download being prepared): `busy` says which one runs, and starting another
 * while one runs does nothing, also a second click in the same moment (the flag is set at once, not
 * at the next render).
 */
export function useOneTaskAtATime<K extends string | boolean>(): { busy: K | null; run: (key: K, task: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState<K | null>(null);
  const running = useRef(false);
  const run = useCallback(async (key: K, task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(key);
    try {
      await task();
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, run };
}
