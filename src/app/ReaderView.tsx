import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { UrlNoticesOnDemand } from '../features/dataset/UrlNoticesOnDemand.tsx';
import { EmbedDialog } from '../features/embed/EmbedDialog.tsx';
import { useEmbedBridge } from '../features/embed/useEmbedBridge.ts';
import { onResized, visibleBand, type Band } from '../features/embed/visibleBand.ts';
import { ExportMenu } from '../features/export/ExportMenu.tsx';
import { activeFiltersText } from '../features/filters/activeFilters.ts';
import { TemplateHint } from '../features/openFile/TemplateHint.tsx';
import { FilterBar } from '../features/filters/FilterBar.tsx';
import { FilterSheet, FilterSheetButton } from '../features/filters/FilterSheet.tsx';
import { useI18n } from '../shared/i18n/I18n.tsx';
import { translatedDataset } from '../shared/model/translated.ts';
import { RegionBoundary } from './RegionBoundary.tsx';
import { creditLine, DataCredit } from './DataCredit.tsx';
import { LazyDetailPanel, LazyEventTable, preloadParts } from './onDemandParts.ts';
import { filterAndCount, filterDays, filtersFromUrl, isFiltered, type Filters } from '../features/filters/filters.ts';
import { buildSearchIndex } from '../features/filters/searchIndex.ts';
import { useWarmSearch } from '../features/filters/useWarmSearch.ts';
import { Timeline, type TimelineHandle } from '../features/timeline/Timeline.tsx';
import type { TimelineModel } from '../shared/model/timelineModel.ts';
import { quoteText } from '../shared/dataset/problem.ts';
import { daysInOrder, formatDaySpan, inParamOrder, readUrlState, writeUrlState, type DaySpan, type SwappedDays, type UrlNotice, type UrlState } from '../shared/url/urlState.ts';
import { pageHrefWith } from './pageUrl.ts';
import { useInertOutside } from './useInertOutside.ts';
import { useBottomSheet } from './useBottomSheet.ts';
import { outsideOf, timeSpanOf } from './dataSpan.ts';
import { keptThroughReport } from './keptNotices.ts';
import { useLocationSearch } from './useLocationSearch.ts';
import { sayAboutView } from './ViewLiveRegion.tsx';

/** The view window is written to the address at most this often while a reader zooms. */
const WINDOW_WRITE_MS = 300;

const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);

/** Each notice once. */
const uniqueNotices = (notices: readonly UrlNotice[]): UrlNotice[] => [...new Map(notices.map((n) => [JSON.stringify(n), n])).values()];

/**
 * The reader's view of a loaded dataset: filters, chart or list, and the detail panel. Everything
 * a reader chooses lives in the URL, so any view can be shared, embedded, and restored by Back.
 */
export function ReaderView({
  model,
  embed = false,
  shareable = true,
  problemsSaid = null,
}: {
  model: TimelineModel;
  embed?: boolean;
  /** False for a file opened on this computer: no link (Copy link, Embed) can show it to anyone else. */
  shareable?: boolean;
  /** What the dataset's problems come to, said with what the view shows when it is first shown. */
  problemsSaid?: string | null;
}) {
  const i18n = useI18n();
  const { lang, t, f } = i18n;
  const texts = translatedDataset(model, lang, t.dataset.untitled);
  const [params, navigate, isReport] = useLocationSearch();
  const { state: url, notices: urlNotices } = useMemo(() => readUrlState(params), [params]);
  const view = url.view;
  const parsed = useMemo(() => filtersFromUrl(url, model), [url, model]);
  // The same filters while only other parameters change (the view window as a reader zooms):
  // 100,000 events are not filtered again for that.
  const [filters, setStableFilters] = useState(parsed.filters);
  if (!sameFilters(filters, parsed.filters)) setStableFilters(parsed.filters);
  const index = useMemo(() => buildSearchIndex(model.events), [model]);
  // What the view shows: the filters, with a new search once it has been done in slices (useWarmSearch).
  const shownQ = useWarmSearch(index, filters.q);
  const shown = useMemo(() => (shownQ === filters.q ? filters : { ...filters, q: shownQ }), [filters, shownQ]);
  const { events, counts } = useMemo(() => filterAndCount(model, index, shown), [model, index, shown]);
  // The chart follows new filters in a render of its own, after the filters and their counts have
  // answered: its layout and first paint are then tasks of their own, not one long one. Coming
  // back from no events at all, it is drawn at once (not first empty, then filled).
  const deferredEvents = useDeferredValue(events);
  const chartEvents = deferredEvents.length === 0 ? events : deferredEvents;
  // A date filter's days bound the chart's time range, deferred with its events.
  const days = useMemo(() => filterDays(shown.from, shown.to), [shown.from, shown.to]);
  const deferredDays = useDeferredValue(days);
  const chartDays = deferredEvents.length === 0 ? days : deferredDays;
  const isShown = useMemo(() => {
    if (events === model.events) return (id: string) => model.eventsById.has(id);
    const ids = new Set(events.map((e) => e.id));
    return (id: string) => ids.has(id);
  }, [events, model]);

  const requested = url.event;
  const selected = requested !== null ? model.eventsById.get(requested) : undefined;
  const selectedId = selected?.id ?? null;
  const timelineRef = useRef<TimelineHandle>(null);
  const focusPanel = useRef(false);
  const headingEl = useRef<HTMLHeadingElement | null>(null);
  // Whether the panel's heading is on the page: not while its script is still on its way.
  const [panelShown, setPanelShown] = useState(false);
  // The panel's heading takes focus when a reader opens an event, also when the panel's script
  // arrives after the selection (the first time one is opened). Until then the focus stays where
  // it was (the event's mark or row): an embed's page is made inert only once the panel is there.
  const headingRef = useCallback((el: HTMLHeadingElement | null) => {
    headingEl.current = el;
    setPanelShown(el !== null);
    if (el && focusPanel.current) {
      focusPanel.current = false;
      el.focus();
    }
  }, []);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const change = (changes: Partial<UrlState>, opts?: { replace?: boolean }) => navigate(writeUrlState(new URLSearchParams(window.location.search), changes), opts);
  // A From typed after the To: the address gets the days in order (a copied link is valid), and
  // the notice says so while they are the filter's.
  const [typedSwap, setTypedSwap] = useState<SwappedDays | null>(null);
  const setFilters = (f: Filters, opts?: { replace?: boolean }) => {
    const days = daysInOrder(f.from, f.to);
    setTypedSwap(days.swapped && { ...days.swapped, typed: true });
    change({ ...f, ...days }, opts);
  };

  // Zoom and pan keep ?window= current, without adding to the Back button, a few times a second at most.
  const windowTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (windowTimer.current && clearTimeout(windowTimer.current)), []);
  const onViewChange = useCallback(
    (span: DaySpan | null) => {
      if (windowTimer.current) clearTimeout(windowTimer.current);
      windowTimer.current = setTimeout(() => navigate(writeUrlState(new URLSearchParams(window.location.search), { window: span }), { replace: true, report: true }), WINDOW_WRITE_MS);
    },
    [navigate],
  );
  // A ?window= with none of the dataset's days in it is not asked of the chart, which would show
  // other days in its place: the whole timeline is shown, with a notice.
  const dataSpan = useMemo(() => timeSpanOf(model), [model]);
  const windowOutside = url.window !== null && outsideOf(url.window, dataSpan);
  const wantedWindow = windowOutside ? null : url.window;
  // The days the chart is asked to show: a new ?window= from a link, Back or Forward. Not the
  // chart's own report read back: written later, it may land after the chart has moved on.
  const windowKey = wantedWindow ? formatDaySpan(wantedWindow) : null;
  const [windowSeen, setWindowSeen] = useState({ key: windowKey, request: wantedWindow });
  if (windowKey !== windowSeen.key) setWindowSeen({ key: windowKey, request: isReport ? windowSeen.request : wantedWindow });
  // A ?window= partly beyond the chart's days, moved or widened by the chart: said while the
  // address holds it, or the days shown in its place (which the chart writes back to it).
  const [adjusted, setAdjusted] = useState<{ asked: string; shown: DaySpan | null } | null>(null);
  const onWindowAdjusted = useCallback((asked: DaySpan, shown: DaySpan | null) => setAdjusted({ asked: formatDaySpan(asked), shown }), []);
  if (adjusted && windowKey !== adjusted.asked && windowKey !== (adjusted.shown && formatDaySpan(adjusted.shown))) setAdjusted(null);

  const open = (id: string) => {
    // Enter on the open event's own mark or row: nothing to select, its panel's heading takes the focus
    // now (asked for after a selection that never comes, the focus would go there at the next Next).
    if (id === selectedId && headingEl.current) return headingEl.current.focus();
    focusPanel.current = true;
    change({ event: id });
  };

  // Closing returns focus to the event it was opened from, in the chart or the list.
  const returnFocus = (id: string) =>
    requestAnimationFrame(() => {
      if (view === 'chart') timelineRef.current?.focusEvent(id);
      else document.querySelector<HTMLButtonElement>(`[data-row-id="${CSS.escape(id)}"] button`)?.focus();
      // An event the filters now hide has no mark or row to return to: the view's switch takes it.
      if (document.activeElement === document.body) focusView();
    });
  const closeTo = (id: string | null) => {
    change({ event: null });
    if (id) returnFocus(id);
  };
  const close = () => closeTo(selectedId);

  // In an embed the panel covers the whole frame: what it covers (the header, the notices, the
  // controls, the chart) takes no focus and is not read until it closes. On a phone the panel is
  // a sheet over the lower part of the page, which scrolls above it and stays usable: not there.
  const panelHost = useRef<HTMLDivElement>(null);
  const panelOpen = embed && selected !== undefined;
  // Where there is no room for the filters above the chart (a phone, an embed) they fold into one control.
  // Its sheet is rendered once, below: the button moves, the sheet stays open.
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheetButton = useRef<HTMLButtonElement>(null);
  // Not while the filters' sheet is open over it (the host page selected an event meanwhile): the
  // modal sheet keeps the rest inert itself, and made inert too, nothing would take a click. Nor
  // while the panel's script is on its way: made inert under the focus, the event's mark lost it
  // to the frame's body, from which a Tab left the frame.
  useInertOutside(panelHost, panelOpen && panelShown && !sheetOpen);
  // A frame taller than the reader's screen (it follows its content): the panel covers it all, its
  // content in the part in view as it opens, where it stays while the article scrolls.
  const [band, setBand] = useState<{ open: boolean; at: Band | null }>({ open: false, at: null });
  if (band.open !== panelOpen) setBand({ open: panelOpen, at: panelOpen ? visibleBand() : null });
  // Not as the article scrolls, but when the frame changes size (a phone turned): the band then is another.
  useEffect(() => (panelOpen ? onResized(() => setBand({ open: true, at: visibleBand() })) : undefined), [panelOpen]);

  useBottomSheet(selectedId, embed);

  useEffect(() => {
    if (selectedId && focusPanel.current && headingEl.current) {
      focusPanel.current = false;
      headingEl.current.focus();
    }
  }, [selectedId]);

  useEffect(() => preloadParts(), []);

  // A shared link opens the full view, also when copied from inside an embed.
  const linkFor = (id: string) => pageHrefWith({ event: id, embed: false, lang });

  useEmbedBridge(
    embed,
    selectedId,
    (id) => change({ event: id }),
    (id) => model.eventsById.has(id),
  );

  const fromAddress = inParamOrder([
    ...urlNotices,
    ...parsed.notices,
    ...(typedSwap && typedSwap.from === url.to && typedSwap.to === url.from ? [typedSwap] : []),
    ...(requested !== null && !selected ? [{ problem: 'no-such-event' as const, value: quoteText(requested) }] : []),
    ...(windowOutside && url.window ? [{ problem: 'window-outside' as const, value: formatDaySpan(url.window) }] : []),
    ...(adjusted ? [{ problem: 'window-adjusted' as const, value: adjusted.asked, shown: adjusted.shown }] : []),
  ]);
  // The notices of the address the reader gave, which the chart's write-back of its view (a report) does not change.
  const [given, setGiven] = useState(fromAddress);
  if (!isReport && JSON.stringify(given) !== JSON.stringify(fromAddress)) setGiven(fromAddress);
  const notices = isReport ? inParamOrder(uniqueNotices([...fromAddress, ...keptThroughReport(given, url.window, adjusted && adjusted.asked)])) : fromAddress;
  const noticeKey = notices.length > 0 ? JSON.stringify(notices) : '';
  const visibleNotices = noticeKey && dismissed !== noticeKey ? notices : [];
  // The view switch moves with the view (into the chart's toolbar, above the list): the button
  // pressed, or the one for the view that replaced the "no events" state, takes focus again.
  const focusSwitch = useRef<'chart' | 'list' | null>(null);
  const chartSwitch = useRef<HTMLButtonElement>(null);
  const listSwitch = useRef<HTMLButtonElement>(null);
  const focusView = () => (view === 'chart' ? chartSwitch : listSwitch).current?.focus();
  // Back, Forward or the host page closing the panel with the focus in it: the focus goes back to
  // the event too, not to the page's body (the element that had it is gone with the panel).
  const leftPanel = useRef<Element | null>(null);
  /** The element the focus last left, wherever it was. */
  const left = useRef<Element | null>(null);
  useEffect(() => {
    const onOut = (e: FocusEvent) => {
      left.current = e.target instanceof Element ? e.target : null;
      leftPanel.current = left.current?.closest('.panel-host') ? left.current : null;
    };
    document.addEventListener('focusout', onOut, true);
    return () => document.removeEventListener('focusout', onOut, true);
  }, []);
  const shownId = useRef(selectedId);
  useEffect(() => {
    const prev = shownId.current;
    shownId.current = selectedId;
    const left = leftPanel.current;
    if (prev && !selectedId && left && !left.isConnected && document.activeElement === document.body && document.hasFocus()) returnFocus(prev);
    // returnFocus reads the view and the chart when it runs: only a closed panel calls it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);
  const showView = (which: 'chart' | 'list') => {
    if (which !== view) focusSwitch.current = which;
    change({ view: which });
  };
  // The "no events" state's Clear: the chart or list replaces it.
  const clear = () => {
    focusSwitch.current = view;
    setFilters({ agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null });
  };

  const noEvents = events.length === 0;
  useEffect(() => {
    const which = focusSwitch.current;
    focusSwitch.current = null;
    if (which) return (which === 'chart' ? chartSwitch : listSwitch).current?.focus();
    // Back or Forward took away the view (a row of the list, an event of the chart) the focus was
    // in: the switch of the view shown now takes it, not the page's body.
    if (left.current && !left.current.isConnected && document.activeElement === document.body && document.hasFocus()) focusView();
    // focusView reads the view as it is now: only a change of view calls it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, noEvents]);
  const viewToggle = (
    <div className="flex items-center gap-1" role="group" aria-label={t.view.label}>
      <button type="button" className="btn btn-small" aria-pressed={view === 'chart'} onClick={() => showView('chart')} ref={chartSwitch}>
        {t.view.chart}
      </button>
      <button type="button" className="btn btn-small" aria-pressed={view === 'list'} onClick={() => showView('list')} ref={listSwitch}>
        {t.view.list}
      </button>
    </div>
  );
  // How many events the view shows is said by the page's view live region (ViewLiveRegion.tsx),
  // there before this view: as it is first shown, with the dataset's problems, and as filters
  // change. Not while the filters' sheet is open: the page outside the modal sheet is hidden from
  // screen readers, and the sheet's own status says it.
  // Said again in the new language when the reader switches it: the region held the old one's words.
  const shownText = t.filters.shownNow(f.count(events.length), f.count(model.events.length));
  const saidCount = useRef<string | null>(null);
  useEffect(() => {
    const said = `${events.length} ${lang}`;
    if (saidCount.current === said) return;
    const first = saidCount.current === null;
    saidCount.current = said;
    // Emptied (which says nothing) while the sheet is open: not left holding a count no longer true.
    sayAboutView(sheetOpen ? '' : first && problemsSaid ? `${shownText} ${problemsSaid}` : shownText);
  }, [events.length, lang, shownText, problemsSaid, sheetOpen]);
  // Not left in the page for a reader to come across once this view has gone.
  useEffect(() => () => sayAboutView(''), []);
  const filterSheet = (
    <FilterSheetButton model={model} filters={filters} shownCount={events.length} onOpen={() => setSheetOpen(true)} className={embed ? '' : 'filters-fold sm:hidden'} ref={sheetButton} />
  );
  const controls = (
    <>
      {filterSheet}
      {viewToggle}
    </>
  );

  return (
    <div className={selected && !embed ? 'pb-[55vh] lg:pb-0 print:pb-0' : ''}>
      {visibleNotices.length > 0 && (
        <div role="status" className={`flex flex-wrap items-start justify-between gap-2 rounded-md border border-warn bg-panel ${embed ? 'my-1 px-2 py-1 text-xs' : 'mb-2 p-2 text-sm'}`}>
          {/* In the problems' script with their words: a well-formed address has none. */}
          <UrlNoticesOnDemand notices={visibleNotices} folded={embed} />
          <button
            type="button"
            // In an embed's one line, a cross: "Dismiss" by name, to a screen reader and on hover.
            className={`${embed ? 'link-button shrink-0 px-1 no-underline' : 'btn btn-small'} print:hidden`}
            aria-label={embed ? t.app.dismiss : undefined}
            title={embed ? t.app.dismiss : undefined}
            onClick={() => {
              setDismissed(noticeKey);
              // Not lost to the page with the notice: on to the view's switch.
              focusView();
            }}
          >
            {embed ? <span aria-hidden="true">×</span> : t.app.dismiss}
          </button>
        </div>
      )}
      <RegionBoundary name={t.app.regions.filters}>
        <FilterSheet
          model={model}
          filters={filters}
          counts={counts}
          shownCount={events.length}
          onChange={setFilters}
          history={!embed}
          open={sheetOpen}
          onClose={() => {
            setSheetOpen(false);
            // The button that opened it may have moved since (the view emptied or filled again). In
            // an embed, an event the host page opened meanwhile has the frame: its heading takes it.
            (embed && headingEl.current ? headingEl.current : sheetButton.current)?.focus();
          }}
        />
      </RegionBoundary>
      {!embed && (
        <div className="filters-bar relative mb-2 hidden sm:block print:block">
          {/* The filter bar is some 25 tab stops: the keyboard can go past it, to the chart's or the list's switch. */}
          <button type="button" className="btn btn-small sr-only bg-bg focus:not-sr-only focus:absolute focus:z-30 focus:px-2 print:hidden" onClick={focusView}>
            {t.filters.skip}
          </button>
          <RegionBoundary name={t.app.regions.filters}>
            <FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={setFilters} />
          </RegionBoundary>
        </div>
      )}
      {/* The panel beside the chart on a wide screen, and on a phone held sideways (short-wide), too short for a sheet over it. */}
      <div className={selected && !embed ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-4 short-wide:grid short-wide:grid-cols-[minmax(0,1fr)_min(20rem,42vw)] short-wide:gap-3 print:block' : ''}>
        <div className="min-w-0">
          {events.length === 0 ? (
            <>
              <div className="mb-2 flex flex-wrap items-center gap-1.5 print:hidden">{controls}</div>
              <div className="rounded-md border border-line bg-panel p-6 text-center">
                <p className="font-medium">{t.filters.none}</p>
                <button type="button" className="btn btn-small mt-3 print:hidden" onClick={clear}>
                  {t.filters.clear}
                </button>
              </div>
            </>
          ) : view === 'chart' ? (
            <RegionBoundary name={t.app.regions.chart} keep={controls}>
              <Timeline
                ref={timelineRef}
                model={model}
                events={chartEvents}
                days={chartDays}
                window={windowSeen.request}
                onViewChange={onViewChange}
                onWindowAdjusted={onWindowAdjusted}
                selectedId={selectedId}
                onOpen={open}
                // Escape on another mark than the open event's closes the panel and leaves the focus there.
                onEscape={(at) => selectedId && closeTo(at ?? selectedId)}
                embed={embed}
                toolbarStart={embed ? filterSheet : controls}
                toolbarEnd={embed ? viewToggle : undefined}
              />
            </RegionBoundary>
          ) : (
            <>
              <div className="mb-2 flex flex-wrap items-center gap-1.5 print:hidden">{controls}</div>
              <RegionBoundary name={t.app.regions.list}>
                <Suspense fallback={<p className="text-sm text-muted">{t.app.loadingPart(t.app.regions.list)}</p>}>
                  {/* Escape closes the panel from the list as from the chart, the focus staying where it is. */}
                  <LazyEventTable model={model} events={events} selectedId={selectedId} onSelect={open} onEscape={(at) => selectedId && closeTo(at)} order={url.sort} onOrder={(sort) => change({ sort })} />
                </Suspense>
              </RegionBoundary>
            </>
          )}
        </div>
        {selected && (
          <div
            ref={panelHost}
            style={band.at ? { paddingTop: band.at.top, paddingBottom: band.at.bottom } : undefined}
            className={
              embed
                ? // On paper, after the chart as on the full page: fixed over the frame, it printed alone.
                  'panel-host fixed inset-0 z-30 overflow-hidden bg-bg print:static print:mt-4 print:overflow-visible'
                : // A column: the panel (which scrolls) is held to the host's max-height, not cut by it.
                  'panel-host flex flex-col print:block print:static print:mt-4 print:max-h-none print:overflow-visible print:shadow-none fixed inset-x-0 bottom-0 z-20 max-h-[55vh] overflow-hidden border-t-2 border-line bg-bg shadow-[0_-4px_16px_rgba(0,0,0,0.15)] lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:rounded-md lg:border-2 short-wide:sticky short-wide:top-1 short-wide:max-h-[calc(100vh-0.5rem)] short-wide:self-start short-wide:rounded-md short-wide:border-2 short-wide:shadow-none'
            }
          >
            <RegionBoundary name={t.app.regions.panel}>
              <Suspense fallback={<p className="p-4 text-sm text-muted">{t.app.loadingPart(t.app.regions.panel)}</p>}>
              <LazyDetailPanel
                model={model}
                event={selected}
                onSelect={(id, how) => {
                  if (how !== 'step') focusPanel.current = true;
                  // Opening (a mark, a row, a link) adds to Back; Previous/Next replace the event, so Back leaves the panel, not step by step.
                  change({ event: id }, { replace: how !== 'follow' });
                }}
                onClose={close}
                {...(shareable ? { linkFor } : {})}
                headingRef={headingRef}
                highlight={shown.q}
                sequence={events}
                // In the list, Previous and Next go down and up its rows as shown (?sort=); in the chart, by date.
                newestFirst={view === 'list' && url.sort === 'newest'}
                isShown={isShown}
              />
              </Suspense>
            </RegionBoundary>
          </div>
        )}
      </div>
      {!embed && (
        <footer className="mt-4 flex flex-wrap print:[&>:not(p)]:hidden items-center gap-x-4 gap-y-2 border-t border-line pt-3">
          <ExportMenu
            model={model}
            events={events}
            filtered={isFiltered(shown)}
            filtersText={isFiltered(shown) ? activeFiltersText(shown, model, i18n) : null}
            getChart={() => timelineRef.current?.currentView() ?? null}
            credit={texts.credit ? creditLine(t.app.creditLabel, texts.credit) : ''}
            chartShown={view === 'chart' && events.length > 0}
          />
          {/* The view as shown: a value the page ignored (with a notice) is not passed on to every reader of the article. */}
          {shareable && <EmbedDialog title={texts.title} currentUrl={() => pageHrefWith({ ...url, ...filters, event: selectedId, window: wantedWindow, lang })} empty={events.length === 0} />}
          {texts.credit && (
            <p className="w-full text-xs text-muted" dir="auto">
              <DataCredit credit={texts.credit} lang={texts.creditLang} />
            </p>
          )}
          <TemplateHint />
        </footer>
      )}
    </div>
  );
}
