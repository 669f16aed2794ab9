import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { zoomIdentity } from 'd3-zoom';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { useParentWidth } from '../../shared/hooks/useParentWidth.ts';
import { Axis } from './Axis.tsx';
import { EventMark } from './EventMark.tsx';
import { eventAccessibleName } from './eventAccessibleName.ts';
import { Legend } from './Legend.tsx';
import { Overview } from './Overview.tsx';
import { axisTicks, tickUnit } from './layout/axisTicks.ts';
import { computeDimensions } from './layout/dimensions.ts';
import { NAV_KEYS, nextEventIndex, type NavKey } from './layout/keyboardNav.ts';
import { placeLabels } from './layout/labels.ts';
import { layoutLanes, usedActors, type Lane } from './layout/lanes.ts';
import { replyChain, replyLinks } from './layout/links.ts';
import { layoutMarks, rowsPerSender, type Mark } from './layout/marks.ts';
import { buildTimeIndex, clusterEvents, countVisible, visibleRange } from './layout/timeIndex.ts';
import { createTimeScale, eventCenter, maxZoom, paddedExtent } from './layout/timeScale.ts';
import { ClusterCanvas, clusterRadius } from './ClusterCanvas.tsx';
import { ROW_STEP } from './layout/lanes.ts';
import { useZoom } from './useZoom.ts';

export interface TimelineHandle {
  /** Moves keyboard focus to an event's mark (e.g. when the detail panel closes). */
  focusEvent: (id: string) => void;
  /** The chart's SVG element, for exports. */
  getSvg: () => SVGSVGElement | null;
}

interface Props {
  model: TimelineModel;
  /** The events to show, in time order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onEscape?: () => void;
  embed?: boolean;
  ref?: Ref<TimelineHandle>;
}

const ZOOM_STEP = 2;
/** Above this many events in view, marks are drawn as counted clusters on a canvas. */
export const SVG_MARK_LIMIT = 150;

export function Timeline({ model, events, selectedId, onOpen, onEscape, embed = false, ref }: Props) {
  const [containerRef, width] = useParentWidth<HTMLDivElement>(() =>
    // The page's content column: max 80rem wide with 1rem (0.75rem narrow, 0.5rem embedded) padding.
    typeof window === 'undefined' ? 800 : Math.min(window.innerWidth, 1280) - (embed ? 16 : window.innerWidth < 640 ? 24 : 32),
  );
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [hint, setHint] = useState<string | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Layout at the fit-all scale gives lane heights; they stay put while zooming.
  const extent = useMemo(() => paddedExtent(events), [events]);
  const probe = useMemo(() => computeDimensions(width, 0), [width]);
  const baseScale = useMemo(() => createTimeScale(extent, probe.innerWidth), [extent, probe.innerWidth]);
  const { lanes, height: lanesHeight } = useMemo(
    () =>
      layoutLanes(
        model.actors,
        events === model.events ? new Set(model.totals.involving.keys()) : usedActors(events),
        rowsPerSender(events, baseScale),
      ),
    [model, events, baseScale],
  );
  const dims = useMemo(() => computeDimensions(width, lanesHeight), [width, lanesHeight]);
  const lanesByActor = useMemo(() => new Map<string, Lane>(lanes.map((l) => [l.actor.id, l])), [lanes]);

  const showHint = useCallback(() => {
    setHint('Use Ctrl + scroll (⌘ + scroll on a Mac) or the buttons to zoom');
    if (hintTimer.current) clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(null), 1800);
  }, []);
  useEffect(() => () => void (hintTimer.current && clearTimeout(hintTimer.current)), []);

  const zoom = useZoom(svgRef, {
    width: dims.innerWidth,
    height: dims.height,
    maxK: maxZoom(extent),
    wheelNeedsModifier: embed,
    onPlainWheel: showHint,
  });
  const { transform } = zoom;
  const scale = useMemo(() => transform.rescaleX(baseScale), [transform, baseScale]);
  // Where each event is in `events`; all of them shown, that is their order in the model.
  const eventIndex = useMemo<Pick<Map<string, number>, 'get' | 'has'>>(
    () =>
      events === model.events
        ? { get: (id) => model.eventsById.get(id)?.order, has: (id) => model.eventsById.has(id) }
        : new Map(events.map((e, i) => [e.id, i])),
    [events, model],
  );
  const timeIndex = useMemo(() => buildTimeIndex(events, (id) => lanesByActor.get(id)?.index ?? -1), [events, lanesByActor]);

  // Level of detail: only what is in view is laid out; past SVG_MARK_LIMIT it becomes clusters.
  const view = useMemo(() => {
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const pad = (d1 - d0) * 0.02;
    const [lo, hi] = visibleRange(timeIndex, d0 - pad, d1 + pad);
    const inView = countVisible(timeIndex, lo, hi, d0 - pad, d1 + pad);
    const dense = inView > SVG_MARK_LIMIT;
    const visibleEvents = dense ? [] : events.slice(lo, hi).filter((e) => e.end > d0 - pad && e.start <= d1 + pad);
    const k = dims.innerWidth / (d1 - d0);
    const clusters = dense ? clusterEvents(timeIndex, lo, hi, d0, k, 0, dims.innerWidth, lanes.length) : [];
    return { inView, dense, visibleEvents, clusters };
  }, [scale, timeIndex, events, dims.innerWidth, lanes.length]);
  const { inView, dense, visibleEvents, clusters } = view;
  const marks = useMemo(() => layoutMarks(visibleEvents, scale, lanesByActor), [visibleEvents, scale, lanesByActor]);
  const markById = useMemo(() => new Map(marks.map((m) => [m.event.id, m])), [marks]);
  /** Where an event is, drawn or not: its mark, or its lane's first row at its date. */
  const positionOf = useCallback(
    (id: string) => {
      const m = markById.get(id);
      if (m) return { x: m.x, y: m.y };
      const i = eventIndex.get(id);
      if (i === undefined) return null;
      const lane = lanes[timeIndex.lane[i]!];
      return lane ? { x: scale(timeIndex.center[i]!), y: lane.rowY } : null;
    },
    [markById, eventIndex, lanes, timeIndex, scale],
  );
  const labels = useMemo(() => placeLabels(marks, dims.innerWidth), [marks, dims.innerWidth]);
  const links = useMemo(
    () => (dense ? [] : replyLinks(marks, (id) => model.eventsById.has(id), positionOf)),
    [dense, marks, model.eventsById, positionOf],
  );
  const ticks = useMemo(() => axisTicks(scale, dims.innerWidth), [scale, dims.innerWidth]);

  // The roving tab stop: the selected event, else the last one focused, else the first.
  const rovingId = activeId && eventIndex.has(activeId) ? activeId : (marks[0]?.event.id ?? events[0]?.id ?? null);
  // A new selection (from the list, the panel or the URL) becomes the tab stop.
  const [prevSelected, setPrevSelected] = useState(selectedId);
  if (selectedId !== prevSelected) {
    setPrevSelected(selectedId);
    if (selectedId) setActiveId(selectedId);
  }

  const focusMark = useCallback(
    (id: string) => {
      setActiveId(id);
      const i = eventIndex.get(id);
      if (i !== undefined) zoom.reveal(baseScale(timeIndex.center[i]!));
      const find = () => containerRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`);
      const el = find();
      // Marks are focusable even when not the tab stop; one not rendered yet is focused next frame.
      if (el) el.focus();
      else requestAnimationFrame(() => find()?.focus());
    },
    [eventIndex, zoom, baseScale, timeIndex, containerRef],
  );
  const onFocusMark = useCallback((id: string) => {
    setFocusedId(id);
    setActiveId(id);
  }, []);

  // Benchmarks and tests read this: the chart has drawn its data and answers input.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      document.documentElement.dataset.timelineReady = 'true';
      (window as { __timelineReadyAt?: number }).__timelineReadyAt ??= performance.now();
    });
    return () => cancelAnimationFrame(id);
  }, []);

  useImperativeHandle(ref, () => ({ focusEvent: focusMark, getSvg: () => svgRef.current }), [focusMark]);

  const chainOf = hoverId ?? focusedId;
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

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (NAV_KEYS.has(ev.key)) {
      ev.preventDefault();
      const cur = rovingId === null ? -1 : (eventIndex.get(rovingId) ?? -1);
      const next = events[nextEventIndex(timeIndex.lane, timeIndex.start, cur, ev.key as NavKey)];
      if (next) focusMark(next.id);
      return;
    }
    if (ev.key === 'Enter' || ev.key === ' ') {
      const id = (ev.target as Element).getAttribute?.('data-event-id');
      if (id) {
        ev.preventDefault();
        onOpen(id);
      }
      return;
    }
    if (ev.key === 'Escape') {
      onEscape?.();
      return;
    }
    if (ev.key === '+' || ev.key === '=') zoom.zoomBy(ZOOM_STEP);
    else if (ev.key === '-' || ev.key === '_') zoom.zoomBy(1 / ZOOM_STEP);
    else if (ev.key === '0') zoom.reset();
    else return;
    ev.preventDefault();
  };

  const windowPx: [number, number] = [
    Math.max(0, transform.invertX(0)),
    Math.min(dims.innerWidth, transform.invertX(dims.innerWidth)),
  ];
  const setWindow = (a: number, b: number) => {
    const k = dims.innerWidth / Math.max(1e-6, b - a);
    zoom.setTransform(zoomIdentity.translate(-a * k, 0).scale(k));
  };

  // In the dense view only the reader's own events are SVG marks: the tab stop and the selection.
  const overlayMarks = useMemo(() => {
    if (!dense) return [];
    const out = [];
    for (const id of new Set([rovingId, selectedId])) {
      if (!id) continue;
      const i = eventIndex.get(id);
      const e = i === undefined ? undefined : events[i];
      const lane = i === undefined ? undefined : lanes[timeIndex.lane[i]!];
      if (!e || !lane) continue;
      out.push({ event: e, x: scale(eventCenter(e)), y: lane.rowY + ROW_STEP * 1.5, lane, row: 0 });
    }
    return out;
  }, [dense, rovingId, selectedId, eventIndex, events, lanes, timeIndex, scale]);

  /** A click on a cluster: one event opens; several zoom in around them. */
  const onDenseClick = (ev: React.MouseEvent<SVGSVGElement>) => {
    const rect = ev.currentTarget.getBoundingClientRect();
    const x = ev.clientX - rect.left - dims.margin.left;
    const y = ev.clientY - rect.top - dims.margin.top;
    let best: (typeof clusters)[number] | null = null;
    let bestD = Infinity;
    for (const c of clusters) {
      const lane = lanes[c.lane];
      if (!lane) continue;
      const cy = lane.rowY + Math.min(lane.height - (lane.rowY - lane.y) - 16, 12);
      const d = Math.hypot(c.x - x, cy - y);
      if (d < bestD && d <= clusterRadius(c.count) + 6) {
        best = c;
        bestD = d;
      }
    }
    if (!best) return;
    const first = events[best.first];
    if (best.count === 1 && first) onOpen(first.id);
    else {
      const bx = transform.invertX(best.x);
      const k2 = Math.min(maxZoom(extent), transform.k * 4);
      zoom.setTransform(zoomIdentity.translate(dims.innerWidth / 2 - bx * k2, 0).scale(k2));
    }
  };

  const renderMark = (m: Mark, dimmed: boolean) => (
    <EventMark
      key={m.event.id}
      mark={m}
      label={eventAccessibleName(model, m.event)}
      active={m.event.id === rovingId}
      selected={m.event.id === selectedId}
      dimmed={dimmed}
      onOpen={onOpen}
      onHover={setHoverId}
      onFocusMark={onFocusMark}
    />
  );

  const tipEvent = (hoverId ?? focusedId) ? model.eventsById.get((hoverId ?? focusedId)!) : undefined;
  const tipMark = tipEvent ? (markById.get(tipEvent.id) ?? overlayMarks.find((m) => m.event.id === tipEvent.id)) : undefined;
  const labelled = new Set(labels.filter((l) => !l.truncated).map((l) => l.id));
  const clipId = 'timeline-clip';
  const unit = tickUnit(ticks);

  return (
    <section aria-label="Timeline" className="timeline">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <div role="toolbar" aria-label="Zoom" className="flex gap-1">
          <button type="button" className="btn btn-small" onClick={() => zoom.zoomBy(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">
            +
          </button>
          <button type="button" className="btn btn-small" onClick={() => zoom.zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">
            −
          </button>
          <button type="button" className="btn btn-small" onClick={() => zoom.reset()} title="Fit all (0)">
            Fit all
          </button>
        </div>
        <p className={`text-xs ${hint ? 'font-semibold text-fg' : 'text-muted'}`} aria-live="polite">
          {hint ??
            (embed
              ? ''
              : `Axis in ${unit}.${dense ? ` ${inView.toLocaleString('en-US')} events in view, grouped; click a group or zoom in to see them one by one.` : ''} Scroll or pinch to zoom, drag to pan; arrow keys move between events.`)}
        </p>
      </div>
      {/* Keys bubble here from marks in either layer: the chart is one tab stop. */}
      <div ref={containerRef} className="relative w-full" onKeyDown={onKeyDown}>
        <svg
          ref={svgRef}
          width={dims.width}
          height={dims.height}
          className="timeline-svg block touch-pan-y"
          role="group"
          aria-label={`${model.title}: ${events.length} events in ${lanes.length} lanes, one per sender`}
          onClick={dense ? onDenseClick : undefined}
        >
          <defs>
            <clipPath id={clipId}>
              <rect x={0} y={-dims.margin.top} width={dims.innerWidth} height={dims.height} />
            </clipPath>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
            </pattern>
            <marker id="reply-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
              <path d="M0,0L6,3L0,6z" className="arrow-head" />
            </marker>
            <marker id="recipient-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="5" markerHeight="5" orient="auto">
              <path d="M0,0L6,3L0,6z" className="recipient-head" />
            </marker>
          </defs>
          <g transform={`translate(${dims.margin.left},${dims.margin.top})`}>
            {lanes.map((l) => (
              <g key={l.actor.id} aria-hidden="true">
                <rect x={0} y={l.y} width={dims.innerWidth} height={l.height} className={l.index % 2 ? 'lane-bg lane-odd' : 'lane-bg'} />
                <rect x={4} y={l.y + 5} width={10} height={10} rx={2} fill={l.color} className="lane-swatch" />
                <text x={19} y={l.y + 14} className="lane-label bidi">
                  {l.actor.name}
                </text>
              </g>
            ))}
            <g clipPath={`url(#${clipId})`}>
              {ticks.map((t) => (
                <line key={t.key} x1={t.x} x2={t.x} y1={0} y2={dims.innerHeight} className={t.major ? 'grid grid-major' : 'grid'} aria-hidden="true" />
              ))}
              <g aria-hidden="true">
                {marks.map((m) =>
                  m.span ? (
                    <g key={m.event.id} opacity={chain && !chain.has(m.event.id) ? 0.3 : 1}>
                      <rect x={m.span.x1} y={m.y - 4} width={Math.max(1, m.span.x2 - m.span.x1)} height={8} className="window-band" />
                      <path d={`M${m.span.x1},${m.y - 7}v14M${m.span.x2},${m.y - 7}v14`} className="window-bracket" />
                    </g>
                  ) : null,
                )}
              </g>
              <g aria-hidden="true">
                {marks.flatMap((m) =>
                  m.event.to.map((to) => {
                    const lane = lanesByActor.get(to);
                    if (!lane || lane === m.lane) return null;
                    const down = lane.rowY > m.y;
                    const y2 = lane.rowY + (down ? -8 : 8);
                    const active = chainOf === m.event.id || selectedId === m.event.id;
                    return (
                      <line
                        key={`${m.event.id}>${to}`}
                        x1={m.x}
                        x2={m.x}
                        y1={m.y + (down ? 9 : -9)}
                        y2={y2}
                        className={active ? 'recipient recipient-active' : 'recipient'}
                        markerEnd="url(#recipient-arrow)"
                      />
                    );
                  }),
                )}
              </g>
              <g aria-hidden="true">
                {links.map((l) => {
                  const on = chain ? chain.has(l.from) && (l.hidden || chain.has(l.to)) : false;
                  return (
                    <path
                      key={`${l.from}>${l.to}`}
                      d={l.d}
                      className={`reply-link${on ? ' reply-link-active' : ''}${l.hidden ? ' reply-link-hidden' : ''}`}
                      markerEnd="url(#reply-arrow)"
                      opacity={chain && !on ? 0.25 : 1}
                    />
                  );
                })}
              </g>
              <g aria-hidden="true">
                {links.map((l) => {
                  if (!l.hidden) return null;
                  const m = markById.get(l.from);
                  return m ? (
                    <text key={`hidden-${l.from}>${l.to}`} x={m.x - 40} y={m.y - 18} textAnchor="end" className="hidden-label">
                      hidden
                    </text>
                  ) : null;
                })}
              </g>
              <g aria-hidden="true">
                {labels.map((l) => (
                  <text key={l.id} x={l.x} y={l.y} className="mark-label bidi" opacity={chain && !chain.has(l.id) ? 0.3 : 1}>
                    {l.text}
                  </text>
                ))}
              </g>
              <g>
                {marks.map((m) => renderMark(m, !!chain && !chain.has(m.event.id)))}
              </g>
            </g>
            <Axis ticks={ticks} y={dims.innerHeight} innerWidth={dims.innerWidth} />
          </g>
        </svg>
        {dense && (
          <>
            <ClusterCanvas clusters={clusters} lanes={lanes} width={dims.innerWidth} height={dims.innerHeight} left={dims.margin.left} top={dims.margin.top} />
            <svg width={dims.width} height={dims.height} className="overlay-svg pointer-events-none absolute top-0 left-0">
              <g transform={`translate(${dims.margin.left},${dims.margin.top})`}>
                {overlayMarks.map((m) => renderMark(m, false))}
              </g>
            </svg>
          </>
        )}
        {tipEvent && tipMark && !labelled.has(tipEvent.id) && (
          <div
            className="tooltip pointer-events-none absolute z-10 max-w-72 rounded border border-line bg-bg px-2 py-1 text-xs shadow"
            style={{
              left: Math.min(Math.max(0, dims.margin.left + tipMark.x - 20), Math.max(0, dims.width - 280)),
              top: dims.margin.top + tipMark.y + 18,
            }}
            aria-hidden="true"
          >
            <div className="font-semibold" dir="auto">
              {tipEvent.title}
            </div>
            <div className="text-muted">{formatEventDate(tipEvent)}</div>
          </div>
        )}
      </div>
      <Overview
        events={events}
        lanesByActor={lanesByActor}
        baseScale={baseScale}
        innerWidth={dims.innerWidth}
        marginLeft={dims.margin.left}
        window={windowPx}
        onWindowChange={setWindow}
      />
      <Legend lanes={lanes} />
      <FocusOut onLeave={() => setFocusedId(null)} svgRef={svgRef} />
    </section>
  );
}

/** Clears the focus highlight when focus leaves the chart. */
function FocusOut({ onLeave, svgRef }: { onLeave: () => void; svgRef: React.RefObject<SVGSVGElement | null> }) {
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const handler = (ev: FocusEvent) => {
      if (!el.contains(ev.relatedTarget as Node | null)) onLeave();
    };
    el.addEventListener('focusout', handler);
    return () => el.removeEventListener('focusout', handler);
  }, [onLeave, svgRef]);
  return null;
}
