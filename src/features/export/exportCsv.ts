import { csvField } from '../../shared/csv/spreadsheetSafe.ts';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { ENGLISH } from '../../shared/i18n/I18n.tsx';
import { actorName, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';

const COLUMNS = ['id', 'date', 'dateEnd', 'date_in_words', 'approximate', 'kind', 'from', 'to', 'author', 'title', 'summary', 'verification', 'inReplyTo', 'sources'] as const;

/** The shown events as CSV, one row each, with a header. */
export function exportCsvText(model: TimelineModel, events: readonly TimelineEvent[]): string {
  const rows = [COLUMNS.join(',')];
  for (const e of events) {
    const cells = [
      e.id,
      e.date,
      e.dateEnd ?? '',
      formatEventDate(e, ENGLISH.f.dates),
      e.approximate ? 'yes' : '',
      e.kind,
      actorName(model, e.from),
      e.to.map((id) => actorName(model, id)).join('; '),
      e.author ?? '',
      e.title,
      e.summary,
      e.verification?.status ?? '',
      (e.inReplyTo ?? []).join('; '),
      e.sources.map((s) => [s.publisher, s.title, s.url ?? ''].filter(Boolean).join(': ')).join(' | '),
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
