import { useState } from 'react';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { download, fileStem } from './download.ts';
import { exportCsvText } from './exportCsv.ts';
import { serializeChart, svgToPng } from './exportImage.ts';
import { exportJsonText } from './exportJson.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  filtered: boolean;
  /** The chart's SVG, when the chart is on screen. */
  getChart: () => SVGSVGElement | null;
  chartShown: boolean;
}

/** Downloads of what the reader sees: the shown events as CSV or JSON, the chart as SVG or PNG. */
export function ExportMenu({ model, events, filtered, getChart, chartShown }: Props) {
  const [message, setMessage] = useState('');
  const stem = `${fileStem(model.title)}${filtered ? '-filtered' : ''}`;
  const chart = getChart;
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
        onClick={() => void run('CSV', () => download(new Blob([exportCsvText(model, events)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`))}
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
          void run('SVG', () => {
            const svg = chart();
            if (!svg) throw new Error('the chart is not shown');
            download(new Blob([serializeChart(svg, model.title)], { type: 'image/svg+xml' }), `${stem}.svg`);
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
            const svg = chart();
            if (!svg) throw new Error('the chart is not shown');
            const w = Number(svg.getAttribute('width'));
            const h = Number(svg.getAttribute('height'));
            download(await svgToPng(serializeChart(svg, model.title), w, h), `${stem}.png`);
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
