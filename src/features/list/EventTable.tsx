import { useLayoutEffect, useRef, useState } from 'react';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { senderToRecipients, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { translatedEvent } from '../../shared/model/translated.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}


/** Past this many rows the table renders only the rows in view (fixed row height, one line each). */
const VIRTUAL_ROWS_FROM = 300;
const ROW_PX = 44;
const OVERSCAN = 10;

/** Which rows to render for a scroll position: pure, so it is tested without a browser. */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowPx = ROW_PX, overscan = OVERSCAN): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowPx) + overscan);
  return [first, Math.max(first, last)];
}

/** The list view: one row per event, in time order, with its date as a reader would say it. */
export function EventTable({ model, events, selectedId, onSelect }: Props) {
  const { t, f, lang } = useI18n();
  const [order, setOrder] = useState<'ascending' | 'descending'>('ascending');
  const rows = order === 'ascending' ? events : [...events].reverse();
  const virtual = rows.length > VIRTUAL_ROWS_FROM;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) setViewport(el.clientHeight || 600);
  }, [virtual]);
  // A selection made elsewhere (chart, panel, URL) scrolls its row into view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!virtual || !el || !selectedId) return;
    const i = rows.findIndex((e) => e.id === selectedId);
    if (i < 0) return;
    const top = i * ROW_PX;
    if (top < el.scrollTop || top + ROW_PX > el.scrollTop + el.clientHeight - ROW_PX) el.scrollTop = Math.max(0, top - el.clientHeight / 3);
  }, [virtual, selectedId, rows]);
  const [first, last] = virtual ? rowWindow(rows.length, scrollTop, viewport) : [0, rows.length];
  const table = (
    <table className={`w-full border-collapse text-left text-sm ${virtual ? 'table-fixed' : ''}`} aria-rowcount={virtual ? rows.length + 1 : undefined}>
      <caption className="sr-only">{t.list.caption}</caption>
      {virtual && (
        <colgroup>
          <col className="w-[24%]" />
          <col className="w-[22%]" />
          <col className="w-[12%]" />
          <col />
        </colgroup>
      )}
      <thead className={virtual ? 'sticky top-0 z-10 bg-bg' : undefined}>
        <tr className="border-b border-line" aria-rowindex={virtual ? 1 : undefined}>
          <th scope="col" className="py-2 pr-3 font-semibold" aria-sort={order}>
            <button
              type="button"
              className="inline-flex min-h-6 items-center gap-1 font-semibold"
              onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}
            >
              {t.list.date} <span aria-hidden="true">{order === 'ascending' ? '↑' : '↓'}</span>
              <span className="sr-only">{order === 'ascending' ? t.list.oldestFirst : t.list.newestFirst}</span>
            </button>
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">{t.list.fromTo}</th>
          <th scope="col" className="py-2 pr-3 font-semibold">{t.list.kind}</th>
          <th scope="col" className="py-2 font-semibold">{t.list.title}</th>
        </tr>
      </thead>
      <tbody>
        {virtual && first > 0 && (
          <tr aria-hidden="true" style={{ height: first * ROW_PX }}>
            <td colSpan={4} />
          </tr>
        )}
        {rows.slice(first, last).map((e, n) => {
          // Confirmed is the norm and goes unsaid; the others are marked in words.
          const status = e.verification && e.verification.status !== 'confirmed' ? t.status[e.verification.status] : '';
          const { title, titleLang } = translatedEvent(e, lang, model.lang);
          const selected = e.id === selectedId;
          return (
            <tr
              key={e.id}
              data-row-id={e.id}
              className={`border-b border-line align-top ${selected ? 'bg-selected' : ''} ${virtual ? 'virtual-row' : ''}`}
              aria-selected={onSelect ? selected : undefined}
              aria-rowindex={virtual ? first + n + 2 : undefined}
            >
              <td className="py-2 pr-3 whitespace-normal">{formatEventDate(e, f.dates)}</td>
              <td className="py-2 pr-3" dir="auto">
                {senderToRecipients(model, e, f.list, lang)}
              </td>
              <td className="py-2 pr-3">{t.kinds[e.kind]}</td>
              <td className="py-2">
                {onSelect ? (
                  <button type="button" className="link-button text-left" dir="auto" lang={titleLang} onClick={() => onSelect(e.id)} aria-current={selected ? 'true' : undefined}>
                    {title}
                  </button>
                ) : (
                  <span dir="auto" lang={titleLang}>
                    {title}
                  </span>
                )}
                {status && <span className="ml-2 rounded border border-line px-1 text-xs text-muted">{status}</span>}
                {e.sources.length === 0 && <span className="ml-2 rounded border border-warn px-1 text-xs font-semibold">{t.sourcing.unsourced}</span>}
              </td>
            </tr>
          );
        })}
        {virtual && last < rows.length && (
          <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_PX }}>
            <td colSpan={4} />
          </tr>
        )}
      </tbody>
    </table>
  );
  if (!virtual) return table;
  return (
    <div
      ref={scroller}
      className="max-h-[70vh] overflow-auto rounded border border-line"
      onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}
      tabIndex={-1}
    >
      {table}
    </div>
  );
}
