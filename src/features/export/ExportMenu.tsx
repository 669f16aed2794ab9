import { useState } from 'react';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { download, fileStem } from './download.ts';
import type { ChartView } from './exportModule.ts';
import { loadExport } from './loadExport.ts';
import { exportJsonText } from './exportJson.ts';

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
  const [message, setMessage] = useState('');
  const stem = `${fileStem(model.title)}${filtered ? '-filtered' : ''}`;
  const chart = () => {
    const view = getChart();
    if (!view) throw new Error('the chart is not shown');
    return view;
  };
  const meta = { title: filtered ? `${model.title} (filtered)` : model.title, credit };
  const run = async (what: string, fn: () => Promise<void> | void) => {
    try {
      await fn();
      setMessage(`${what} downloaded.`);
    } catch (err) {
      setMessage(`${what} could not be made: ${err instanceof Error ? err.message : 'unknown error'}`);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm" role="group" aria-label="Download">
      <span className="mr-1 font-semibold" aria-hidden="true">
        Download
      </span>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Download shown events as CSV"
        onClick={() =>
          void run('CSV', async () => {
            const { exportCsvText } = await loadExport();
            download(new Blob([exportCsvText(model, events, filtered)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
          })
        }
      >
        CSV
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Download shown events as JSON"
        onClick={() =>
          void run('JSON', () => download(new Blob([exportJsonText(model, events, filtered)], { type: 'application/json' }), `${stem}.json`))
        }
      >
        JSON
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Download chart as SVG"
        disabled={!chartShown}
        onClick={() =>
          void run('SVG', async () => {
            const view = chart();
            const { exportSvgText } = await loadExport();
            download(new Blob([exportSvgText(view, meta)], { type: 'image/svg+xml' }), `${stem}.svg`);
          })
        }
      >
        SVG
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Download chart as PNG"
        disabled={!chartShown}
        onClick={() =>
          void run('PNG', async () => {
            const view = chart();
            const { exportPng } = await loadExport();
            download(await exportPng(view, meta), `${stem}.png`);
          })
        }
      >
        PNG
      </button>
      <span className="text-xs text-muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
