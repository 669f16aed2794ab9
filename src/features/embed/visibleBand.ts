/** The part of the frame in the reader's view: how far its top and bottom are from the frame's, in CSS pixels. */
export interface Band {
  top: number;
  bottom: number;
}

/** Below this height the band is widened (upward first): a panel needs room for its bar and heading. */
const MIN_BAND = 320;

/**
 * The band of a frame in the reader's view, or null while the whole frame is: given the part in
 * view (its top and height) and the frame's height. An embed follows its content's height
 * (embed.js), so on a phone its frame is often taller than the screen: what opens over the whole
 * frame (the detail panel) shows its content in this band, not at the frame's top, out of view.
 */
export function bandOf(visibleTop: number, visibleHeight: number, frameHeight: number): Band | null {
  if (visibleHeight >= frameHeight - 1 || visibleHeight <= 0) return null;
  const height = Math.min(frameHeight, Math.max(visibleHeight, MIN_BAND));
  const top = Math.max(0, Math.min(visibleTop, frameHeight - height));
  return { top, bottom: frameHeight - top - height };
}

let seen: DOMRectReadOnly | null = null;
// The frame's size when last seen, and who is told when it changes (a phone turned, the frame resized).
let size = '';
let resized: (() => void) | null = null;

/** Follows which part of the frame is in the reader's view, from the embed's first script on (main.tsx). */
export function watchVisibleBand(): void {
  new IntersectionObserver(
    ([entry]) => {
      seen = entry?.intersectionRect ?? seen;
      const now = `${innerWidth} ${innerHeight}`;
      if (now !== size) {
        size = now;
        resized?.();
      }
    },
    { threshold: Array.from({ length: 201 }, (_, i) => i / 200) },
  ).observe(document.documentElement);
}

/** Calls `then` once the part in view is known after the frame changes size, until the returned function stops it. */
export function onResized(then: () => void): () => void {
  resized = then;
  return () => void (resized = null);
}

/** The band in the reader's view now (null before anything was seen, or while the whole frame is). */
export const visibleBand = (): Band | null => seen && bandOf(seen.top, seen.height, window.innerHeight);
