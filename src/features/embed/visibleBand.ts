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

/** Follows which part of the frame is in the reader's view, from the embed's first script on (main.tsx). */
export function watchVisibleBand(): void {
  new IntersectionObserver(([entry]) => void (seen = entry?.intersectionRect ?? seen), { threshold: Array.from({ length: 201 }, (_, i) => i / 200) }).observe(document.documentElement);
}

/** The band in the reader's view now (null before anything was seen, or while the whole frame is). */
export const visibleBand = (): Band | null => seen && bandOf(seen.top, seen.height, window.innerHeight);
