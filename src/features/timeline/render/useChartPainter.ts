import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { ChartFrame } from '../layout/chartFrame.ts';
import { chartLayout, type ChartLayout } from '../layout/chartLayout.ts';
import type { ChartTheme } from './chartTheme.ts';
import { paintScene, TextCache, warmSprites } from './paintCanvas.ts';
import { viewScene, type ChartState } from './scene.ts';

interface PainterInputs {
  frame: ChartFrame;
  state: ChartState;
  theme: ChartTheme;
}

interface LiveTransform {
  live: () => ZoomTransform;
  subscribe: (listener: () => void) => () => void;
}

/**
 * The chart's one animation-frame loop: on every zoom or pan step it lays out the view and
 * draws it, lanes included, on the chart's one canvas, without React and without reading layout.
 * When React changes what is drawn (events, size, selection, focus, theme) it draws in the same
 * loop's next frame, which the browser shows with the DOM React committed.
 * Returns the layout last drawn (for hit-testing a click).
 */
export function useChartPainter(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  zoom: LiveTransform,
  inputs: PainterInputs,
): () => ChartLayout {
  const inputsRef = useRef(inputs);
  const texts = useRef<TextCache | null>(null);
  const pending = useRef(0);
  const last = useRef<{ frame: ChartFrame; t: ZoomTransform; layout: ChartLayout } | null>(null);
  const { live, subscribe } = zoom;

  const layoutNow = useCallback(() => {
    const { frame } = inputsRef.current;
    const t = live();
    const prev = last.current;
    if (prev && prev.frame === frame && prev.t === t) return prev.layout;
    const layout = chartLayout(frame, t);
    last.current = { frame, t, layout };
    return layout;
  }, [live]);

  // Text a still paint drew in place is rendered for the cache when the page is idle, before a zoom needs it.
  const warming = useRef(0);

  /** Draws the view; `still` when it is not a zoom step (text not in the cache is drawn in place, and cached later). */
  const draw = useCallback((still: boolean) => {
    const layout = layoutNow();
    // Benchmarks read the view from here: the chart has no DOM that follows each frame.
    (globalThis as { __timelineView?: string }).__timelineView = `${Math.round(layout.domain[0])}..${Math.round(layout.domain[1])}`;
    // Low-latency: the canvas reaches the screen without waiting on the page's frame commit. Measured
    // here (software compositing), a continuous zoom at 10,000 and 100,000 events went from ~10 ms
    // of commit per frame to none, and from p95 33 to 16.7 ms frames.
    const ctx = canvasRef.current?.getContext('2d', { desynchronized: true });
    if (!ctx) return;
    const { state, theme } = inputsRef.current;
    texts.current ??= new TextCache();
    const dpr = window.devicePixelRatio || 1;
    const scene = viewScene(layout, state, theme);
    paintScene(ctx, scene, dpr, texts.current, { still });
    if (still) warmWhenIdle(texts.current, warming);
  }, [canvasRef, layoutNow]);

  /*
   * Every paint happens in the next animation frame, which runs before the browser shows the
   * frame: a zoom step, and a change React made (events, size, selection, focus, theme), which
   * so reaches the screen with the DOM it committed, but is not painted in the same task as that
   * commit. The first view's canvas (about 30-60 ms here, mostly text and its new backing store)
   * and React's commit are then two tasks of a size the page can answer between, not one.
   */
  const stillPending = useRef(true);
  const schedule = useCallback(
    (still: boolean) => {
      stillPending.current = pending.current ? stillPending.current && still : still;
      if (!pending.current)
        pending.current = requestAnimationFrame(() => {
          pending.current = 0;
          draw(stillPending.current);
        });
    },
    [draw],
  );

  // With the zoom's wiring (useZoom), in the commit: the chart answers input from its first frame.
  useLayoutEffect(() => subscribe(() => schedule(false)), [subscribe, schedule]);
  useEffect(
    () => () => {
      cancelAnimationFrame(pending.current);
      cancelIdle(warming.current);
    },
    [],
  );

  const { frame, state, theme } = inputs;
  // A canvas gets its pixels on its first drawing call (10-20 ms here): on mount that happens with
  // React's commit, so that the first frame's paint does not carry it too.
  useLayoutEffect(() => {
    canvasRef.current?.getContext('2d', { desynchronized: true })?.clearRect(0, 0, 1, 1);
  }, [canvasRef]);
  useLayoutEffect(() => {
    inputsRef.current = { frame, state, theme };
    schedule(true);
  }, [frame, state, theme, schedule]);

  return layoutNow;
}

/** Renders the text `texts` remembers, then the circles' images, in idle periods, until none is left. */
function warmWhenIdle(texts: TextCache, handle: { current: number }): void {
  if (handle.current) return;
  handle.current = whenIdle((timeLeft) => {
    handle.current = 0;
    if (texts.warm(timeLeft) || warmSprites(timeLeft)) warmWhenIdle(texts, handle);
  });
}

/** Calls `run` when the page is idle, with the time left in that idle period; returns a handle for cancelIdle. */
function whenIdle(run: (timeLeft: () => number) => void): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback((deadline) => run(() => deadline.timeRemaining()));
  return window.setTimeout(() => {
    const start = performance.now();
    run(() => 10 - (performance.now() - start));
  }, 50);
}

function cancelIdle(handle: number): void {
  if (!handle) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
