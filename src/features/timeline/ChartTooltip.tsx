import type { ReactNode, Ref } from 'react';
import { EVENT_KINDS } from '../../shared/dataset/vocabulary.ts';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedTitle } from '../../shared/model/translated.ts';
import type { TimelineEvent } from '../../shared/model/timelineModel.ts';
import type { Dimensions } from './layout/dimensions.ts';
import type { ChartTip } from './useChartTip.ts';

/** The tooltip of a hovered or focused event (its title and date), or of a hovered cluster. */
export function ChartTooltip({ tip, dims, ref }: { tip: ChartTip; dims: Dimensions; ref: Ref<HTMLDivElement> }) {
  return (
    <Tooltip x={tip.x} y={tip.y} dims={dims} ref={ref}>
      {tip.kind === 'event' ? <EventTip event={tip.event} /> : <ClusterTip count={tip.count} kinds={tip.kinds} opens={tip.opens} />}
    </Tooltip>
  );
}

/** The title and date of an event whose label is not shown in full. */
function EventTip({ event }: { event: TimelineEvent }) {
  const { f, lang } = useI18n();
  return (
    <>
      <div className="font-semibold" dir="auto">
        {translatedTitle(event, lang)}
      </div>
      <div className="text-muted">{formatEventDate(event, f.dates)}</div>
    </>
  );
}

/** What a cluster of several events holds: how many, of which kinds, and what a click does. */
function ClusterTip({ count, kinds, opens }: { count: number; kinds: readonly number[]; opens: boolean }) {
  const { t, f } = useI18n();
  const parts = EVENT_KINDS.flatMap((k, i) => (kinds[i] ? [f.plural(t.kindsPlural[k], kinds[i]!)] : []));
  return (
    <>
      <div className="font-semibold">{f.plural(t.events, count)}</div>
      <div className="text-muted">{parts.join(', ')}</div>
      <div className="text-muted">{opens ? t.chart.clusterOpen : t.chart.clusterClick}</div>
    </>
  );
}

interface TooltipProps {
  x: number;
  y: number;
  dims: Dimensions;
  children: ReactNode;
  ref: Ref<HTMLDivElement>;
}

function Tooltip({ x, y, dims, children, ref }: TooltipProps) {
  return (
    <div
      ref={ref}
      className="tooltip pointer-events-none absolute z-10 max-w-72 rounded border border-line bg-bg px-2 py-1 text-xs shadow"
      style={{
        left: Math.min(Math.max(0, dims.margin.left + x - 20), Math.max(0, dims.width - 280)),
        top: dims.margin.top + y + 18,
      }}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
