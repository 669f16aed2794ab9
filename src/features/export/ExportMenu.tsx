import { useState } from 'react';
import { useOneTaskAtATime } from '../../shared/hooks/useOneTaskAtATime.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import type { ChartView, ExportFormat as Format } from './exportModule.ts';
import { loadExport } from './loadExport.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedDataset } from '../../shared/model/translated.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  filtered: boolean;
  /** The filters in force, in words (an exported image says them under its title), or null. */
  filtersText?: string | null;
  /** The chart's view as drawn now, when the chart is on screen. */
  getChart: () => ChartView | null;
  chartShown: boolean;
  /** The credit line printed under an exported image. */
  credit: string;
}


/**
 * Downloads of what the reader sees: the shown events as CSV or JSON, the chart as SVG or PNG. A
 * download of 100,000 events takes a second or more (built in slices: the page stays usable):
 * meanwhile its button is busy, the others wait, and the live region says what is being prepared,
 * then that it was downloaded or why it could not be made.
 */
export function ExportMenu({ model, events, filtered, filtersText, getChart, chartShown, credit }: Props) {
  const { t, f, lang } = useI18n();
  const [message, setMessage] = useState('');
  const { busy, run: runOne } = useOneTaskAtATime<Format>();
  const chart = () => {
    const view = getChart();
    if (!view) throw new Error(t.exports.chartNotShown);
    return view;
  };
  const title = translatedDataset(model, lang, t.dataset.untitled).title;
  const meta = { title: filtered ? t.exports.filteredTitle(title) : title, filters: filtersText ?? null, credit, t, f };
  // A download may say more once its file is saved (what it had to leave out).
  const run = (format: Format) =>
    runOne(format, async () => {
      const what = t.exports.formats[format];
      setMessage(t.exports.preparing(what));
      try {
        const more = await (await loadExport()).downloadAs(format, { model, title, events, filteredIn: filtered ? lang : null, chart, meta });
        setMessage(more ? `${t.exports.done(what)} ${more}` : t.exports.done(what));
      } catch (err) {
        setMessage(t.exports.failed(what, err instanceof Error ? err.message : t.exports.unknownError));
      }
    });
  const button = (format: Format, disabled = false) => (
    <button
      key={format}
      type="button"
      className="btn btn-small aria-busy:cursor-progress aria-disabled:cursor-not-allowed aria-disabled:opacity-55"
      aria-label={t.exports[format]}
      disabled={disabled}
      // Not `disabled` while another download is made: the focus stays on the button pressed.
      aria-disabled={busy !== null && !disabled ? true : undefined}
      aria-busy={busy === format ? true : undefined}
      onClick={() => void run(format)}
    >
      {t.exports.formats[format]}
    </button>
  );
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm" role="group" aria-label={t.exports.download}>
      <span className="mr-1 font-semibold" aria-hidden="true">
        {t.exports.download}
      </span>
      {/* No events shown, no file of them: a JSON dataset without events is one this app refuses. */}
      {button('csv', events.length === 0)}
      {button('json', events.length === 0)}
      {button('svg', !chartShown)}
      {button('png', !chartShown)}
      {/* Events shown but no chart: the List view. Said, or the two buttons are just grey. */}
      {!chartShown && events.length > 0 && <span className="text-xs text-muted">{t.exports.chartOnly}</span>}
      <span className="text-xs text-muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
