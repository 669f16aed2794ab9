import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatDateInWords } from '../../shared/dates/formatEventDate.ts';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import { localeDateOrder } from '../../shared/dates/localeDateOrder.ts';
import { languageOf } from '../../shared/i18n/languages.ts';
import { EVENT_KINDS } from '../../shared/dataset/vocabulary.ts';
import type { EventKind } from '../../shared/dataset/schema.ts';
import { lanesAreGroups, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { kindPath } from '../timeline/layout/kindShapes.ts';
import { PALETTE } from '../../shared/palette.ts';
import { daysInOrder, ROLES, type Role } from '../../shared/url/urlState.ts';
import { isFiltered, type Filters } from './filters.ts';
import { activeFiltersText } from './activeFilters.ts';
import { setTypedSearch, takeHeldSearch } from './typedSearch.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { translatedActorName } from '../../shared/model/translated.ts';

interface Props {
  model: TimelineModel;
  filters: Filters;
  counts: { agency: Map<string, number>; kind: Map<EventKind, number> };
  shownCount: number;
  /** `replace` for typing (one history entry per search, not per key). */
  onChange: (next: Filters, opts?: { replace?: boolean }) => void;
  /** `bar`: compact rows above the chart; `sheet`: one column, in the folded filters' sheet. */
  layout?: 'bar' | 'sheet';
}

const toggle = <T,>(list: readonly T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** Filters by agency (with role), kind, text and dates; every choice lives in the URL. */
export function FilterBar({ model, filters, counts, shownCount, onChange, layout = 'bar' }: Props) {
  const bar = layout === 'bar';
  const { t, f, lang } = useI18n();
  const [q, setQ] = useState(filters.q);
  const [prevQ, setPrevQ] = useState(filters.q);
  // Back/forward or Clear change the URL's q: the box follows.
  if (filters.q !== prevQ) {
    setPrevQ(filters.q);
    setQ(filters.q);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      setTypedSearch(null);
    },
    [],
  );
  const searchId = useId();
  const fromId = useId();
  const toId = useId();
  const roleId = useId();
  const first = model.events[0]?.date.slice(0, 10);
  const last = model.events[model.events.length - 1];
  const lastDay = last ? (last.dateEnd ?? last.date).slice(0, 10) : undefined;

  const searchRef = useRef<HTMLInputElement>(null);
  // A search's first change adds a history entry (Back returns to the filters before it); the
  // rest of the same typing replaces it, rather than adding one entry per pause.
  const typing = useRef(false);
  const onSearch = (value: string) => {
    setQ(value);
    writeSearchSoon(value);
  };
  const writeSearchSoon = (value: string) => {
    // Read by a file opened before it is written (useOpenFile.ts).
    setTypedSearch(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setTypedSearch(null);
      onChange({ ...filters, q: value }, { replace: typing.current });
      typing.current = document.activeElement === searchRef.current;
    }, 200);
  };
  // The search a stand-in held while this view was drawn (a big file's first), typed meanwhile: it
  // left in this commit, after this view was rendered. Shown before the first paint, written to the
  // address as if typed here; the box takes the focus back from the file's notice.
  useLayoutEffect(() => {
    const held = takeHeldSearch();
    if (!held) return;
    typing.current = true;
    if (held.text !== filters.q) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- what was typed elsewhere, taken before the box is painted
      setQ(held.text);
      writeSearchSoon(held.text);
    }
    const input = searchRef.current;
    if (held.focused && input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
    // Once, as the box is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A date typed from the keyboard changes the field as each digit of its year arrives (0002,
  // 0020, 0202, 2022): the field's first change adds a history entry, the rest until it is left replace it.
  const editingDate = useRef<'from' | 'to' | null>(null);
  const writeDate = (field: 'from' | 'to', next: Filters) => {
    onChange(next, { replace: editingDate.current === field });
    editingDate.current = field;
  };
  // A day out of order with the other field's may be a year still being typed (a To of 0002-04-01
  // after a From of 2022-03-10): held in its field, not filtered by, until it comes in order or the
  // field is left, when it is written (and the days swapped, with a notice). Before, the partial
  // year was swapped into the From at once, and both days the reader had were lost. Only over the
  // filters it was typed against: Back or Clear meanwhile drops it.
  // A month or day half typed over a day (Chromium's field is then empty to the page, not to the
  // reader, badInput) is held the same way, the filter kept, and dropped if the field is left so:
  // before, the filter was cleared and set again, the chart jumping to all events and back.
  const clearing = useRef(false);
  const [typedOut, setTypedOut] = useState<{ days: Filters; over: Filters; half?: boolean } | null>(null);
  const held = typedOut?.over === filters ? typedOut : null;
  const onDate = (field: 'from' | 'to', { value, validity }: HTMLInputElement) => {
    if (clearing.current) return;
    const next = { ...filters, [field]: value || null };
    const half = !value && validity.badInput;
    const outOfOrder = half || daysInOrder(next.from, next.to).swapped;
    setTypedOut(outOfOrder && { days: next, over: filters, half });
    if (!outOfOrder) writeDate(field, next);
  };
  const leaveDate = (field: 'from' | 'to') => {
    setTypedOut(null);
    if (held && !held.half && !clearing.current) writeDate(field, held.days);
    editingDate.current = null;
  };
  // Chromium writes a date field's value in the browser's order, whatever the page's language: a
  // Russian page in an en-US browser shows 03/01/2022. Where the browser speaks another language
  // than the page and writes dates in another order, the day chosen is said beside the field in
  // the page's words (1 марта 2022 г.), as its description.
  const otherOrder = useMemo(
    () => languageOf(navigator.language) !== lang && localeDateOrder(navigator.language) !== localeDateOrder(f.dates.locale),
    [lang, f.dates.locale],
  );
  const dateField = (field: 'from' | 'to', id: string) => {
    const value = (held?.days ?? filters)[field] ?? '';
    const day = otherOrder && value ? parseIsoDate(value) : null;
    // In the bar the day is said under the field, not beside it: beside both fields it pushed
    // Clear filters to a row of its own at 1280 px. The row is aligned on the fields' text.
    return (
      <div className={bar ? 'flex items-baseline gap-1.5 print:hidden' : 'flex flex-col'}>
        <label htmlFor={id} className="font-semibold">
          {t.filters[field]}
        </label>
        <span className="flex flex-col">
          <input
            id={id}
            type="date"
            className="field"
            value={value}
            min={first}
            max={lastDay}
            aria-describedby={day ? `${id}-day` : undefined}
            onChange={(e) => onDate(field, e.target)}
            onBlur={() => leaveDate(field)}
          />
          {day && (
            <span id={`${id}-day`} className="text-xs text-muted">
              {formatDateInWords(day, f.dates)}
            </span>
          )}
        </span>
      </div>
    );
  };
  // Clear disappears with the filters it clears: focus goes to the search box, not to the page.
  const clear = () => {
    // A search still to be written would bring back, with it, the filters cleared.
    if (timer.current) clearTimeout(timer.current);
    setTypedSearch(null);
    setQ('');
    // A day held or half typed in its field goes with the rest: not written as the focus leaves it (an entry of its own).
    clearing.current = true;
    searchRef.current?.focus();
    clearing.current = false;
    onChange({ agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null });
  };

  return (
    // On paper only the status line ("Showing 4 of 19 events") and the filters in words are printed.
    <section aria-label={t.filters.label} className={bar ? 'space-y-1.5 text-sm' : 'space-y-3 text-sm'}>
      <div className="flex flex-wrap items-center gap-1.5 print:hidden">
        <span className="mr-1 font-semibold" id={`${roleId}-agencies`}>
          {lanesAreGroups(model) ? t.filters.groups : t.filters.agencies}
        </span>
        {/* Where no event has a recipient (a TimelineJS file's groups) "sent by" is "involving": no choice to offer, unless the address made one. */}
        {(!lanesAreGroups(model) || filters.role !== 'involving') && (
          <>
            <label className="sr-only" htmlFor={roleId}>
              {t.filters.role}
            </label>
            <select
              id={roleId}
              className="btn btn-small"
              value={filters.role}
              onChange={(e) => onChange({ ...filters, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.filters.roles[r]}
                </option>
              ))}
            </select>
          </>
        )}
        <div role="group" aria-labelledby={`${roleId}-agencies`} className="flex flex-wrap gap-1.5">
          {model.actors.map((a, i) => {
            const n = counts.agency.get(a.id) ?? 0;
            const on = filters.agencies.includes(a.id);
            return (
              <button
                key={a.id}
                type="button"
                className="btn btn-small gap-1.5"
                aria-pressed={on}
                aria-label={t.filters.chip(translatedActorName(a, lang), f.plural(t.events, n))}
                onClick={() => onChange({ ...filters, agencies: toggle(filters.agencies, a.id) })}
              >
                <span className="inline-block h-3 w-3 rounded-sm border border-fg" style={{ background: a.color ?? PALETTE[i % PALETTE.length] }} aria-hidden="true" />
                <span dir="auto" className="min-w-0 wrap-anywhere">
                  {translatedActorName(a, lang)}
                </span>
                <span className="text-muted" aria-hidden="true">
                  {f.count(n)}
                </span>
              </button>
            );
          })}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1.5 print:hidden" role="group" aria-label={t.filters.kinds}>
        <span className="mr-1 font-semibold" aria-hidden="true">
          {t.filters.kinds}
        </span>
        {/* Kinds the dataset has (a TimelineJS file's are all milestones), and any the address selects, so it can be let go. */}
        {EVENT_KINDS.filter((k) => (model.totals.kinds.get(k) ?? 0) > 0 || filters.kinds.includes(k)).map((k) => {
          const n = counts.kind.get(k) ?? 0;
          const on = filters.kinds.includes(k);
          return (
            <button
              key={k}
              type="button"
              className="btn btn-small gap-1.5"
              aria-pressed={on}
              aria-label={t.filters.chip(t.kinds[k], f.plural(t.events, n))}
              onClick={() => onChange({ ...filters, kinds: toggle(filters.kinds, k) })}
            >
              <svg width="12" height="12" viewBox="-7 -7 14 14" aria-hidden="true">
                <path d={kindPath(k, 'chip')} className="legend-shape" />
              </svg>
              {t.kinds[k]}
              <span className="text-muted" aria-hidden="true">
                {f.count(n)}
              </span>
            </button>
          );
        })}
      </div>
      <div className={bar ? 'flex flex-wrap items-baseline gap-x-3 gap-y-1.5' : 'flex flex-col gap-2'}>
        <div className={bar ? 'flex items-center gap-1.5 print:hidden' : 'flex flex-col'}>
          <label htmlFor={searchId} className="font-semibold">
            {t.filters.search}
          </label>
          <input
            id={searchId}
            type="search"
            // In the sheet, as wide as the date fields under it, so that its hint is not cut.
            // In the bar, wide enough for its hint in either language (Russian's is about 20 rem).
            className={bar ? 'field w-[22rem] max-w-full' : 'field w-full'}
            value={q}
            placeholder={t.filters.searchPlaceholder}
            onChange={(e) => onSearch(e.target.value)}
            onBlur={() => (typing.current = false)}
            ref={searchRef}
            dir="auto"
          />
        </div>
        {/* From and To wrap together, not one on each row. Not printed (nor are its fields): left
            empty on paper, it still took the row's gap, and the count was indented 12 px. */}
        <div className={bar ? 'flex flex-wrap items-baseline gap-x-3 gap-y-1.5 print:hidden' : 'contents'}>
          {dateField('from', fromId)}
          {dateField('to', toId)}
        </div>
        {/* In the bar, shown with the dataset, said by the page's view live region (ReaderView): not
            live itself. In the sheet, a modal dialog, the page outside is hidden from screen readers:
            its own status says the count as filters change. */}
        {/* The count and Clear filters: in the bar, a group that takes the row's rest, Clear under
            the count where the row is too short for both (before, at 1024 px with a date filter it
            wrapped to a row of its own), beside it where it is not. */}
        <div className={bar ? 'flex grow basis-40 flex-wrap items-baseline gap-x-3 gap-y-1.5' : 'contents'}>
          <p role="status" aria-live={bar ? 'off' : 'polite'} className="font-medium">
            {t.filters.showing(f.count(shownCount), f.count(model.events.length), f.plural(t.events, model.events.length))}
          </p>
          {/* Pressed, Clear leaves the focus where it is (a date field holding a day) until it clears. */}
          {isFiltered(filters) && (
            <button type="button" className="btn btn-small whitespace-nowrap print:hidden" onMouseDown={(e) => e.preventDefault()} onClick={clear}>
              {t.filters.clear}
            </button>
          )}
        </div>
        {/* On paper the chips and fields are not printed: what they filter is said in words. */}
        {isFiltered(filters) && (
          <p className="hidden basis-full print:block" dir="auto">
            {activeFiltersText(filters, model, { t, f, lang })}
          </p>
        )}
      </div>
    </section>
  );
}
