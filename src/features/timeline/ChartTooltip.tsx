import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import type { TimelineEvent } from '../../shared/model/timelineModel.ts';
import type { Dimensions } from './layout/dimensions.ts';

/** The title and date of the hovered or focused event when its label is not shown in full. */
export function ChartTooltip({ event, x, y, dims }: { event: TimelineEvent; x: number; y: number; dims: Dimensions }) {
  return (
    <div
      className="tooltip pointer-events-none absolute z-10 max-w-72 rounded border border-line bg-bg px-2 py-1 text-xs shadow"
      style={{
        left: Math.min(Math.max(0, dims.margin.left + x - 20), Math.max(0, dims.width - 280)),
        top: dims.margin.top + y + 18,
      }}
      aria-hidden="true"
    >
      <div className="font-semibold" dir="auto">
        {event.title}
      </div>
      <div className="text-muted">{formatEventDate(event)}</div>
    </div>
  );
}
