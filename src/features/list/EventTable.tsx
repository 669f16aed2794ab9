import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enListTexts } from '../../shared/i18n/listTexts.ts';
import { enDetailTexts } from '../../shared/i18n/detailTexts.ts';
import { actorName, senderToRecipients, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { translatedEvent } from '../../shared/model/translated.ts';
import { usePrinting } from '../../shared/hooks/usePrinting.ts';
import type { ListOrder } from '../../shared/url/urlState.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** Escape in the list, with the row it was pressed on (null: the header). */
  onEscape?: (rowId: string | null) => void;
  /** The order by date (the page keeps it in the address, ?sort=); without it, the list keeps its own, oldest first. */
  order?: ListOrder;
  /** The reader chose the other order (the Date header). */
  onOrder?: (order: ListOrder) => void;
}

/** Past this many rows the table renders only the rows in view, every row the same height. */
const VIRTUAL_ROWS_FROM = 300;
/** The most rows printed (a page holds about 20): the rest are said in a last row, and are in the CSV download. */
export const PRINTED_ROWS_MAX = 2_000;
const OVERSCAN = 10;
/**
 * Narrower than this (in rem) the rows are stacked: the date; who wrote to whom and the kind; the
 * title, each at the list's full width. Four columns would leave the title a sliver, or overflow.
 */
const COLUMNS_FROM_REM = 45;
/**
 * Stacked rows at least this wide (in rem: a list beside the open panel at 1024 px, a tablet) hold
 * a title in two lines where a phone needs three: their rows have four lines, not five.
 */
const WIDE_STACKED_FROM_REM = 30;
/**
 * A rendered-on-demand row's height, in rem (index.css lays the rows out to it): in columns, two
 * lines; stacked, five: the date's one or two, one of who to whom and the kind, and the title's
 * three or two (markDateLines); stacked wide, four: the title's two or one. At about 590 px five
 * lines left two empty under every one-line title.
 */
const ROW_REM = { columns: 3.25, stacked: 7.5, wide: 6.25 } as const;

/**
 * Which rows to render for a scroll position: pure, so it is tested without a browser. A position
 * past the end (the list just got shorter) renders the last rows, which the browser scrolls back to.
 */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowPx: number, overscan = OVERSCAN): [number, number] {
  const first = Math.max(0, Math.min(Math.floor(scrollTop / rowPx), count) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowPx) + overscan);
  return [first, Math.max(first, last)];
}

type Layout = 'columns' | 'stacked';
interface Box {
  layout: Layout;
  /** Stacked at WIDE_STACKED_FROM_REM or wider. */
  wide: boolean;
  /** The list's visible height, in px (the rows to render when virtual). */
  height: number;
  /** The root font size, in px: rows are sized in rem, so that larger text still fits them. */
  rem: number;
  /** The list's width, in px, when its rows are stacked and rendered on demand (else 0): their dates wrap to it. */
  width: number;
}

/**
 * Stacked, a row rendered on demand splits its five lines by how its date wraps at the list's
 * width: a one-line date gives its second line to the title (three lines, not two), so no line is
 * left empty between the date and who wrote to whom. The date's height is measured on each rendered
 * row and written as data-date-lines, which index.css lays the row out by; a row not yet measured
 * keeps two lines for its date. The row's height is the same either way.
 */
export function markDateLines(rows: Iterable<HTMLTableRowElement>): void {
  let line = 0;
  for (const row of rows) {
    const date = row.cells[0]?.querySelector<HTMLElement>('.list-clamp');
    if (!date) continue;
    line ||= parseFloat(getComputedStyle(date).lineHeight);
    const height = date.getBoundingClientRect().height;
    // Not laid out (jsdom, a hidden list): nothing to go by.
    const lines = line > 0 && height > 0 ? (height > line * 1.5 ? '2' : '1') : undefined;
    if (row.dataset.dateLines === lines) continue;
    if (lines) row.dataset.dateLines = lines;
    else delete row.dataset.dateLines;
  }
}

/** The list's layout for its width, and its height: measured before the first paint and on every resize. */
function useListBox(el: RefObject<HTMLDivElement | null>, virtual: boolean): Box {
  const [box, setBox] = useState<Box>(() => ({ layout: typeof window !== 'undefined' && window.innerWidth < COLUMNS_FROM_REM * 16 ? 'stacked' : 'columns', wide: false, height: 600, rem: 16, width: 0 }));
  useLayoutEffect(() => {
    const node = el.current;
    if (!node) return;
    const measure = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      // Nothing is laid out under jsdom: the window's width stands in.
      const width = node.clientWidth || window.innerWidth;
      const layout: Layout = width < COLUMNS_FROM_REM * rem ? 'stacked' : 'columns';
      const wide = layout === 'stacked' && width >= WIDE_STACKED_FROM_REM * rem;
      const height = node.clientHeight || 600;
      // Stacked rows on demand measure their dates again at another width (a render does).
      const at = virtual && layout === 'stacked' ? node.clientWidth : 0;
      setBox((b) => (b.layout === layout && b.wide === wide && b.height === height && b.rem === rem && b.width === at ? b : { layout, wide, height, rem, width: at }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(node);
    return () => ro.disconnect();
  }, [el, virtual]);
  return box;
}

/** The list view: one row per event, in time order, with its date as a reader would say it. */
export function EventTable({ model, events, selectedId, onSelect, onEscape, order: givenOrder, onOrder }: Props) {
  const { t, f, lang } = useI18n();
  const l = t.listTexts ?? enListTexts;
  // The panel's words for who sent to whom (its sentBy): a screen reader reads the row's line so, not "right arrow".
  const sentBy = (t.detailTexts ?? enDetailTexts).panel.sentBy;
  const [ownOrder, setOwnOrder] = useState<ListOrder>('oldest');
  const newest = (givenOrder ?? ownOrder) === 'newest';
  const order = newest ? 'descending' : 'ascending';
  // One array per order and list of events: not one per render (a scroll renders).
  const rows = useMemo(() => (newest ? [...events].reverse() : events), [events, newest]);
  // Printed, every row is laid out (up to PRINTED_ROWS_MAX), not only those scrolled into view.
  const printing = usePrinting();
  const virtual = rows.length > VIRTUAL_ROWS_FROM && !printing;
  const scroller = useRef<HTMLDivElement>(null);
  const { layout, wide, height: viewport, rem } = useListBox(scroller, virtual);
  const stacked = layout === 'stacked';
  const rowPx = Math.round(ROW_REM[wide ? 'wide' : layout] * rem);
  // The first row in view: a scroll renders again only when it changes.
  const [topRow, setTopRow] = useState(0);
  // The row whose title holds the keyboard focus, if any (kept rendered: see pinned below).
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // Rows of another height (the layout changed with the width): the same row stays at the top.
  const laidOutAt = useRef(rowPx);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && virtual && laidOutAt.current !== rowPx) el.scrollTop = Math.floor(el.scrollTop / laidOutAt.current) * rowPx;
    laidOutAt.current = rowPx;
  }, [virtual, rowPx]);
  // After printing, the reader is where they were in the list (its scroll box was gone meanwhile).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && virtual && el.scrollTop !== topRow * rowPx) el.scrollTop = topRow * rowPx;
    // Only when the list becomes virtual again: a scroll sets topRow from scrollTop, not the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [virtual]);

  // A selection made elsewhere (chart, panel, URL), or the order or the events changing under it,
  // brings the selected row into view; the reader's own scrolling never does.
  const broughtIntoView = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!virtual || !el || !selectedId) {
      broughtIntoView.current = null;
      return;
    }
    const i = rows.findIndex((e) => e.id === selectedId);
    const where = `${selectedId} ${i} ${rowPx}`;
    if (i < 0 || broughtIntoView.current === where) return;
    broughtIntoView.current = where;
    // Rows start under the sticky header row.
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = i * rowPx;
    if (top < el.scrollTop || top + rowPx > el.scrollTop + el.clientHeight - head) {
      el.scrollTop = Math.max(0, top - (el.clientHeight - head) / 3);
      // Rendered before the paint, not a frame later with the scroll event.
      setTopRow(Math.floor(el.scrollTop / rowPx));
    }
  }, [virtual, selectedId, rows, rowPx]);

  // After every render: the rows in view may be new ones, or laid out at another width.
  useLayoutEffect(() => {
    if (virtual && stacked && scroller.current) markDateLines(scroller.current.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-id]'));
  });

  const [first, last] = virtual ? rowWindow(rows.length, topRow * rowPx, viewport + rowPx, rowPx) : [0, rows.length];
  // Stacked rows are not laid out as a table: their roles say what they are.
  const role = <R extends string>(r: R) => (stacked ? r : undefined);
  const cellRole = role('cell');
  const renderRow = (e: TimelineEvent, i: number) => {
    // Confirmed is the norm and goes unsaid; the others are marked in words.
    const status = e.verification && e.verification.status !== 'confirmed' ? t.status[e.verification.status] : '';
    const { title, titleLang } = translatedEvent(e, lang, model.lang);
    const selected = e.id === selectedId;
    return (
      <tr
        key={e.id}
        data-row-id={e.id}
        className={`border-b border-line align-top ${selected ? 'bg-selected' : ''} ${virtual ? 'virtual-row' : ''}`}
        style={virtual ? { height: rowPx } : undefined}
        role={role('row')}
        aria-selected={onSelect ? selected : undefined}
        aria-rowindex={virtual ? i + 2 : undefined}
      >
        <td className="py-2 pr-3" role={cellRole}>
          <div className="list-cell">
            <div className="list-clamp">{formatEventDate(e, f.dates)}</div>
          </div>
        </td>
        {/* In the page's direction: each name is laid out on its own (senderToRecipients), and a name in right-to-left script turned the whole line, the arrow pointing from the recipients. */}
        <td className="py-2 pr-3 [overflow-wrap:anywhere]" role={cellRole}>
          <div className="list-cell">
            <div className="list-clamp">
              <span className="sr-only">{sentBy(actorName(model, e.from, lang), e.to.length > 0 ? f.list(e.to.map((id) => actorName(model, id, lang))) : null)}</span>
              <span aria-hidden="true">{senderToRecipients(model, e, f.list, lang)}</span>
            </div>
          </div>
        </td>
        <td className="py-2 pr-3" role={cellRole}>
          <div className="list-cell">
            <div className="list-clamp">{t.kinds[e.kind]}</div>
          </div>
        </td>
        <td className="py-2 [overflow-wrap:anywhere]" role={cellRole}>
          <div className="list-cell list-title">
            {onSelect ? (
              <button type="button" className="link-button text-left" dir="auto" lang={titleLang} onClick={() => onSelect(e.id)} aria-current={selected ? 'true' : undefined}>
                <span className="list-clamp">{title}</span>
              </button>
            ) : (
              <span className="list-clamp" dir="auto" lang={titleLang}>
                {title}
              </span>
            )}
            {(status || e.sources.length === 0) && (
              <span className="list-badges">
                {status && <span className="ml-2 inline-block rounded border border-line px-1 text-xs whitespace-nowrap text-muted">{status}</span>}
                {e.sources.length === 0 && <span className="ml-2 inline-block rounded border border-warn px-1 text-xs font-semibold whitespace-nowrap">{l.unsourced}</span>}
              </span>
            )}
          </div>
        </td>
      </tr>
    );
  };
  /** An empty row standing for `rows` rows not rendered. */
  const spacer = (key: string, count: number) =>
    count > 0 && (
      <tr key={key} aria-hidden="true" style={{ height: count * rowPx }}>
        <td colSpan={4} />
      </tr>
    );
  // The row holding the keyboard focus stays rendered when it is scrolled out of view (Page Down,
  // End, the wheel): removed, it would take the focus with it to the page's body, and the keyboard
  // reader's place and scrolling with it.
  const pinned = virtual && focusedId !== null ? rows.findIndex((e) => e.id === focusedId) : -1;
  const unprinted = printing ? rows.length - PRINTED_ROWS_MAX : 0;
  const tbodyRows = !virtual
    ? [
        ...(unprinted > 0 ? rows.slice(0, PRINTED_ROWS_MAX) : rows).map(renderRow),
        unprinted > 0 && (
          <tr key="unprinted" role={role('row')}>
            <td colSpan={4} className="py-2" role={cellRole}>
              {l.notPrinted(f.count(unprinted))}
            </td>
          </tr>
        ),
      ]
    : [
        ...(pinned >= 0 && pinned < first ? [spacer('above-pinned', pinned), renderRow(rows[pinned]!, pinned), spacer('before', first - pinned - 1)] : [spacer('before', first)]),
        ...rows.slice(first, last).map((e, n) => renderRow(e, first + n)),
        ...(pinned >= last ? [spacer('after', pinned - last), renderRow(rows[pinned]!, pinned), spacer('below-pinned', rows.length - pinned - 1)] : [spacer('after', rows.length - last)]),
      ];
  const reorder = () => {
    const next = newest ? 'oldest' : 'newest';
    setOwnOrder(next);
    onOrder?.(next);
  };
  /**
   * The other order (chosen here, or by Back or Forward) starts at its top (its newest or oldest
   * events), unless a selected event in the list is brought into view instead (above): the same
   * scroll position would show rows from the middle of the other order, under a header saying "newest first".
   */
  const shownOrder = useRef(newest);
  useLayoutEffect(() => {
    if (shownOrder.current === newest) return;
    shownOrder.current = newest;
    const el = scroller.current;
    if (!virtual || !el || (selectedId && rows.some((e) => e.id === selectedId))) return;
    el.scrollTop = 0;
    setTopRow(0);
    // Only when the order changes: the rows and the selection change with it, or on their own (above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newest]);
  /**
   * Tab (Shift+Tab) from the focused row kept rendered out of view goes on to the first (last) row
   * in view, where the reader has scrolled to, not to the rows next to it in the page, which are not
   * rendered (Tab would leave the list, or land on a row rendered just out of view).
   */
  const tabIntoView = (ev: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = scroller.current;
    if (ev.key !== 'Tab' || ev.altKey || ev.ctrlKey || ev.metaKey || !el || (pinned >= first && pinned < last) || pinned < 0) return;
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const firstInView = Math.min(rows.length - 1, Math.ceil(el.scrollTop / rowPx));
    const lastInView = Math.max(firstInView, Math.floor((el.scrollTop + el.clientHeight - head) / rowPx) - 1);
    const id = rows[ev.shiftKey ? Math.min(lastInView, rows.length - 1) : firstInView]?.id;
    const target = [...el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-id]')].find((r) => r.dataset.rowId === id)?.querySelector('button');
    if (!target) return;
    ev.preventDefault();
    target.focus();
  };
  const table = (
    <table
      className={`event-table w-full border-collapse text-left text-sm ${virtual && !stacked ? 'table-fixed' : ''}`}
      data-layout={layout}
      data-wide={wide || undefined}
      data-virtual={virtual || undefined}
      role={role('table')}
      aria-rowcount={virtual ? rows.length + 1 : undefined}
    >
      <caption className="sr-only">{l.caption}</caption>
      {virtual && !stacked && (
        <colgroup>
          {/* Wide enough for the longest dates ("between 28 December 2021 and 16 January 2022") and kinds in two lines (and, the date, the list's inner margin). */}
          <col className="w-[15.25rem]" />
          <col className="w-[22%]" />
          <col className="w-[7rem]" />
          <col />
        </colgroup>
      )}
      <thead className={virtual ? 'sticky top-0 z-10 bg-bg' : undefined} role={role('rowgroup')}>
        <tr className="border-b border-line" aria-rowindex={virtual ? 1 : undefined} role={role('row')}>
          <th scope="col" className="py-2 pr-3 font-semibold" aria-sort={order} role={role('columnheader')}>
            <button
              type="button"
              className="inline-flex min-h-6 items-center gap-1 font-semibold"
              onClick={reorder}
            >
              {l.date} <span aria-hidden="true">{order === 'ascending' ? '↑' : '↓'}</span>
              <span className="sr-only">{order === 'ascending' ? l.oldestFirst : l.newestFirst}</span>
            </button>
          </th>
          {/* Stacked, the rows say what these are (an arrow between names, a kind, a link): only the sort shows. */}
          <th scope="col" className={stacked ? 'sr-only' : 'py-2 pr-3 font-semibold'} role={role('columnheader')}>
            {l.fromTo}
          </th>
          <th scope="col" className={stacked ? 'sr-only' : 'py-2 pr-3 font-semibold'} role={role('columnheader')}>
            {l.kind}
          </th>
          <th scope="col" className={stacked ? 'sr-only' : 'py-2 font-semibold'} role={role('columnheader')}>
            {l.title}
          </th>
        </tr>
      </thead>
      <tbody
        role={role('rowgroup')}
        onFocus={virtual ? (ev) => setFocusedId(ev.target.closest('tr')?.dataset.rowId ?? null) : undefined}
        onBlur={virtual ? (ev) => !ev.currentTarget.contains(ev.relatedTarget) && setFocusedId(null) : undefined}
        onKeyDown={virtual ? tabIntoView : undefined}
      >
        {tbodyRows}
      </tbody>
    </table>
  );
  /**
   * Past the list, to what follows it on the page (the open event's panel, the downloads): each
   * row is a tab stop, thousands of them in a large archive's list.
   */
  const skipList = () => {
    const list = scroller.current;
    if (!list) return;
    const after = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]')].find(
      (el) => list.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !list.contains(el) && el.getClientRects().length > 0,
    );
    after?.focus();
  };
  return (
    <>
      <button type="button" className="btn btn-small sr-only bg-bg focus:not-sr-only focus:absolute focus:z-30 focus:px-2 print:hidden" onClick={skipList}>
        {l.skip}
      </button>
      <div
        ref={scroller}
        className={virtual ? 'max-h-[70vh] overflow-auto rounded border border-line' : undefined}
        onScroll={virtual ? (ev) => setTopRow(Math.floor(ev.currentTarget.scrollTop / rowPx)) : undefined}
        tabIndex={virtual ? -1 : undefined}
        onKeyDown={(ev) => ev.key === 'Escape' && onEscape?.((ev.target as Element).closest('tr')?.dataset.rowId ?? null)}
      >
        {table}
      </div>
    </>
  );
}
