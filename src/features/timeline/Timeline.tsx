import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { zoomIdentity } from 'd3-zoom';
import { lanesAreGroups, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { useParentWidth } from '../../shared/hooks/useParentWidth.ts';
import { ChartOverlay } from './ChartOverlay.tsx';
import { ChartTooltip } from './ChartTooltip.tsx';
import { useChartTip, type ChartTip } from './useChartTip.ts';
import { Legend } from './Legend.tsx';
import { legendEntries } from './layout/legendEntries.ts';
import { Overview } from './Overview.tsx';
import { chartFrame } from './layout/chartFrame.ts';
import { chartLayout, nearestToView, pinnedMarks, type ChartLayout } from './layout/chartLayout.ts';
import { clusterAt, clusterClickOpens, clusterKinds, type Cluster } from './layout/clusters.ts';
import { EVENT_KINDS } from '../../shared/dataset/vocabulary.ts';
import { replyChain } from './layout/links.ts';
import { useChartTheme, type ChartTheme } from './render/chartTheme.ts';
import { CHART_FONTS, chartWords, type ChartState } from './render/scene.ts';
import { measuredCharWidth } from './render/paintCanvas.ts';
import { estimatedCharWidth, labelAt } from './layout/labels.ts';
import { useChartPainter } from './render/useChartPainter.ts';
import { useRovingFocus, ZOOM_STEP } from './useRovingFocus.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedDataset } from '../../shared/model/translated.ts';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import { formatDaySpan, type DaySpan } from '../../shared/url/urlState.ts';
import { daysTransform, fittedDays } from './layout/follow.ts';
import { daySpanOf } from './layout/daySpan.ts';
import { useZoom } from './useZoom.ts';
import { useZoomAnnouncement } from './useZoomAnnouncement.ts';

export interface TimelineHandle {
  /** Moves keyboard focus to an event's mark (e.g. when the detail panel closes). */
  focusEvent: (id: string) => void;
  /** The view as it is drawn now, for exports. */
  currentView: () => { layout: ChartLayout; theme: ChartTheme };
}

interface Props {
  model: TimelineModel;
  /** The days to show (?window=); null: all of them. */
  window?: DaySpan | null;
  /** The days in view once a zoom settles; null when everything is in view. */
  onViewChange?: (span: DaySpan | null) => void;
  /** The days asked for (?window=) went beyond the chart's time range: the days shown instead (null: all of them). */
  onWindowAdjusted?: (asked: DaySpan, shown: DaySpan | null) => void;
  /** The events to show, in time order. */
  events: readonly TimelineEvent[];
  /** The days a date filter keeps (filterDays), which bound the chart's time range. */
  days?: readonly [number, number];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** Escape in the chart, with the event whose mark has the focus. */
  onEscape?: (focusedId: string | null) => void;
  embed?: boolean;
  /** Controls the page puts first in the chart's toolbar (filters, the view switch), to save a row. */
  toolbarStart?: ReactNode;
  /** …and last (an embed's view switch, which then wraps under the filters with the zoom buttons). */
  toolbarEnd?: ReactNode;
  ref?: Ref<TimelineHandle>;
}

/** The chart: wiring of the zoom, the keyboard focus, the canvas that draws and the layer readers interact with. */
export function Timeline({ model, events, days, window: wanted = null, onViewChange, onWindowAdjusted, selectedId, onOpen, onEscape, embed = false, toolbarStart, toolbarEnd, ref }: Props) {
  const [containerRef, width] = useParentWidth<HTMLDivElement>(() =>
    // The page's content column: max 80rem wide with 1rem (0.75rem narrow, 0.5rem embedded) padding.
    typeof window === 'undefined' ? 800 : Math.min(window.innerWidth, 1280) - (embed ? 16 : window.innerWidth < 640 ? 24 : 32),
  );
  const overlayRef = useRef<SVGSVGElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [hoverCluster, setHoverCluster] = useState<{ cluster: Cluster; kinds: number[]; opens: boolean } | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const { t, f, lang } = useI18n();
  const theme = useChartTheme();
  const charWidth = useMemo(() => measuredCharWidth(CHART_FONTS.label, theme.fontFamily, estimatedCharWidth), [theme.fontFamily]);
  // The days a link asked for, which a date filter's range keeps even where no event is.
  const asked = useMemo(() => wanted && ([parseIsoDate(wanted.start)!.start, parseIsoDate(wanted.end)!.end] as const), [wanted]);
  const frame = useMemo(() => chartFrame(model, events, width, f.dates.locale, lang, charWidth, days, asked), [model, events, width, f.dates.locale, lang, charWidth, days, asked]);
  const legend = useMemo(() => legendEntries(frame.events), [frame.events]);
  const { dims } = frame;

  const modifierHint = t.chart.modifierHint;
  const showHint = useCallback(() => {
    setHint(modifierHint);
    if (hintTimer.current) clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(null), 1800);
  }, [modifierHint]);
  useEffect(() => () => void (hintTimer.current && clearTimeout(hintTimer.current)), []);

  const zoom = useZoom(overlayRef, { width: dims.innerWidth, height: dims.height, maxK: frame.maxK, wheelNeedsModifier: embed, onPlainWheel: showHint });
  // React lays out the settled view (reachable marks, tooltip, hint); the painter draws every frame.
  const layout = useMemo(() => chartLayout(frame, zoom.settled), [frame, zoom.settled]);
  const axisText = layout.dense ? t.chart.axisGrouped(t.chart.units[layout.unit], f.plural(t.events, layout.inView)) : t.chart.axis(t.chart.units[layout.unit]);
  const axisSaid = useZoomAnnouncement(zoom.settled.k, axisText);
  // The view in the address (?window=) and the view on screen follow each other, by days.
  const { setTransform } = zoom;
  const shownSpan = useMemo(() => (zoom.settled.k <= 1 ? null : daySpanOf(layout.domain, frame.bounds)), [zoom.settled.k, layout.domain, frame.bounds]);
  const shownKey = shownSpan ? formatDaySpan(shownSpan) : null;
  const wantedKey = wanted ? formatDaySpan(wanted) : null;
  // The days last asked for by the address or last reported to it, whichever came later.
  const latest = useRef<{ key: string | null; span: DaySpan | null }>({ key: wantedKey, span: wanted });
  const seenWanted = useRef<string | null>(null);
  const [from, to] = frame.extent;
  useEffect(() => {
    // A new address moves the view; a new time range (filters, data) keeps the days last seen,
    // which the address, written a few times a second at most, may not have caught up with yet.
    // (A new width keeps the visible range by itself: useZoom.)
    if (wantedKey !== seenWanted.current) latest.current = { key: wantedKey, span: wanted };
    seenWanted.current = wantedKey;
    const { key, span } = latest.current;
    if (!span || key === shownKey) return;
    const start = parseIsoDate(span.start)!.start;
    const end = parseIsoDate(span.end)!.end;
    setTransform(daysTransform(frame.base, start, end, dims.innerWidth, frame.maxK));
    // Days the address asked for that the chart has not got: moved or widened, and the reader told.
    if (key === wantedKey && (start < from || end > to)) {
      const shown = fittedDays(frame.base, start, end, dims.innerWidth, frame.maxK, frame.bounds);
      if ((shown && formatDaySpan(shown)) !== key) onWindowAdjusted?.(span, shown);
    }
    // Only a new address or time range moves the view: the view's own changes come back here as the same days.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantedKey, from, to]);
  useEffect(() => {
    if (shownKey === latest.current.key) return;
    latest.current = { key: shownKey, span: shownSpan };
    onViewChange?.(shownSpan);
  }, [shownKey, shownSpan, onViewChange]);

  // The chart follows the reader: a new selection out of view (Next, the list, a reply link, the
  // URL, the host page) is brought into view.
  const followed = useRef<{ id: string | null; window: string | null }>({ id: null, window: null });
  const { follow } = zoom;
  useEffect(() => {
    const prev = followed.current;
    followed.current = { id: selectedId, window: wantedKey };
    // An address that brings a window with the selection (a shared link, Back) is shown as it is.
    if (selectedId === prev.id || (wantedKey !== prev.window && wantedKey !== null)) return;
    const i = selectedId === null ? undefined : frame.positionOf(selectedId);
    const e = i === undefined ? undefined : frame.events[i];
    if (!e) return;
    // A date window must fit as a whole; anything else is a mark at its centre.
    if (e.dateEnd !== undefined) follow(frame.base(e.start), frame.base(e.end));
    else follow(frame.base(frame.index.center[i!]!), frame.base(frame.index.center[i!]!));
  }, [selectedId, wantedKey, frame, follow]);
  const focus = useRovingFocus({ frame, zoom, containerRef, selectedId, firstInView: layout.marks[0]?.event.id ?? nearestToView(layout), onOpen, onEscape });

  const chainOf = hoverId ?? focus.focused?.id ?? null;
  const chain = useMemo(
    () =>
      chainOf
        ? replyChain(
            chainOf,
            (id) => model.eventsById.get(id)?.inReplyTo ?? [],
            (id) => (model.repliesTo.get(id) ?? []).map((e) => e.id),
          )
        : null,
    [chainOf, model],
  );
  const focusedId = focus.focused?.id ?? null;
  const focusRingId = focus.focused?.visible ? focusedId : null;
  const state = useMemo<ChartState>(
    () => ({ selectedId, focusedId, focusRingId, chainOf, chain, words: chartWords(t, f) }),
    [selectedId, focusedId, focusRingId, chainOf, chain, t, f],
  );
  const liveLayout = useChartPainter(canvasRef, zoom, { frame, state, theme });

  // Benchmarks and tests read this: the chart has drawn its data and answers input. Asked for in
  // the commit, where the zoom is wired: the frame that runs it is the one the chart is painted in.
  useLayoutEffect(() => {
    const id = requestAnimationFrame(() => {
      document.documentElement.dataset.timelineReady = 'true';
      (window as { __timelineReadyAt?: number }).__timelineReadyAt ??= performance.now();
    });
    return () => cancelAnimationFrame(id);
  }, []);

  useImperativeHandle(ref, () => ({ focusEvent: focus.focusMark, currentView: () => ({ layout: liveLayout(), theme }) }), [focus.focusMark, liveLayout, theme]);

  /**
   * A click between marks: on an event's label, open the event; on a cluster of one, or at the
   * deepest zoom, open its first event; else zoom in around it.
   */
  const onBackgroundClick = (x: number, y: number) => {
    const now = liveLayout();
    const label = labelAt(now.labels, x, y);
    if (label) return onOpen(label.id);
    const c = now.dense ? clusterAt(now.clusters, x, y) : null;
    if (!c) return;
    const first = events[c.first];
    const t = zoom.live();
    if (clusterClickOpens(c.count, t.k, frame.maxK)) {
      if (first) onOpen(first.id);
      return;
    }
    const k = Math.min(frame.maxK, t.k * 4);
    zoom.setTransform(zoomIdentity.translate(dims.innerWidth / 2 - t.invertX(c.x) * k, 0).scale(k));
  };

  // Every mark in view, and always the tab stop and the selection (out of view, they are still focusable).
  /** Hovering a cluster says what it holds (in the settled view: hover tooltips go while zooming). */
  const onPointerAt = (p: { x: number; y: number } | null) => {
    const c = p && layout.dense ? clusterAt(layout.clusters, p.x, p.y) : null;
    if (c === hoverCluster?.cluster) return;
    if (!c) return setHoverCluster(null);
    const k = dims.innerWidth / (layout.domain[1] - layout.domain[0]);
    const kinds = clusterKinds(frame.index, c, layout.domain[0], k, dims.innerWidth, EVENT_KINDS.length);
    setHoverCluster({ cluster: c, kinds, opens: clusterClickOpens(c.count, zoom.settled.k, frame.maxK) });
  };
  const onGesture = () => {
    if (hoverCluster) setHoverCluster(null);
    if (hoverId) setHoverId(null);
    clearTip();
  };
  // A new settled view moves the clusters away from under the pointer.
  const [tipView, setTipView] = useState(layout);
  if (tipView !== layout) {
    setTipView(layout);
    if (hoverCluster) setHoverCluster(null);
  }

  const reachable = useMemo(() => {
    const pinned = pinnedMarks(layout, [focus.rovingId, selectedId]);
    return layout.dense ? pinned : [...layout.marks, ...pinned.filter((p) => !layout.marks.includes(p))];
  }, [layout, focus.rovingId, selectedId]);
  // The canvas's pixels only grow while the width stays (a taller chart is clipped to its height):
  // new pixels cost 10-20 ms here, which a filter that drops a lane need not pay.
  const [pixels, setPixels] = useState({ width: dims.width, height: dims.height });
  if (pixels.width !== dims.width || pixels.height < dims.height) setPixels({ width: dims.width, height: dims.height });
  // None for the open event: the panel says it all, and after a tap (no mouse to leave) it would stay over the chart.
  // None for a mark focused without a visible focus either (the panel closed by a click or a tap gives it back the focus).
  const tipCandidate = hoverId ?? (focus.focused?.visible ? focus.focused.id : null);
  const tipId = tipCandidate === selectedId ? null : tipCandidate;
  const tipMark = tipId ? reachable.find((m) => m.event.id === tipId) : undefined;
  const fullyLabelled = tipId !== null && layout.labels.some((l) => l.id === tipId && !l.truncated);
  const liveTip = useMemo<ChartTip | null>(() => {
    if (tipMark) return fullyLabelled ? null : { key: `e:${tipMark.event.id}`, kind: 'event', event: tipMark.event, x: tipMark.x, y: tipMark.y };
    if (!hoverCluster) return null;
    const { cluster: c, kinds, opens } = hoverCluster;
    const one = c.count === 1 ? events[c.first] : undefined;
    return one
      ? { key: `e:${one.id}`, kind: 'event', event: one, x: c.x, y: c.y }
      : { key: `c:${c.lane}:${c.col}`, kind: 'cluster', count: c.count, kinds, opens, x: c.x, y: c.y };
  }, [tipMark, fullyLabelled, hoverCluster, events]);
  const tipRef = useRef<HTMLDivElement | null>(null);
  const { tip, clear: clearTip } = useChartTip(liveTip, tipRef);
  // An event opened (a tap, a click, Enter) has the panel: its tooltip does not linger over the chart.
  const [tipSelection, setTipSelection] = useState(selectedId);
  if (tipSelection !== selectedId) {
    setTipSelection(selectedId);
    clearTip();
  }
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  return (
    <section aria-label={t.chart.region} className="timeline">
      <div className="mb-2 flex flex-wrap items-center gap-1.5 print:hidden">
        {toolbarStart}
        <div role="toolbar" aria-label={t.chart.zoom} className="flex gap-1">
          <button type="button" className="btn btn-small" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label={t.chart.zoomIn} title={t.chart.zoomInTitle}>
            +
          </button>
          <button type="button" className="btn btn-small" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-label={t.chart.zoomOut} title={t.chart.zoomOutTitle}>
            −
          </button>
          {/* In an embed, an icon: with the words the toolbar took one more row of a 300×250 frame in Russian. */}
          <button type="button" className="btn btn-small" onClick={() => zoom.reset()} title={t.chart.fitAllTitle} aria-label={embed ? t.chart.fitAll : undefined}>
            {embed ? <FitAllIcon /> : t.chart.fitAll}
          </button>
        </div>
        {toolbarEnd}
      </div>
      {/* Keys bubble here from the marks: the chart is one tab stop. */}
      <div ref={containerRef} className="relative w-full" onKeyDown={focus.onKeyDown}>
        <div className="relative overflow-hidden" style={{ height: dims.height }}>
          <canvas
            ref={canvasRef}
            width={Math.round(pixels.width * dpr)}
            height={Math.round(pixels.height * dpr)}
            style={{ width: pixels.width, height: pixels.height }}
            className="timeline-canvas absolute top-0 left-0 block"
            aria-hidden="true"
          />
        </div>
        <ChartOverlay
          svgRef={overlayRef}
          model={model}
          dims={dims}
          label={t.chart.name(translatedDataset(model, lang, t.dataset.untitled).title, f.plural(t.events, events.length), f.plural(t.chart.lanes, frame.lanes.length), lanesAreGroups(model))}
          marks={reachable}
          rovingId={focus.rovingId}
          // Not drawn (see ChartState.focusedId): the pointer passes through it to the clusters.
          undrawnId={layout.dense && focus.rovingId !== selectedId && focus.rovingId !== focusedId ? focus.rovingId : null}
          selectedId={selectedId}
          onOpen={onOpen}
          onHover={setHoverId}
          onFocusMark={focus.onFocusMark}
          onBlurChart={focus.onBlurChart}
          onBackgroundClick={onBackgroundClick}
          onPointerAt={onPointerAt}
          onGesture={onGesture}
        />
        {/* In an embed a plain wheel scrolls the article; said over the chart, where the reader looks. */}
        {embed && (
          <p className="pointer-events-none absolute inset-x-0 top-1 z-10 text-center text-xs" aria-live="polite">
            {hint && <span className="rounded bg-bg px-2 py-1 font-semibold text-fg shadow">{hint}</span>}
          </p>
        )}
        {tip && <ChartTooltip tip={tip} dims={dims} ref={tipRef} />}
      </div>
      <div className="print:hidden">
        <Overview frame={frame} zoom={zoom} />
      </div>
      {!embed && (
        <p className="mt-1 text-xs text-muted print:hidden">
          {axisText} {layout.dense && `${t.chart.hintGrouped} `}
          {t.chart.hint}
          <span className="sr-only" aria-live="polite" aria-atomic="true">
            {axisSaid}
          </span>
        </p>
      )}
      <Legend lanes={frame.lanes} groups={lanesAreGroups(model)} entries={legend} />
    </section>
  );
}

/** |↔|: the whole time range across the chart. */
function FitAllIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="block" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d="M1.5 3v10M14.5 3v10M4 8h8M6 5.5 3.5 8 6 10.5M10 5.5 12.5 8 10 10.5" />
    </svg>
  );
}
