import { useEffect, type MouseEvent, type RefObject } from 'react';
import type { TimelineModel } from '../../shared/model/timelineModel.ts';
import { EventMark } from './EventMark.tsx';
import { eventAccessibleName } from './eventAccessibleName.ts';
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
  selectedId: string | null;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string, visible: boolean) => void;
  /** Focus left the chart. */
  onBlurChart: () => void;
  /** A click that hit no mark, in chart pixels (inside the margins). */
  onBackgroundClick: (x: number, y: number) => void;
}

/**
 * The layer readers interact with, over the canvas: d3-zoom listens here, and every reachable
 * event is a focusable, named button at its mark. It is transparent; the canvas draws.
 */
export function ChartOverlay({ svgRef, model, dims, label, marks, rovingId, selectedId, onOpen, onHover, onFocusMark, onBlurChart, onBackgroundClick }: Props) {
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const handler = (ev: FocusEvent) => {
      if (!el.contains(ev.relatedTarget as Node | null)) onBlurChart();
    };
    el.addEventListener('focusout', handler);
    return () => el.removeEventListener('focusout', handler);
  }, [onBlurChart, svgRef]);

  const onClick = (ev: MouseEvent<SVGSVGElement>) => {
    if ((ev.target as Element).closest?.('[data-event-id]')) return;
    const rect = ev.currentTarget.getBoundingClientRect();
    onBackgroundClick(ev.clientX - rect.left - dims.margin.left, ev.clientY - rect.top - dims.margin.top);
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
    >
      <g transform={`translate(${dims.margin.left},${dims.margin.top})`}>
        {marks.map((m) => (
          <EventMark
            key={m.event.id}
            mark={m}
            label={eventAccessibleName(model, m.event)}
            active={m.event.id === rovingId}
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
