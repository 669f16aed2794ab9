import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { DaySpan } from '../../../shared/url/urlState.ts';
import { daySpanOf } from './daySpan.ts';
import type { TimeScale } from './timeScale.ts';

/** Part of the view kept clear at each edge when bringing an event into view. */
const EDGE = 0.1;

/**
 * The transform that brings [x0, x1] (base pixels: an event's instant, or its date window) into a
 * view of `width`, or null when it is already inside, clear of the edges. The zoom stays as it is
 * unless the span does not fit; then the view zooms out just enough, centred on the span.
 */
export function followTransform(t: ZoomTransform, x0: number, x1: number, width: number, maxK: number): ZoomTransform | null {
  const v0 = t.invertX(0);
  const v1 = t.invertX(width);
  const margin = (v1 - v0) * EDGE;
  if (x0 >= v0 + margin && x1 <= v1 - margin) return null;
  const mid = (x0 + x1) / 2;
  const span = x1 - x0;
  // Fits when the span takes at most the view less its margins.
  const k = span * t.k > width * (1 - 2 * EDGE) ? Math.max(1, Math.min(maxK, (width * (1 - 2 * EDGE)) / Math.max(span, 1e-9))) : t.k;
  // Centred on the span, then kept inside the whole range (as d3-zoom's translate extent does).
  const x = Math.min(0, Math.max(width - width * k, width / 2 - mid * k));
  return zoomIdentity.translate(x, 0).scale(k);
}

/** The transform that shows [x0, x1] (base pixels) across a view of `width`, within the zoom limits. */
function spanTransform(x0: number, x1: number, width: number, maxK: number): ZoomTransform {
  const k = Math.max(1, Math.min(maxK, width / Math.max(x1 - x0, 1e-9)));
  const x = Math.min(0, Math.max(width - width * k, -x0 * k));
  return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * The transform that shows the days [start, end] (times) on `base`, as spanTransform does, except
 * that a first or last day the chart's range starts or ends within is cut at the range's edge
 * rather than moved: the days shown are then the days asked for, and a link to them (the range is
 * padded by part of a day) shows the same days again, not one more each time it is opened.
 */
export function daysTransform(base: TimeScale, start: number, end: number, width: number, maxK: number): ZoomTransform {
  const day = base(start + 86_400_000) - base(start);
  let x0 = base(start);
  let x1 = base(end);
  if (x0 < 0 && x0 + day > 0) x0 = 0;
  if (x1 > width && x1 - day < width) x1 = width;
  return spanTransform(x0, x1, width, maxK);
}

/**
 * The days the chart shows when asked for the days [start, end] (times) on `base`, a view of
 * `width`: fitted by spanTransform, so moved or widened to stay within the chart's time range and
 * zoom limits. Null when that is the whole range (no zoom).
 */
export function fittedDays(base: TimeScale, start: number, end: number, width: number, maxK: number, bounds?: readonly [number, number]): DaySpan | null {
  const t = daysTransform(base, start, end, width, maxK);
  if (t.k <= 1) return null;
  const [d0, d1] = t.rescaleX(base).domain();
  return daySpanOf([d0!.getTime(), d1!.getTime()], bounds);
}
