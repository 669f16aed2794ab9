import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { interpolateZoom } from 'd3-interpolate';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { onInterrupt } from '../../shared/d3/transitionShim.ts';
import { followTransform } from './layout/follow.ts';

/** How long the chart takes to pan to a new selection (no motion under prefers-reduced-motion). */
const FOLLOW_MS = 400;

const sameView = (a: ZoomTransform, b: ZoomTransform) => a.k === b.k && a.x === b.x && a.y === b.y;

interface ZoomOptions {
  width: number;
  height: number;
  maxK: number;
  /** In an embed, a plain wheel scrolls the host page; zoom needs Ctrl/⌘ + wheel. */
  wheelNeedsModifier?: boolean;
  /** Called when a plain wheel was ignored because it needed a modifier. */
  onPlainWheel?: () => void;
}

export interface ZoomControls {
  /**
   * The transform once a gesture has settled (d3-zoom's "end"): React renders from it. While a
   * gesture runs, only the per-frame drawing follows the live transform.
   */
  settled: ZoomTransform;
  /** The transform now: it changes on every wheel step and drag move. */
  live: () => ZoomTransform;
  /** Calls `listener` on every change of the live transform; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Zooms by `factor` about base-pixel x `around` when it is in view (a focused event), else about the view's centre. */
  zoomBy: (factor: number, around?: number) => void;
  reset: () => void;
  setTransform: (t: ZoomTransform) => void;
  /**
   * Holds the settled transform while a gesture made of many setTransform calls runs (a drag of the
   * overview's window): only the live transform follows it. The returned function ends the hold
   * (once; later calls do nothing), and the view settles where it is then.
   */
  hold: () => () => void;
  /** Pans (without zooming) so that base-pixel x is inside the view, with a margin. */
  reveal: (x: number) => void;
  /**
   * Brings the span [x0, x1] (base pixels) into view if it is not: pans smoothly (instantly under
   * prefers-reduced-motion), keeping the zoom unless the span does not fit.
   */
  follow: (x0: number, x1: number) => void;
}

/**
 * The one place d3-zoom touches the DOM: wheel, drag, pinch and double-click on the chart. The
 * transform is one immutable value: live in a ref for drawing, settled in React state for the
 * rest. Listeners are removed on cleanup.
 */
export function useZoom(ref: RefObject<Element | null>, opts: ZoomOptions): ZoomControls {
  const { width, height, maxK, wheelNeedsModifier = false, onPlainWheel } = opts;
  const [settled, setSettled] = useState<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<Element, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  // The pan to a selection while it runs: its next frame, and the base-scale span it brings into view.
  const pan = useRef<{ frame: number; x0: number; x1: number } | null>(null);
  // Holds running (hold()): while any does, the view does not settle.
  const holds = useRef(0);
  const listeners = useRef(new Set<() => void>());
  const widthRef = useRef(width);
  const plainWheelRef = useRef(onPlainWheel);
  useEffect(() => {
    plainWheelRef.current = onPlainWheel;
  }, [onPlainWheel]);

  const stopPan = useCallback(() => {
    if (pan.current) cancelAnimationFrame(pan.current.frame);
    pan.current = null;
  }, []);
  /**
   * Brings base-scale x0..x1 into view: along d3-zoom's own path between two views (van Wijk and
   * Nuij's, as its transitions take), eased in and out, one transform per frame. Input stops it.
   */
  const startFollow = useCallback((b: ZoomBehavior<Element, unknown>, el: Element, x0: number, x1: number, w: number, maxK: number) => {
    stopPan();
    const from = transformRef.current;
    const to = followTransform(from, x0, x1, w, maxK);
    if (!to) return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return void select(el).call(b.transform, to);
    const path = interpolateZoom([from.invertX(w / 2), 0, w / from.k], [to.invertX(w / 2), 0, w / to.k]);
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / FOLLOW_MS);
      const [cx, , vw] = path(t < 0.5 ? 4 * t * t * t : 1 - (2 - 2 * t) ** 3 / 2);
      const k = w / vw;
      pan.current = t < 1 ? { frame: requestAnimationFrame(step), x0, x1 } : null;
      select(el).call(b.transform, t < 1 ? zoomIdentity.translate(w / 2 - cx * k, 0).scale(k) : to);
    };
    pan.current = { frame: requestAnimationFrame(step), x0, x1 };
  }, [stopPan]);

  // Wired in the commit, not after the browser paints: a big dataset's first view is a React
  // transition, whose passive effects wait until after its first frame (about 100 ms at 10,000 events).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<Element, unknown>()
      // Double-click zooms at once: an animated one would need d3-transition (see transitionShim.ts).
      .duration(0)
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          if (wheelNeedsModifier && !w.ctrlKey && !w.metaKey) {
            plainWheelRef.current?.();
            return false;
          }
          return true;
        }
        const m = event as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform;
        for (const l of listeners.current) l();
      })
      // The same view (as on mount, where d3 announces the initial transform) renders nothing again;
      // a pan's frames, and a held gesture's, settle only at its end.
      .on('end', ({ transform: t }: { transform: ZoomTransform }) => {
        if (!pan.current && !holds.current) setSettled((s) => (sameView(s, t) ? s : t));
      });
    const sel = select(el);
    sel.call(behavior);
    onInterrupt(el, stopPan);
    // One finger moving more up or down than sideways scrolls the page (in an embed, the article
    // around it), as the chart's touch-action (pan-y) means: d3-zoom, which cancels every touchmove
    // of its gesture, never sees that touch's moves; sideways it pans the chart, embedded too. Listened to before d3-zoom's, in the capture phase.
    let x0 = 0;
    let y0 = 0;
    let vertical: boolean | undefined;
    sel.on(
      'touchstart.scroll touchmove.scroll',
      (ev: TouchEvent) => {
        const t = ev.touches[0]!;
        if (ev.type === 'touchstart') {
          x0 = t.clientX;
          y0 = t.clientY;
          vertical = undefined;
        } else if (ev.touches.length === 1 && (vertical ??= Math.abs(t.clientY - y0) > Math.abs(t.clientX - x0))) ev.stopImmediatePropagation();
      },
      { capture: true, passive: true },
    );
    // Keep the same visible range when the width changes.
    const prev = transformRef.current;
    const ratio = widthRef.current > 0 ? width / widthRef.current : 1;
    widthRef.current = width;
    const resume = pan.current;
    pan.current = null;
    sel.call(behavior.transform, zoomIdentity.translate(prev.x * ratio, 0).scale(prev.k));
    behaviorRef.current = behavior;
    // A pan to a selection was running (the detail panel opening beside the chart narrows it): it goes on at the new width.
    if (resume) startFollow(behavior, el, resume.x0 * ratio, resume.x1 * ratio, width, maxK);
    return () => {
      sel.on('.zoom .scroll', null);
      onInterrupt(el, null);
      // Its frames stop; what it was doing stays in `pan` for the next run of this effect to resume.
      if (pan.current) cancelAnimationFrame(pan.current.frame);
      behaviorRef.current = null;
    };
  }, [ref, width, height, maxK, wheelNeedsModifier, stopPan, startFollow]);

  const apply = useCallback(
    (fn: (b: ZoomBehavior<Element, unknown>, el: Element) => void) => {
      const b = behaviorRef.current;
      const el = ref.current;
      stopPan();
      if (b && el) fn(b, el);
    },
    [ref, stopPan],
  );

  const live = useCallback(() => transformRef.current, []);
  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const zoomBy = useCallback(
    (factor: number, around?: number) =>
      apply((b, el) => {
        const x = around === undefined ? undefined : transformRef.current.applyX(around);
        if (x !== undefined && x >= 0 && x <= width) select(el).call(b.scaleBy, factor, [x, height / 2]);
        else select(el).call(b.scaleBy, factor);
      }),
    [apply, width, height],
  );
  const reset = useCallback(() => apply((b, el) => select(el).call(b.transform, zoomIdentity)), [apply]);
  const setTransform = useCallback((t: ZoomTransform) => apply((b, el) => select(el).call(b.transform, t)), [apply]);
  const reveal = useCallback(
    (x: number) =>
      apply((b, el) => {
        const t = transformRef.current;
        const sx = t.applyX(x);
        const pad = Math.min(60, width / 6);
        if (sx >= pad && sx <= width - pad) return;
        select(el).call(b.translateTo, x, height / 2);
      }),
    [apply, width, height],
  );

  const hold = useCallback(() => {
    holds.current++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--holds.current || pan.current) return;
      const t = transformRef.current;
      setSettled((s) => (sameView(s, t) ? s : t));
    };
  }, []);

  const follow = useCallback((x0: number, x1: number) => apply((b, el) => startFollow(b, el, x0, x1, width, maxK)), [apply, startFollow, width, maxK]);

  return useMemo(
    () => ({ settled, live, subscribe, zoomBy, reset, setTransform, hold, reveal, follow }),
    [settled, live, subscribe, zoomBy, reset, setTransform, hold, reveal, follow],
  );
}
