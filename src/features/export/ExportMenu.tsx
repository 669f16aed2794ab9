import { useState } from 'react';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { download, fileStem } from './download.ts';
import type { ChartView } from './exportModule.ts';
import { loadExport } from './loadExport.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedDataset } from '../../shared/model/translated.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  filtered: boolean;
  /** The chart's view as drawn now, when the chart is on screen. */
  getChart: () => ChartView | null;
  chartShown: boolean;
  /** The credit line printed under an exported image. */
  credit: string;
}

/** Downloads of what the reader sees: the shown events as CSV or JSON, the chart as SVG or PNG. */
export function ExportMenu({ model, events, filtered, getChart, chartShown, credit }: Props) {
  const { t, f, lang } = useI18n();
  const [message, setMessage] = useState('');
  const stem = `${fileStem(model.title)}${filtered ? '-filtered' : ''}`;
  const chart = () => {
    const view = getChart();
    if (!view) throw new Error(t.exports.chartNotShown);
    return view;
  };
  const title = translatedDataset(model, lang).title;
  const meta = { title: filtered ? t.exports.filteredTitle(title) : title, credit, t, f };
  const run = async (what: string, fn: () => Promise<void> | void) => {
    try {
      await fn();
      setMessage(t.exports.done(what));
    } catch (err) {
      setMessage(t.exports.failed(what, err instanceof Error ? err.message : t.exports.unknownError));
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm" role="group" aria-label={t.exports.download}>
      <span className="mr-1 font-semibold" aria-hidden="true">
        {t.exports.download}
      </span>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t.exports.csv}
        onClick={() =>
          void run(t.exports.formats.csv, async () => {
            const { exportCsvText } = await loadExport();
            download(new Blob([exportCsvText(model, events, filtered)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
          })
        }
      >
        {t.exports.formats.csv}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t.exports.json}
        onClick={() =>
          void run(t.exports.formats.json, async () => {
            const { exportJsonText } = await loadExport();
            download(new Blob([exportJsonText(model, events, filtered)], { type: 'application/json' }), `${stem}.json`);
          })
        }
      >
        {t.exports.formats.json}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t.exports.svg}
        disabled={!chartShown}
        onClick={() =>
          void run(t.exports.formats.svg, async () => {
            const view = chart();
            const { exportSvgText } = await loadExport();
            download(new Blob([exportSvgText(view, meta)], { type: 'image/svg+xml' }), `${stem}.svg`);
          })
        }
      >
        {t.exports.formats.svg}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t.exports.png}
        disabled={!chartShown}
        onClick={() =>
          void run(t.exports.formats.png, async () => {
            const view = chart();
            const { exportPng } = await loadExport();
            download(await exportPng(view, meta), `${stem}.png`);
          })
        }
      >
        {t.exports.formats.png}
      </button>
      <span className="text-xs text-muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
