import type { AxisTick } from './layout/axisTicks.ts';

/** The time axis under the lanes; React renders it, d3 computed the ticks. */
export function Axis({ ticks, y, innerWidth }: { ticks: readonly AxisTick[]; y: number; innerWidth: number }) {
  return (
    <g transform={`translate(0,${y})`} className="axis" aria-hidden="true">
      <line x1={0} x2={innerWidth} className="axis-line" />
      {ticks.map((t) =>
        t.x < -1 || t.x > innerWidth + 1 ? null : (
          <g key={t.key} transform={`translate(${t.x},0)`}>
            <line y2={5} className="axis-line" />
            <text y={18} textAnchor="middle" className={t.major ? 'axis-label axis-major' : 'axis-label'}>
              {t.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}
