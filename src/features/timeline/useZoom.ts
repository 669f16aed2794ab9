import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

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
  transform: ZoomTransform;
  zoomBy: (factor: number) => void;
  reset: () => void;
  setTransform: (t: ZoomTransform) => void;
  /** Pans (without zooming) so that base-pixel x is inside the view, with a margin. */
  reveal: (x: number) => void;
}

/**
 * The one place d3-zoom touches the DOM: wheel, drag, pinch and double-click on the chart. The
 * transform lives in React state as one immutable value; listeners are removed on cleanup.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, opts: ZoomOptions): ZoomControls {
  const { width, height, maxK, wheelNeedsModifier = false, onPlainWheel } = opts;
  const [transform, setState] = useState<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const widthRef = useRef(width);
  const plainWheelRef = useRef(onPlainWheel);
  useEffect(() => {
    plainWheelRef.current = onPlainWheel;
  }, [onPlainWheel]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<SVGSVGElement, unknown>()
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
        setState(event.transform);
      });
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
    (fn: (b: ZoomBehavior<SVGSVGElement, unknown>, el: SVGSVGElement) => void) => {
      const b = behaviorRef.current;
      const el = ref.current;
      if (b && el) fn(b, el);
    },
    [ref],
  );

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

  return { transform, zoomBy, reset, setTransform, reveal };
}
