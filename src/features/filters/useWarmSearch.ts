import { useEffect, useState } from 'react';
import type { SearchIndex } from './searchIndex.ts';

/** Below this many events a first search is one short task: it is applied at once. */
export const WARM_ABOVE = 5000;
/** Each slice of a first search's work: short enough that zooming, panning and typing go on between slices. */
const SLICE_MS = 12;

/**
 * The search the view can show now. A first search for `q` over a big dataset is done in slices
 * of SLICE_MS between which the page answers input; until it is done, the search shown before
 * stays (its results, its counts), and then `q` is shown at once from what the slices found.
 * At 100,000 events one search in one task was 175 ms here (npm run bench, the search table).
 */
export function useWarmSearch(index: SearchIndex, q: string): string {
  const [shown, setShown] = useState(q);
  const slices = index.events.length > WARM_ABOVE && !index.isWarm(q);
  // A search shown at once (no words, a small dataset, done before) is the one to keep showing next.
  if (!slices && shown !== q) setShown(q);
  useEffect(() => {
    if (!slices) return;
    // Slices follow one another through a message, not a timer: nested timers wait 4 ms or more.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const end = performance.now() + SLICE_MS;
      if (index.warm(q, () => end - performance.now())) setShown(q);
      else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [index, q, slices]);
  return slices ? shown : q;
}
