import { memo } from 'react';
import { kindPath } from './layout/kindShapes.ts';
import type { Mark } from './layout/marks.ts';

interface Props {
  mark: Mark;
  label: string;
  active: boolean;
  selected: boolean;
  dimmed: boolean;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string) => void;
}

/** One event: its kind's shape in its sender's colour, with cues for approximate and unverified. */
export const EventMark = memo(function EventMark({ mark, label, active, selected, dimmed, onOpen, onHover, onFocusMark }: Props) {
  const e = mark.event;
  const status = e.verification?.status;
  return (
    <g
      className="event-mark"
      transform={`translate(${mark.x},${mark.y})`}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-pressed={selected}
      data-event-id={e.id}
      opacity={dimmed ? 0.3 : 1}
      onClick={() => onOpen(e.id)}
      onFocus={() => onFocusMark(e.id)}
      onMouseEnter={() => onHover(e.id)}
      onMouseLeave={() => onHover(null)}
    >
      {/* A 28 px hit target around a 14 px mark. */}
      <circle r={14} className="mark-hit" />
      {selected && <circle r={13} className="mark-selected" />}
      <path d={kindPath(e.kind)} fill={mark.lane.color} className="mark-shape" />
      {e.approximate && <circle r={10.5} className="mark-approx" />}
      {status === 'unconfirmed' || status === 'disputed' ? (
        <text x={8} y={-7} className="mark-status" aria-hidden="true">
          {status === 'unconfirmed' ? '?' : '!'}
        </text>
      ) : null}
      <circle r={16} className="mark-focus" />
    </g>
  );
});
