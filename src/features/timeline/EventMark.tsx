import { memo } from 'react';
import type { Mark } from './layout/marks.ts';

interface Props {
  mark: Mark;
  label: string;
  active: boolean;
  /** The canvas does not draw this mark (an unfocused tab stop among clusters): no pointer target. */
  undrawn?: boolean;
  selected: boolean;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string, visible: boolean) => void;
}

/**
 * One event as the keyboard, the pointer and assistive technology meet it: a named button with a
 * 28 px hit target over its mark. The mark itself, its focus ring and its selection are drawn on
 * the canvas, which follows every frame of a zoom; this follows when the zoom settles.
 */
export const EventMark = memo(function EventMark({ mark, label, active, undrawn = false, selected, onOpen, onHover, onFocusMark }: Props) {
  const id = mark.event.id;
  return (
    <g
      className={undrawn ? 'event-mark event-mark-undrawn' : 'event-mark'}
      transform={`translate(${mark.x},${mark.y})`}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-pressed={selected}
      data-event-id={id}
      onClick={() => onOpen(id)}
      onFocus={(e) => onFocusMark(id, e.currentTarget.matches(':focus-visible'))}
      onMouseEnter={() => onHover(id)}
      onMouseLeave={() => onHover(null)}
    >
      <circle r={14} className="mark-hit" />
    </g>
  );
});
