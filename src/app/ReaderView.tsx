import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_SHOWN_PROBLEMS } from '../features/dataset/ProblemList.tsx';
import { DetailPanel } from '../features/detail/DetailPanel.tsx';
import { EmbedDialog } from '../features/embed/EmbedDialog.tsx';
import { useEmbedBridge } from '../features/embed/useEmbedBridge.ts';
import { ExportMenu } from '../features/export/ExportMenu.tsx';
import { FilterBar } from '../features/filters/FilterBar.tsx';
import { buildSearchIndex, facetCounts, filterEvents, isFiltered, parseFilters, writeFilters, type Filters } from '../features/filters/filters.ts';
import { EventTable } from '../features/list/EventTable.tsx';
import { Timeline, type TimelineHandle } from '../features/timeline/Timeline.tsx';
import type { TimelineModel } from '../shared/model/timelineModel.ts';
import { quoteText } from '../shared/dataset/problem.ts';
import { pageHrefWith } from './pageUrl.ts';
import { useLocationSearch } from './useLocationSearch.ts';

type View = 'chart' | 'list';

const VIEWS = ['chart', 'list'];

/**
 * The reader's view of a loaded dataset: filters, chart or list, and the detail panel. Everything
 * a reader chooses lives in the URL, so any view can be shared, embedded, and restored by Back.
 */
export function ReaderView({ model, embed = false }: { model: TimelineModel; embed?: boolean }) {
  const [params, navigate] = useLocationSearch();
  const viewParam = params.get('view');
  const view: View = viewParam === 'list' ? 'list' : 'chart';
  const { filters, notices: filterNotices } = useMemo(() => parseFilters(params, model), [params, model]);
  const index = useMemo(() => buildSearchIndex(model.events), [model]);
  const events = useMemo(() => filterEvents(model.events, filters, index), [model, filters, index]);
  const counts = useMemo(() => facetCounts(model, filters, index), [model, filters, index]);
  const isShown = useMemo(() => {
    if (events === model.events) return (id: string) => model.eventsById.has(id);
    const ids = new Set(events.map((e) => e.id));
    return (id: string) => ids.has(id);
  }, [events, model]);

  const requested = params.get('event');
  const selected = requested !== null ? model.eventsById.get(requested) : undefined;
  const selectedId = selected?.id ?? null;
  const timelineRef = useRef<TimelineHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(window.location.search);
    if (value === null) next.delete(key);
    else next.set(key, value);
    navigate(next);
  };

  const setFilters = (f: Filters, opts?: { replace?: boolean }) => {
    navigate(writeFilters(new URLSearchParams(window.location.search), f), opts);
  };

  const open = (id: string) => {
    focusPanel.current = true;
    setParam('event', id);
  };

  // Closing returns focus to the event it was opened from, in the chart or the list.
  const close = () => {
    const id = selectedId;
    setParam('event', null);
    if (!id) return;
    requestAnimationFrame(() => {
      if (view === 'chart') timelineRef.current?.focusEvent(id);
      else document.querySelector<HTMLButtonElement>(`[data-row-id="${CSS.escape(id)}"] button`)?.focus();
    });
  };

  // While the bottom sheet is open, scrolling a focused element into view keeps it above the sheet.
  useEffect(() => {
    if (!selected || embed) return;
    document.documentElement.classList.add('sheet-open');
    return () => document.documentElement.classList.remove('sheet-open');
  }, [selected, embed]);

  useEffect(() => {
    if (selectedId && focusPanel.current) {
      focusPanel.current = false;
      headingRef.current?.focus();
    }
  }, [selectedId]);

  // A shared link opens the full view, also when copied from inside an embed.
  const linkFor = (id: string) => pageHrefWith({ event: id, embed: null });

  useEmbedBridge(
    embed,
    selectedId,
    (id) => setParam('event', id),
    (id) => model.eventsById.has(id),
  );
  const activeFilters =
    filters.agencies.length + filters.kinds.length + (filters.q ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);

  const notices = [...filterNotices];
  if (viewParam !== null && !VIEWS.includes(viewParam)) notices.push(`view: ${JSON.stringify(quoteText(viewParam))} is not chart or list (ignored)`);
  if (requested !== null && !selected) notices.push(`No event has the id ${JSON.stringify(quoteText(requested))}; showing the whole timeline.`);
  const noticeKey = notices.join('\n');
  const visibleNotices = noticeKey && dismissed !== noticeKey ? notices : [];
  const clear = () => setFilters({ agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null });

  return (
    <div className={selected && !embed ? 'pb-[55vh] lg:pb-0' : ''}>
      {visibleNotices.length > 0 && (
        <div role="status" className="mb-3 flex flex-wrap items-start justify-between gap-2 rounded-md border border-warn bg-panel p-2 text-sm">
          <ul className="min-w-0 break-words">
            {visibleNotices.slice(0, MAX_SHOWN_PROBLEMS).map((n, i) => (
              <li key={i} dir="auto">
                {n}
              </li>
            ))}
            {visibleNotices.length > MAX_SHOWN_PROBLEMS && <li>and {visibleNotices.length - MAX_SHOWN_PROBLEMS} more</li>}
          </ul>
          <button type="button" className="btn btn-small" onClick={() => setDismissed(noticeKey)}>
            Dismiss
          </button>
        </div>
      )}
      {!embed && <FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={setFilters} />}
      <div className={`${embed ? 'mb-2' : 'mb-3'} flex flex-wrap items-center justify-between gap-2`}>
        {embed && (
          <button type="button" className="btn btn-small" aria-expanded={filtersOpen} aria-controls="embed-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
            Filters{activeFilters > 0 ? ` (${activeFilters} active)` : ''} · {events.length} of {model.events.length} events
          </button>
        )}
        <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="View">
          <button type="button" className="btn btn-small" aria-pressed={view === 'chart'} onClick={() => setParam('view', null)}>
            Timeline
          </button>
          <button type="button" className="btn btn-small" aria-pressed={view === 'list'} onClick={() => setParam('view', 'list')}>
            List
          </button>
        </div>
        {!embed && (
          <div className="flex flex-wrap items-center gap-3">
            <ExportMenu
              model={model}
              events={events}
              filtered={isFiltered(filters)}
              getChart={() => timelineRef.current?.currentView() ?? null}
              credit={model.credit ? `Data: ${model.credit}` : ''}
              chartShown={view === 'chart' && events.length > 0}
            />
            <EmbedDialog title={model.title} currentUrl={() => pageHrefWith({})} />
          </div>
        )}
      </div>
      {embed && (
        <div id="embed-filters" hidden={!filtersOpen} className="mb-2">
          <FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={setFilters} />
        </div>
      )}
      <div className={selected && !embed ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-4' : ''}>
        <div className="min-w-0">
          {events.length === 0 ? (
            <div className="rounded-md border border-line bg-panel p-6 text-center">
              <p className="font-medium">No events match these filters.</p>
              <button type="button" className="btn btn-small mt-3" onClick={clear}>
                Clear filters
              </button>
            </div>
          ) : view === 'chart' ? (
            <Timeline ref={timelineRef} model={model} events={events} selectedId={selectedId} onOpen={open} onEscape={close} embed={embed} />
          ) : (
            <EventTable model={model} events={events} selectedId={selectedId} onSelect={open} />
          )}
        </div>
        {selected && (
          <div
            className={
              embed
                ? 'panel-host fixed inset-0 z-30 overflow-hidden bg-bg'
                : 'panel-host fixed inset-x-0 bottom-0 z-20 max-h-[55vh] overflow-hidden border-t-2 border-line bg-bg shadow-[0_-4px_16px_rgba(0,0,0,0.15)] lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:rounded-md lg:border-2'
            }
          >
            <DetailPanel
              model={model}
              event={selected}
              onSelect={(id) => setParam('event', id)}
              onClose={close}
              linkFor={linkFor}
              headingRef={headingRef}
              highlight={filters.q}
              sequence={events}
              isShown={isShown}
            />
          </div>
        )}
      </div>
    </div>
  );
}
