import { useI18n } from '../../shared/i18n/I18n.tsx';
import { kindPath } from './layout/kindShapes.ts';
import type { Lane } from './layout/lanes.ts';
import type { LegendCue, LegendEntries } from './layout/legendEntries.ts';

/** Explains in words every encoding the chart uses (legendEntries.ts): shapes for kinds, colours for senders, marks for uncertainty. */
export function Legend({ lanes, groups, entries }: { lanes: readonly Lane[]; groups: boolean; entries: LegendEntries }) {
  const { t } = useI18n();
  const has = (cue: LegendCue) => entries.cues.includes(cue);
  return (
    <section aria-label={t.legend.label} className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-xs text-muted">
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t.legend.kinds}>
        {entries.kinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={kindPath(k, 'legend')} className="legend-shape" />
            </svg>
            {t.kinds[k]}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={groups ? t.legend.groups : t.legend.senders}>
        {lanes.map((l) => (
          <li key={l.actor.id} className="flex min-w-0 items-center gap-1 wrap-anywhere" dir="auto">
            <span className="swatch inline-block h-3 w-3 rounded-sm border border-fg" style={{ background: l.color }} aria-hidden="true" />
            {l.name}
          </li>
        ))}
      </ul>
      {entries.cues.length > 0 && (
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t.legend.certainty}>
          {has('window') && (
            <li className="flex items-center gap-1">
              <svg width="28" height="12" aria-hidden="true">
                <defs>
                  <pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
                  </pattern>
                </defs>
                <rect x="1" y="3" width="26" height="6" className="window-band" />
                <path d="M1,1v10M27,1v10" className="window-bracket" />
              </svg>
              {t.legend.window}
            </li>
          )}
          {has('approximate') && (
            <li className="flex items-center gap-1">
              <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                <circle r="6.5" className="mark-approx" />
              </svg>
              {t.legend.approximate}
            </li>
          )}
          {has('unconfirmed') && (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="font-bold">?</span> {t.legend.unconfirmed}
            </li>
          )}
          {has('disputed') && (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="font-bold">!</span> {t.legend.disputed}
            </li>
          )}
          {has('reply') && (
            <li className="flex items-center gap-1">
              <svg width="28" height="12" aria-hidden="true">
                <path d="M26,10 Q14,-4 2,10" className="reply-link" markerEnd="url(#legend-arrow)" />
                <defs>
                  <marker id="legend-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="5" markerHeight="5" orient="auto">
                    <path d="M0,0L6,3L0,6z" className="arrow-head" />
                  </marker>
                </defs>
              </svg>
              {t.legend.reply}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
