/*
 * Stands in for d3-transition (vite.config.ts aliases it here). d3-zoom imports it only to stop
 * transitions when input arrives, and this app runs none: its one animation, the pan to a
 * selection, is useZoom's own. Without d3-transition the page's first script also loses
 * d3-ease and d3-timer, which only it used. A selection's interrupt() is selectionShim.ts's.
 */

const stops = new WeakMap<Element, () => void>();

/** What d3-zoom calls when a wheel, pointer or touch starts on the element: stops the animation running there. */
export function interrupt(node: Element): void {
  stops.get(node)?.();
}

/** Registers what stops the animation on `node` when input arrives (null: nothing runs there). */
export function onInterrupt(node: Element, stop: (() => void) | null): void {
  if (stop) stops.set(node, stop);
  else stops.delete(node);
}
