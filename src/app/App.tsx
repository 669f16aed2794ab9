import { Suspense, useDeferredValue, useId, useLayoutEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../features/dataset/datasetQuery.ts';
import { DataWarnings } from '../features/dataset/DataWarnings.tsx';
import { problemsSummary } from '../features/dataset/problemsSummary.ts';
import { LoadErrorState } from '../features/dataset/LoadErrorState.tsx';
import { LoadingState } from '../features/dataset/LoadingState.tsx';
import { useLoadProgress } from '../features/dataset/loadProgress.ts';
import { loadedSource, resolveDataSource, sourcePlace, type DatasetSource, type SourceResult } from '../features/dataset/datasetSource.ts';
import type { LoadedDataset } from '../features/dataset/loadDataset.ts';
import { DATA_PAGE_HOSTS } from '../features/dataset/dataPageHint.ts';
import { PostFrameHeight } from '../features/embed/useFrameHeight.ts';
import { FileDrop } from '../features/openFile/FileDrop.tsx';
import { SearchStandIn } from '../features/filters/SearchStandIn.tsx';
import { OpenFileButton } from '../features/openFile/OpenFileButton.tsx';
import { settleOpenFileFocus } from '../features/openFile/openFileFocus.ts';
import { say } from '../features/openFile/OpenFileLiveRegion.tsx';
import { LazyOpenFileStatus } from '../features/openFile/loadOpenFileParts.ts';
import { OpenFileNoticePart } from '../features/openFile/OpenFileNoticePart.tsx';
import type { OpenedFile } from '../features/openFile/openFileState.ts';
import { useOpenFile, type OpenFile } from './useOpenFile.ts';
import { useI18n } from '../shared/i18n/I18n.tsx';
import { translatedDataset } from '../shared/model/translated.ts';
import { EmbedCredit } from './EmbedCredit.tsx';
import type { Messages } from '../shared/i18n/catalogues/en.ts';
import { IS_EMBED } from './embedMode.ts';
import { pageHrefWith } from './pageUrl.ts';
import { readUrlState, writeUrlState } from '../shared/url/urlState.ts';
import { isolated } from '../shared/text/isolated.ts';
import { ReaderView } from './ReaderView.tsx';
import { sayAboutView, ViewLiveRegion } from './ViewLiveRegion.tsx';
import { RegionBoundary } from './RegionBoundary.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { useLocationSearch } from './useLocationSearch.ts';
import { NewTabLink } from '../shared/ui/NewTabLink.tsx';

/** The page's address without ?data=, which opens the bundled dataset. */
const bundledHref = (params: URLSearchParams) => pageHrefWith({ data: null }, params);

/**
 * Opening a file from this computer: the button and the status of a file on its way, which every
 * state of the page shows. Not in an embed, whose reader came to read a published timeline.
 */
interface FileControls {
  button: ReactNode;
  status: ReactNode;
}

export function App() {
  const { t } = useI18n();
  const [params] = useLocationSearch();
  const file = useOpenFile();
  const resolved = resolveDataSource(readUrlState(params).state.data, window.location.href);
  const controls: FileControls | null = IS_EMBED
    ? null
    : {
        button: <OpenFileButton onFile={file.open} />,
        status: (file.loading || file.failed || file.lost) && (
          <Suspense fallback={null}>
            <LazyOpenFileStatus loading={file.loading} failed={file.failed} lost={file.lost} onCancel={file.cancel} onDismiss={file.dismiss} say={say} />
          </Suspense>
        ),
      };
  return (
    <div className={IS_EMBED ? 'embed flex flex-col px-2 pb-2' : 'mx-auto flex min-h-screen max-w-7xl flex-col px-3 pb-10 sm:px-4'}>
      <ViewLiveRegion />
      {!IS_EMBED && <FileDrop onFile={file.open} />}
      {file.restoring !== null ? (
        // The file this tab had open before a reload (or an entry of it come back to by Back or
        // Forward), read again: not the address's dataset in the file's view. The page's frame, as
        // it will be: before, after Back or Forward only the file's name until the file was found.
        <>
          {/* The tab and the heading name the file, not the app or the timeline shown before. */}
          <title>{t.app.opening(file.restoring)}</title>
          <header className="pt-3 pb-2 sm:pt-5">
            {/* No "Open a file" until the file is found: a file chosen meanwhile would be replaced by the one found.
                The heading holds focus while the file is looked for and read after Back or Forward, whose view went (openFileFocus.ts). */}
            <TitleRow title={file.restoring} button={null} standIn />
          </header>
          {/* The lookup is shown, not said: it takes a moment, and its outcome ("Opening…", "was closed") is said. */}
          <main>{controls?.status || <LoadingState from={null} label={t.app.lookingFor(file.restoring)} live={false} />}</main>
        </>
      ) : file.opened ? (
        // One instance per file, as per dataset below.
        <FileView key={file.opened.id} opened={file.opened} file={file} controls={controls} />
      ) : resolved.ok ? (
        // One instance per dataset: nothing (the deferred first view included) carries over to another.
        <DatasetView key={resolved.source.url} source={resolved.source} params={params} controls={controls} />
      ) : (
        <main className={ERROR_PAGE.main}>
          {IS_EMBED && <PostFrameHeight />}
          <h1 className={ERROR_PAGE.title}>{t.app.name}</h1>
          {controls?.status}
          <div role="alert" className={`rounded-md border-2 border-danger bg-panel ${ERROR_PAGE.alert}`}>
            <h2 className="text-lg font-semibold">{t.dataset.couldNotLoad}</h2>
            <p className="mt-2 break-words" dir="auto">
              {refusalText(resolved, t)}
            </p>
            {/* Not in an embed: the sample timeline would take the place of the article's own. */}
            {!IS_EMBED && (
              <div className="mt-4 flex flex-wrap gap-3">
                <a href={bundledHref(params)} className="btn inline-block">
                  {t.dataset.openBundled}
                </a>
                {controls?.button}
              </div>
            )}
          </div>
        </main>
      )}
    </div>
  );
}

/**
 * Datasets with more events than this get their first view as a transition (see DatasetView).
 * At 10,000 events, after the loading state, the first view rendered at once is one task of
 * 57-84 ms here; as a transition its longest task was no shorter (median 57 ms and at most 77,
 * against 57 and 78) and the page became interactive about 80 ms later (against the build before,
 * in A/Bs of the same hour: 121 ms later as a transition, 38 at once): between its slices the page
 * paints the loading state and runs whatever else is queued. At 100,000 events at once would be a
 * task of several hundred ms.
 */
const DEFER_ABOVE = 10_000;

/** A page that could not show its dataset: in an embed, as compact as its header, so that the reason is in a 300×250 frame. */
const ERROR_PAGE = IS_EMBED
  ? // The buttons stay at the foot of a fixed frame (an ad slot) shorter than the reason above them.
    { main: 'py-1', title: 'text-base font-bold', alert: 'my-2 p-2 text-sm', actions: 'sticky bottom-0 mt-2 bg-panel py-2 print:static' }
  : { main: 'py-6', title: 'text-2xl font-bold', alert: 'my-6 p-4', actions: 'mt-4' };

/** Why ?data= was refused, in the interface's words. */
function refusalText(r: Extract<SourceResult, { ok: false }>, t: Messages): string {
  const value = isolated(JSON.stringify(r.value));
  if (r.why === 'invalid') return t.dataset.invalidAddress(value);
  return t.dataset.refused(value, r.why === 'not-https' ? t.dataset.onlyHttps : t.dataset.onlyFrom(r.allowed.join(', ')));
}

function DatasetView({ source, params, controls }: { source: DatasetSource; params: URLSearchParams; controls: FileControls | null }) {
  const { t } = useI18n();
  const navigate = useLocationSearch()[1];
  const query = useQuery(datasetQueryOptions(source.url));
  // The first view of a big dataset is rendered as a transition, which React splits into short
  // tasks: the page stays responsive instead of freezing while 100,000 events are laid out. A
  // small one is drawn at once.
  const deferred = useDeferredValue(query.data);
  const data = query.data && query.data.model.events.length <= DEFER_ABOVE ? query.data : deferred;
  const progress = useLoadProgress(source.url);
  const place = sourcePlace(source);
  if (query.isPending || (query.isSuccess && data === undefined)) {
    return (
      <main className="py-6">
        {controls?.status}
        <LoadingState from={place || null} progress={progress}>
          {/* A server may send a file slowly for ever (a byte now and then, never too long a wait): the reader is never held. */}
          {source.kind !== 'bundled' && !IS_EMBED && (
            <a href={bundledHref(params)} className="btn">
              {t.dataset.openBundled}
            </a>
          )}
        </LoadingState>
      </main>
    );
  }
  if (query.isError) {
    return (
      <main className={ERROR_PAGE.main}>
        {IS_EMBED && <PostFrameHeight />}
        <h1 className={ERROR_PAGE.title}>{t.app.name}</h1>
        {controls?.status}
        <LoadErrorState
          alertClass={ERROR_PAGE.alert}
          actionsClass={ERROR_PAGE.actions}
          withNextStep={!IS_EMBED}
          error={query.error}
          onRetry={() => void query.refetch()}
          sourceText={place ? t.app.dataFrom(place) : t.dataset.bundled}
          {...(source.kind === 'bundled' || IS_EMBED ? {} : { bundledHref: bundledHref(params) })}
          {...(source.kind === 'remote' && DATA_PAGE_HOSTS.includes(source.host) ? { dataPage: { url: source.url, hrefWithData: (data: string) => pageHrefWith({ data }, params), goToData: (data: string) => navigate(writeUrlState(params, { data })) } } : {})}
        />
        {controls?.button}
      </main>
    );
  }
  const loaded = data ?? query.data;
  // Named by where the data really came from, which a redirect may have changed.
  const loadedPlace = sourcePlace(loadedSource(source, loaded.url, window.location.href));
  return <LoadedView data={loaded} label={loadedPlace ? t.app.dataFrom(loadedPlace) : ''} controls={controls} />;
}

/** A file opened on this computer, shown like any dataset, with a notice in place of the address's label. */
function FileView({ opened, file, controls }: { opened: OpenedFile; file: OpenFile; controls: FileControls | null }) {
  // As for a dataset from an address: a big file's first view is a transition, in short tasks.
  const small = opened.data.model.events.length <= DEFER_ABOVE;
  // null, not undefined: React takes an undefined initial value for none.
  const data = useDeferredValue<LoadedDataset | null>(opened.data, small ? opened.data : null);
  if (!data) {
    return (
      <main className="py-6">
        {opened.typing !== undefined && <SearchStandIn initial={opened.typing} />}
        <LoadingState from={opened.name} />
      </main>
    );
  }
  const notice = (
    <OpenFileNoticePart name={opened.name} othersDropped={opened.othersDropped} notKept={opened.notKept} takeFocus={!opened.reread} format={data.format} model={data.model} onClose={file.close} say={say} />
  );
  return <LoadedView data={data} label="" controls={controls} notice={notice} onReadDates={file.readDatesAs} datesRead={opened.reread} />;
}

interface LoadedViewProps {
  data: LoadedDataset;
  /** "Data from …": where the data came from (empty for the bundled dataset). */
  label: string;
  controls: FileControls | null;
  /** For a file opened on this computer: what the page says about it. Its view cannot be shared as a link. */
  notice?: ReactNode;
  /** For a file opened on this computer: reads it again with its ambiguous dates in another order. */
  onReadDates?: (order: 'dmy' | 'mdy') => void;
  /** The file was just read again that way: the button to read it the other way takes focus. */
  datesRead?: boolean | undefined;
}

/** A loaded dataset: its header, what the file's problems are, and the reader's view. */
function LoadedView({ data, label, controls, notice, onReadDates, datesRead }: LoadedViewProps) {
  const { t, f, lang } = useI18n();
  const { model, problems, unlisted, problemCount, eventCount, droppedEvents } = data;
  const shown = translatedDataset(model, lang, t.dataset.untitled);
  // Said with what the view shows as it is first shown (the problems box, shown with it, is not live).
  const problemsSaid = problems.length > 0 ? problemsSummary({ problemCount, eventCount, droppedEvents }, t, f) : null;
  return (
    <>
      {/* React puts it in <head>: the tab and bookmarks name the timeline in the reader's language. */}
      <title>{shown.title}</title>
      {IS_EMBED ? (
        <EmbedHeader title={shown.title} titleLang={shown.titleLang} />
      ) : (
        <header className="pt-3 pb-2 sm:pt-5">
          <TitleRow title={shown.title} lang={shown.titleLang} button={controls?.button} />
          {label && (
            <p className="text-sm font-medium text-muted" dir="auto">
              {label}
            </p>
          )}
          {shown.description && <FoldedText text={shown.description} lang={shown.descriptionLang} />}
        </header>
      )}
      {controls?.status}
      {notice}
      <DataWarnings problems={problems} unlisted={unlisted} problemCount={problemCount} eventCount={eventCount} droppedEvents={droppedEvents} {...(onReadDates ? { onReadDates } : {})} datesRead={datesRead} folded={IS_EMBED} say={sayAboutView} />
      <main>
        <RegionBoundary name={t.app.regions.view}>
          <ReaderView model={model} embed={IS_EMBED} shareable={notice === undefined} problemsSaid={problemsSaid} />
        </RegionBoundary>
      </main>
      {IS_EMBED && (label || shown.credit) && <EmbedCredit credit={shown.credit} creditLang={shown.creditLang} label={label} />}
    </>
  );
}

/** The page's title, and beside it "Open a file" and the language. */
function TitleRow({ title, lang, button, standIn }: { title: string; lang?: string | undefined; button: ReactNode; standIn?: boolean }) {
  return (
    <div className="flex items-start justify-between gap-3">
      {/* A title longer than a headline (up to 300 characters) is set smaller on a phone, or it filled the first screen. */}
      <h1 className={`min-w-0 font-bold text-balance wrap-anywhere sm:text-2xl ${title.length > 90 ? 'text-base' : 'text-xl'}`} dir="auto" lang={lang} {...(standIn && { tabIndex: -1, 'data-focus-stand-in': '' })}>
        {title}
      </h1>
      {/* Stacked on a phone, where the title needs the width. */}
      <div className="flex shrink-0 flex-col items-end gap-1.5 sm:flex-row sm:items-center sm:gap-2 print:hidden">
        {button}
        <LanguageSwitcher />
      </div>
    </div>
  );
}

/**
 * The embed's compact header: the title, on up to two lines, and the way out to the full view (the
 * credit is at the foot). In a narrow frame the way out is its arrow, named in words: beside its
 * words the title had a third of a 300-pixel frame, and was cut to "Roscosmos and t…".
 */
function EmbedHeader({ title, titleLang }: { title: string; titleLang: string | undefined }) {
  const { lang, t } = useI18n();
  const full = pageHrefWith({ embed: false, lang });
  useLayoutEffect(settleOpenFileFocus, []);
  return (
    <header className="relative flex items-start justify-between gap-x-2 pt-1 pb-1">
      {/* Takes the focus after Retry, where the full page gives it to "Open a file" (openFileFocus.ts).
          Narrow, its first line makes room for the arrow, its second has the frame's width (index.css). */}
      <h1 className="embed-title line-clamp-2 min-w-0 text-sm print:line-clamp-none leading-snug font-bold text-balance wrap-anywhere" dir="auto" lang={titleLang} title={title} tabIndex={-1} data-takes-focus="">
        {title}
      </h1>
      <NewTabLink href={full} className="embed-full -my-0.5 block min-h-6 min-w-6 shrink-0 py-1 text-center text-xs leading-4 text-accent underline print:hidden">
        <span>{t.app.openFullView}</span>
      </NewTabLink>
    </header>
  );
}

/** A description folded to one line with "More", so that the chart comes first; `lang`: the text's language where it is not the page's (writtenLang). */
function FoldedText({ text, lang }: { text: string; lang: string | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  // A line holds about 90 characters at the widest: shorter text never needs folding.
  const long = text.length > 90;
  return (
    <div className="mt-1 flex max-w-4xl items-baseline gap-2 text-sm text-muted">
      <p id={id} dir="auto" lang={lang} className={long && !open ? 'line-clamp-1 print:line-clamp-none' : ''}>
        {text}
      </p>
      {long && (
        <button type="button" className="link-button shrink-0 text-sm print:hidden" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t.app.less : t.app.more}
        </button>
      )}
    </div>
  );
}
