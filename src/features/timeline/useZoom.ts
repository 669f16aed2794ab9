import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { followTransform } from './layout/follow.ts';

/** How long the chart takes to pan to a new selection (no motion under prefers-reduced-motion). */
const FOLLOW_MS = 400;

export interface ZoomOptions {
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
  zoomBy: (factor: number) => void;
  reset: () => void;
  setTransform: (t: ZoomTransform) => void;
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
  const listeners = useRef(new Set<() => void>());
  const widthRef = useRef(width);
  const plainWheelRef = useRef(onPlainWheel);
  useEffect(() => {
    plainWheelRef.current = onPlainWheel;
  }, [onPlainWheel]);

  // Wired in the commit, not after the browser paints: a big dataset's first view is a React
  // transition, whose passive effects wait until after its first frame (about 100 ms at 10,000 events).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<Element, unknown>()
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
        // In an embed one finger scrolls the host page; two fingers pinch-zoom the chart.
        if (wheelNeedsModifier && event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
        const m = event as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform;
        for (const l of listeners.current) l();
      })
      // The same view (as on mount, where d3 announces the initial transform) renders nothing again.
      .on('end', ({ transform: t }: { transform: ZoomTransform }) => setSettled((s) => (s.k === t.k && s.x === t.x && s.y === t.y ? s : t)));
    const sel = select(el);
    sel.call(behavior);
    // Keep the same visible range when the width changes.
    const prev = transformRef.current;
    const ratio = widthRef.current > 0 ? width / widthRef.current : 1;
    widthRef.current = width;
    sel.call(behavior.transform, zoomIdentity.translate(prev.x * ratio, 0).scale(prev.k));
    behaviorRef.current = behavior;
    return () => {
      sel.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, width, height, maxK, wheelNeedsModifier]);

  const apply = useCallback(
    (fn: (b: ZoomBehavior<Element, unknown>, el: Element) => void) => {
      const b = behaviorRef.current;
      const el = ref.current;
      if (b && el) fn(b, el);
    },
    [ref],
  );

  const live = useCallback(() => transformRef.current, []);
  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const zoomBy = useCallback((factor: number) => apply((b, el) => select(el).call(b.scaleBy, factor)), [apply]);
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

  const follow = useCallback(
    (x0: number, x1: number) =>
      apply((b, el) => {
        const next = followTransform(transformRef.current, x0, x1, width, maxK);
        if (!next) return;
        const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
        if (still) select(el).call(b.transform, next);
        else select(el).transition().duration(FOLLOW_MS).call(b.transform, next);
      }),
    [apply, width, maxK],
  );

  return useMemo(
    () => ({ settled, live, subscribe, zoomBy, reset, setTransform, reveal, follow }),
    [settled, live, subscribe, zoomBy, reset, setTransform, reveal, follow],
  );
}
