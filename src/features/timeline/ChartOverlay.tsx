import { type MouseEvent, type RefObject } from 'react';
import type { TimelineModel } from '../../shared/model/timelineModel.ts';
import { EventMark } from './EventMark.tsx';
import { eventAccessibleName } from './eventAccessibleName.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { Dimensions } from './layout/dimensions.ts';
import type { Mark } from './layout/marks.ts';

interface Props {
  svgRef: RefObject<SVGSVGElement | null>;
  model: Pick<TimelineModel, 'actorsById'>;
  dims: Dimensions;
  label: string;
  /** The marks the reader can reach: every mark in view, or in the clustered view the tab stop and the selection. */
  marks: readonly Mark[];
  rovingId: string | null;
  /** A reachable mark the canvas does not draw: it takes no pointer. */
  undrawnId: string | null;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string, visible: boolean) => void;
  /** Focus left the chart. */
  onBlurChart: () => void;
  /** A click that hit no mark, in chart pixels (inside the margins). */
  onBackgroundClick: (x: number, y: number) => void;
  /** The pointer moved over the chart without a button pressed (chart pixels), or left it (null). */
  onPointerAt: (at: { x: number; y: number } | null) => void;
  /** A wheel or a press started: hover tooltips go until the view settles. */
  onGesture: () => void;
}

/**
 * The layer readers interact with, over the canvas: d3-zoom listens here, and every reachable
 * event is a focusable, named button at its mark. It is transparent; the canvas draws.
 */
export function ChartOverlay({
  svgRef,
  model,
  dims,
  label,
  marks,
  rovingId,
  undrawnId,
  selectedId,
  onOpen,
  onHover,
  onFocusMark,
  onBlurChart,
  onBackgroundClick,
  onPointerAt,
  onGesture,
}: Props) {
  const i18n = useI18n();
  // Pointer positions are read when the reader clicks or hovers, never during a zoom frame.
  const at = (ev: MouseEvent<SVGSVGElement>) => {
    const rect = ev.currentTarget.getBoundingClientRect();
    return { x: ev.clientX - rect.left - dims.margin.left, y: ev.clientY - rect.top - dims.margin.top };
  };
  const onClick = (ev: MouseEvent<SVGSVGElement>) => {
    if ((ev.target as Element).closest?.('[data-event-id]')) return;
    const p = at(ev);
    onBackgroundClick(p.x, p.y);
  };
  const onMouseMove = (ev: MouseEvent<SVGSVGElement>) => {
    if (ev.buttons !== 0) return;
    onPointerAt((ev.target as Element).closest?.('[data-event-id]') ? null : at(ev));
  };

  return (
    <svg
      ref={svgRef}
      width={dims.width}
      height={dims.height}
      className="timeline-svg absolute top-0 left-0 block touch-pan-y"
      role="group"
      aria-label={label}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseLeave={() => onPointerAt(null)}
      // Through React's delegated listener: a focusout listener on the <svg> itself makes Chromium
      // treat the <svg> as focusable, a second tab stop before the chart's one.
      onBlur={(ev) => {
        if (!ev.currentTarget.contains(ev.relatedTarget as Node | null)) onBlurChart();
      }}
      onWheel={onGesture}
      onMouseDown={onGesture}
    >
      <g transform={`translate(${dims.margin.left},${dims.margin.top})`}>
        {marks.map((m) => (
          <EventMark
            key={m.event.id}
            mark={m}
            label={eventAccessibleName(model, m.event, i18n)}
            active={m.event.id === rovingId}
            undrawn={m.event.id === undrawnId}
            selected={m.event.id === selectedId}
            onOpen={onOpen}
            onHover={onHover}
            onFocusMark={onFocusMark}
          />
        ))}
      </g>
    </svg>
  );
}
