import type { ReactNode } from 'react';
import { EVENT_KINDS } from '../../shared/dataset/vocabulary.ts';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedTitle } from '../../shared/model/translated.ts';
import type { TimelineEvent } from '../../shared/model/timelineModel.ts';
import type { Dimensions } from './layout/dimensions.ts';

/** The title and date of the hovered or focused event when its label is not shown in full. */
export function EventTooltip({ event, x, y, dims }: { event: TimelineEvent; x: number; y: number; dims: Dimensions }) {
  const { f, lang } = useI18n();
  return (
    <Tooltip x={x} y={y} dims={dims}>
      <div className="font-semibold" dir="auto">
        {translatedTitle(event, lang)}
      </div>
      <div className="text-muted">{formatEventDate(event, f.dates)}</div>
    </Tooltip>
  );
}

/** What a hovered cluster of several events holds: how many, of which kinds. */
export function ClusterTooltip({ count, kinds, x, y, dims }: { count: number; kinds: readonly number[]; x: number; y: number; dims: Dimensions }) {
  const { t, f } = useI18n();
  const parts = EVENT_KINDS.flatMap((k, i) => (kinds[i] ? [f.plural(t.kindsPlural[k], kinds[i]!)] : []));
  return (
    <Tooltip x={x} y={y} dims={dims}>
      <div className="font-semibold">{f.plural(t.events, count)}</div>
      <div className="text-muted">{parts.join(', ')}</div>
      <div className="text-muted">{t.chart.clusterClick}</div>
    </Tooltip>
  );
}

function Tooltip({ x, y, dims, children }: { x: number; y: number; dims: Dimensions; children: ReactNode }) {
  return (
    <div
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
