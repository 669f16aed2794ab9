import { useEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { zoomIdentity } from 'd3-zoom';
import { formatDateShort } from '../../shared/dates/formatEventDate.ts';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import type { ChartFrame } from './layout/chartFrame.ts';
import { overviewLanePaths } from './layout/overviewDots.ts';
import { daySpanOf } from './layout/daySpan.ts';
import type { ZoomControls } from './useZoom.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';

interface Props {
  frame: ChartFrame;
  zoom: Pick<ZoomControls, 'live' | 'subscribe' | 'setTransform' | 'hold'>;
}

const HEIGHT = 44;
const MIN_WINDOW = 6;
/**
 * A slider's keys, in steps of 1/40 of the strip (1/5 with Shift): Page Up/Down as Shift, Home and
 * End as far as the slider goes (the moves are clamped), as sliders do (WAI-ARIA APG).
 */
const KEY_STEPS: Partial<Record<string, number>> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -8, PageUp: 8, Home: -40, End: 40 };

const dayText = (iso: string, locale: string) => {
  const d = parseIsoDate(iso);
  return d ? formatDateShort(d, locale) : iso;
};

/**
 * The whole range with a brush for the visible window: drag the window to pan, drag an edge to
 * zoom. The edges and the window are sliders for the keyboard (arrow keys; Shift or Page Up/Down
 * for big steps; Home and End to either end).
 */
export function Overview({ frame, zoom }: Props) {
  const { t, f } = useI18n();
  const { index, lanes, base: baseScale } = frame;
  const innerWidth = frame.dims.innerWidth;
  const marginLeft = frame.dims.margin.left;
  // A drag moves only the live view, drawn every frame as a wheel zoom is; the chart settles (lays out
  // its marks, writes the address, says the new axis) when it ends, as after a drag on the chart itself.
  const drag = useRef<{ kind: 'move' | 'left' | 'right'; startX: number; a: number; b: number; release: () => void } | null>(null);
  useEffect(() => () => drag.current?.release(), []);
  // The window follows every frame of a zoom: this small part re-renders with the live transform.
  const transform = useSyncExternalStore(zoom.subscribe, zoom.live);
  const a = Math.max(0, transform.invertX(0));
  const b = Math.min(innerWidth, transform.invertX(innerWidth));
  const onWindowChange = (na: number, nb: number) => {
    const k = innerWidth / Math.max(1e-6, nb - na);
    zoom.setTransform(zoomIdentity.translate(-na * k, 0).scale(k));
  };
  // One path per lane with a dot per occupied pixel column: 100,000 events cost a few thousand points.
  const lanePaths = useMemo(() => overviewLanePaths(index, lanes, baseScale, innerWidth, HEIGHT), [index, lanes, baseScale, innerWidth]);
  const clampSet = (na: number, nb: number) => {
    let lo = Math.max(0, Math.min(na, innerWidth - MIN_WINDOW));
    let hi = Math.min(innerWidth, Math.max(nb, lo + MIN_WINDOW));
    if (hi - lo < MIN_WINDOW) lo = hi - MIN_WINDOW;
    if (lo < 0) {
      hi -= lo;
      lo = 0;
    }
    onWindowChange(lo, hi);
  };
  const onDown = (ev: PointerEvent<SVGElement>) => {
    const kind = ev.currentTarget.dataset.brush as 'move' | 'left' | 'right';
    ev.stopPropagation();
    ev.currentTarget.setPointerCapture?.(ev.pointerId);
    drag.current?.release();
    drag.current = { kind, startX: ev.clientX, a, b, release: zoom.hold() };
  };
  const onMove = (ev: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = ev.clientX - d.startX;
    if (d.kind === 'move') {
      const w = d.b - d.a;
      const na = Math.max(0, Math.min(innerWidth - w, d.a + dx));
      onWindowChange(na, na + w);
    } else if (d.kind === 'left') clampSet(Math.min(d.a + dx, d.b - MIN_WINDOW), d.b);
    else clampSet(d.a, Math.max(d.b + dx, d.a + MIN_WINDOW));
  };
  const onUp = () => {
    drag.current?.release();
    drag.current = null;
  };
  const onKey = (ev: KeyboardEvent<SVGElement>) => {
    const kind = ev.currentTarget.dataset.brush as 'move' | 'left' | 'right';
    const steps = KEY_STEPS[ev.key];
    if (!steps) return;
    ev.preventDefault();
    ev.stopPropagation();
    const s = steps * (ev.shiftKey ? innerWidth / 5 : innerWidth / 40);
    if (kind === 'move') {
      const w = b - a;
      const na = Math.max(0, Math.min(innerWidth - w, a + s));
      onWindowChange(na, na + w);
    } else if (kind === 'left') clampSet(Math.min(a + s, b - MIN_WINDOW), b);
    else clampSet(a, Math.max(b + s, a + MIN_WINDOW));
  };
  const full = a <= 0.5 && b >= innerWidth - 0.5;
  const days = daySpanOf([baseScale.invert(a).getTime(), baseScale.invert(b).getTime()], frame.bounds);
  const from = dayText(days.start, f.dates.locale);
  const to = dayText(days.end, f.dates.locale);
  const svgWidth = innerWidth + marginLeft * 2;
  return (
    <div className="relative mt-1" style={{ width: svgWidth, height: HEIGHT }}>
      {/* The events' dots do not change while zooming: drawn once, under the window that moves. */}
      <svg width={svgWidth} height={HEIGHT} className="block" aria-hidden="true">
        <g transform={`translate(${marginLeft},0)`}>
          <rect width={innerWidth} height={HEIGHT} className="overview-bg" rx={4} />
          {lanePaths.map((p) => (
            <path key={p.id} d={p.d} stroke={p.color} strokeWidth={3} strokeLinecap="round" />
          ))}
        </g>
      </svg>
    <svg
      width={svgWidth}
      height={HEIGHT}
      className="overview-brush absolute top-0 left-0 block touch-none select-none"
      role="group"
      aria-label={t.overview.label(from, to)}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
      onLostPointerCapture={onUp}
    >
      <g transform={`translate(${marginLeft},0)`}>
        {!full && (
          <>
            <rect x={0} width={Math.max(0, a)} height={HEIGHT} className="overview-shade" aria-hidden="true" />
            <rect x={b} width={Math.max(0, innerWidth - b)} height={HEIGHT} className="overview-shade" aria-hidden="true" />
          </>
        )}
        <rect
          x={a}
          width={Math.max(1, b - a)}
          height={HEIGHT}
          className="brush-window"
          role="slider"
          tabIndex={0}
          aria-label={t.overview.window}
          aria-valuemin={0}
          aria-valuemax={Math.round(innerWidth)}
          aria-valuenow={Math.round(a)}
          aria-valuetext={t.overview.range(from, to)}
          data-brush="move"
          onPointerDown={onDown}
          onKeyDown={onKey}
        />
        {(['left', 'right'] as const).map((side) => {
          const x = side === 'left' ? a : b;
          return (
            <g key={side} transform={`translate(${x},0)`}>
              <rect
                x={-12}
                width={24}
                height={HEIGHT}
                className="brush-handle"
                role="slider"
                tabIndex={0}
                aria-label={side === 'left' ? t.overview.start : t.overview.end}
                aria-valuemin={0}
                aria-valuemax={Math.round(innerWidth)}
                aria-valuenow={Math.round(x)}
                aria-valuetext={side === 'left' ? from : to}
                data-brush={side}
                onPointerDown={onDown}
                onKeyDown={onKey}
              />
              <rect x={-2} y={HEIGHT / 2 - 10} width={4} height={20} rx={2} className="brush-grip" aria-hidden="true" />
            </g>
          );
        })}
      </g>
    </svg>
    </div>
  );
}
