import { useEffect } from 'react';
import { takeMeasureRequests } from './hostInbox.ts';
import { postToParent, RESIZE } from './messages.ts';

/** How long, in ms, a lower content height must hold before the host page is told it. */
const SHRINK_AFTER = 600;

/**
 * In an embed: posts the content height to the host page (embed.js fits the frame to it) whenever
 * it changes, a rise at once, a drop once it has held, and again when embed.js asks; for the timeline and for a dataset that
 * could not be loaded alike, whose message and action would otherwise sit in the snippet's height.
 */
export function useFrameHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    let shrink: ReturnType<typeof setTimeout> | undefined;
    const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
    const send = (height: number) => {
      clearTimeout(shrink);
      shrink = undefined;
      if (height === last || !Number.isFinite(height)) return;
      last = height;
      postToParent({ type: RESIZE, height });
    };
    // A rise is posted at once; a drop once it has held (SHRINK_AFTER): a part loading on demand
    // (the List's "Loading the list…") must not fold the host's frame for a moment and unfold it.
    const post = () => {
      const height = measure();
      if (last === -1 || height >= last) return send(height);
      clearTimeout(shrink);
      shrink = setTimeout(() => send(measure()), SHRINK_AFTER);
    };
    post();
    // embed.js started after that post (it came late, or the page held it): the height is posted again.
    const stop = takeMeasureRequests(() => {
      last = -1;
      post();
    });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(post);
    ro?.observe(document.documentElement);
    ro?.observe(document.body);
    return () => {
      stop();
      ro?.disconnect();
      clearTimeout(shrink);
    };
  }, [enabled]);
}

/** Rendered by an embed's page that shows no timeline (its dataset could not be loaded): its height is posted all the same. */
export function PostFrameHeight(): null {
  useFrameHeight(true);
  return null;
}
