import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { loadFile } from '../features/dataset/loadDataset.ts';
import type { DateOrder } from '../shared/import/cellDate.ts';
import { localeDateOrder } from '../shared/dates/localeDateOrder.ts';
import { loadKeptFiles, preloadOpenFileParts } from '../features/openFile/loadOpenFileParts.ts';
import type { OpenFileState } from '../features/openFile/openFileState.ts';
import { focusOpenFileButton, settleOpenFileFocus } from '../features/openFile/openFileFocus.ts';
import type { LoadProgress } from '../features/dataset/pipeline.ts';
import { searchBoxHasFocus, searchNow } from '../features/filters/typedSearch.ts';
import { readUrlState, writeUrlState, type UrlState } from '../shared/url/urlState.ts';
import { IS_EMBED } from './embedMode.ts';
import { readOpenedFileMark, writeOpenedFileMark, type OpenedFileMark } from './openedFileMark.ts';
import { useLocationSearch } from './useLocationSearch.ts';

/** The parts of the address that belong to one dataset's view (its events, actors and days). */
type ViewState = Pick<UrlState, 'agencies' | 'role' | 'kinds' | 'q' | 'from' | 'to' | 'event' | 'window'>;

/** The view of a dataset as first opened: no filter, no event, the whole time span. */
const FRESH_VIEW: ViewState = { agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null, event: null, window: null };

/** The dataset view the address holds now, to return to when the file is closed. */
function viewOf(state: UrlState): ViewState {
  const { agencies, role, kinds, q, from, to, event, window } = state;
  return { agencies, role, kinds, q, from, to, event, window };
}

/** A view as a query string (for the history entry's mark), and back. */
const viewText = (view: ViewState) => writeUrlState(new URLSearchParams(), view).toString();
const viewFrom = (text: string) => viewOf(readUrlState(new URLSearchParams(text)).state);

const NO_FILE: OpenFileState = { opened: null, loading: null, failed: null, restoring: null, lost: null };
let nextId = 1;

/** The file this tab had open when the page was reloaded (or came back to by Back), if any. */
const markOnLoad = (): OpenedFileMark | null => (IS_EMBED ? null : readOpenedFileMark(window.history.state));

/**
 * Opening files from this computer: each goes through the same loading pipeline as ?data= (in
 * the worker, never uploaded). While it loads, and when it fails, the timeline shown before stays;
 * once loaded it replaces it, with a fresh view (filters and the open event belong to a dataset).
 * Closing it returns to the address's dataset, in the view it had.
 *
 * The file is kept in this browser (keptFiles.ts) under a key its history entry remembers, so that
 * a reload opens it again in the view it had. One that cannot be found again (too large to keep,
 * no storage) is not guessed at: the address's dataset comes back in the view it had before, and
 * the reader is told to open the file again. So is one the reader closed, come back to by a reload,
 * Back or Forward: the file is said to be closed, and that entry of the file's view is put right.
 * Back and Forward show each entry's own timeline: a file's, or the address's dataset's.
 */
export function useOpenFile() {
  const [mark, setMark] = useState(markOnLoad);
  const [state, setState] = useState<OpenFileState>(() => (mark ? { ...NO_FILE, loading: { name: mark.name }, restoring: mark.name } : NO_FILE));
  const [, navigate] = useLocationSearch();
  const running = useRef<AbortController | null>(null);
  // Focus asked for "Open a file" (Cancel, Close the file, Dismiss, Back) goes there in the commit that took away what held it.
  useLayoutEffect(settleOpenFileFocus);
  /** The address's view before the first file was opened. */
  const before = useRef<ViewState | null>(mark ? viewFrom(mark.before) : null);
  /**
   * The file whose timeline is shown, to read again with another date order: set when it has
   * loaded, so that a file that failed or was cancelled since is not the one read again.
   */
  const shown = useRef<{ file: File; othersDropped: number } | null>(null);
  /** The key the shown file is kept under. */
  const keptKey = useRef<string | null>(mark?.key ?? null);
  /** The mark was come back to by Back or Forward, not by loading the page. */
  const popped = useRef(false);
  /** A file of a view that could not be shown again (not kept): its view, for when the reader opens it again. */
  const reopen = useRef<{ name: string; size: number | undefined; view: ViewState } | null>(null);

  /**
   * The file of the mark is not shown: back to the address's dataset in its view before, saying why
   * if the reader did not just close it (`said`: it was closed before, or could not be found again).
   */
  const giveUp = useCallback(
    (name: string, said: 'closed' | 'lost' | null, size?: number) => {
      // The file's view, the address's now, comes back if the reader opens the file again.
      if (said === 'lost') reopen.current = { name, size, view: viewOf(readUrlState(new URLSearchParams(window.location.search)).state) };
      const view = before.current ?? FRESH_VIEW;
      before.current = null;
      writeOpenedFileMark(null);
      if (keptKey.current) {
        const key = keptKey.current;
        void loadKeptFiles().then((m) => m.forgetFile(key, said !== 'lost'), () => undefined);
      }
      keptKey.current = null;
      navigate(writeUrlState(new URLSearchParams(window.location.search), view), { replace: true });
      setState({ ...NO_FILE, lost: said && { name, closed: said === 'closed', size } });
    },
    [navigate],
  );

  const open = useCallback(
    (file: File, othersDropped = 0, dateOrder?: DateOrder, restoring = false) => {
      // The file's view comes with its notice, not before it (App.tsx, FileView).
      const parts = preloadOpenFileParts();
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const name = file.name;
      /** What the reader searched for as the file was chosen: a search typed since is meant for the file. */
      const searchBefore = searchNow(readUrlState(new URLSearchParams(window.location.search)).state.q);
      setState((s) => ({ ...s, loading: { name }, failed: null, lost: null }));
      const onProgress = (progress: LoadProgress) => {
        if (!controller.signal.aborted) setState((s) => (s.loading ? { ...s, loading: { name, progress } } : s));
      };
      // A spreadsheet's 03/04/2022 is read as the reader's own locale writes dates, unless they chose.
      const dates = { defaultDateOrder: localeDateOrder(navigator.language), ...(dateOrder ? { dateOrder } : {}) };
      Promise.all([loadFile(file, controller.signal, onProgress, dates), parts]).then(
        ([data]) => {
          if (controller.signal.aborted) return;
          const id = nextId++;
          /** The search the reader is typing as the file comes in, for the box that holds it while its first view is drawn. */
          let typing: string | undefined;
          if (!restoring) {
            const params = new URLSearchParams(window.location.search);
            const now = readUrlState(params).state;
            const search = searchNow(now.q);
            before.current ??= { ...viewOf(now), q: searchBefore };
            // The file shown, read again (its dates the other way round), keeps the reader's view
            // (its event, if still in it); another file opens on a fresh view, with the search
            // typed while it loaded (not lost: it was meant for the file).
            const reread = !!dateOrder && file === shown.current?.file;
            // The file of a view a reload could not show again (not kept), opened again: that view.
            const again = reopen.current && reopen.current.name === name && (reopen.current.size ?? file.size) === file.size ? reopen.current.view : null;
            if (!reread) reopen.current = null;
            const fresh = again ?? FRESH_VIEW;
            const event = reread ? now.event : fresh.event;
            const view = {
              ...(reread ? {} : { ...fresh, q: search === searchBefore ? fresh.q : search }),
              ...(event && !data.model.eventsById.has(event) ? { event: null } : {}),
            };
            // A file opened is an entry of its own, so that Back returns to the view it was opened
            // over (on a tab's first page, not out of the app); the same file read again is not.
            navigate(writeUrlState(params, view), reread ? { replace: true } : { newEntry: true });
            if (searchBoxHasFocus()) typing = view.q ?? now.q;
            // The file shown, read again (its dates the other way round), is kept under its key: its entries stay its own.
            const key = (file === shown.current?.file && keptKey.current) || `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
            const replaced = key === keptKey.current ? null : keptKey.current;
            keptKey.current = key;
            writeOpenedFileMark({ key, name, size: file.size, before: viewText(before.current) });
            void loadKeptFiles()
              .then((m) => m.keepFile(key, { file, othersDropped, dateOrder: dateOrder ?? null }, replaced))
              .catch(() => 'no-storage' as const)
              .then((kept) => {
                // Said in the file's notice now, not learnt at the next reload.
                if (kept !== 'kept') setState((s) => (s.opened?.id === id ? { ...s, opened: { ...s.opened, notKept: kept } } : s));
              });
          }
          shown.current = { file, othersDropped };
          setState({ opened: { id, name, data, othersDropped, reread: !!dateOrder && !restoring, typing }, loading: null, failed: null, restoring: null, lost: null });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (restoring) giveUp(name, 'lost', file.size);
          else setState((s) => ({ ...s, loading: null, failed: { name, error } }));
        },
      );
    },
    [navigate, giveUp],
  );

  // After a reload (or Back to it, below): the file this entry had open, from where it was kept, in the view it had.
  useEffect(() => {
    if (!mark) return;
    let live = true;
    loadKeptFiles()
      .then((m) => m.findKeptFile(mark.key))
      .catch(() => null)
      .then((kept) => {
        // Cancelled while it was looked for (giveUp forgot the key): the reader chose the address's dataset.
        if (!live || keptKey.current !== mark.key) return;
        if (kept && kept !== 'closed') open(kept.file, kept.othersDropped, kept.dateOrder ?? undefined, true);
        else {
          giveUp(mark.name, kept ?? 'lost', mark.size);
          if (popped.current) focusOpenFileButton();
        }
      });
    return () => {
      live = false;
    };
  }, [mark, open, giveUp]);

  // Back or Forward to an entry of another file than the one shown, or of none: each entry shows its
  // own. A file is looked for as after a reload (shown if kept, else said closed or not kept); an
  // entry of none shows the address's dataset, the file shown before staying kept for Forward.
  // Never one dataset in another's view.
  useEffect(() => {
    const onPopState = () => {
      const m = readOpenedFileMark(window.history.state);
      if ((m?.key ?? null) === keptKey.current) return;
      running.current?.abort();
      shown.current = null;
      keptKey.current = m?.key ?? null;
      before.current = m && viewFrom(m.before);
      popped.current = true;
      // While a file is looked for (briefly: its script is loaded), the page's frame and "Looking for
      // … in this browser", not "Opening…" before it is found. The view that held focus goes: the
      // heading holds it until the file's notice or, where the file is not found, "Open a file" takes it.
      setState({ ...NO_FILE, restoring: m?.name ?? null });
      if (m) setMark(m);
      focusOpenFileButton();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
    // Cancelling the file a reload (or Back) was opening again: the address's dataset, as it was before the file.
    if (state.restoring !== null) giveUp(state.restoring, null);
    else setState((s) => ({ ...s, loading: null }));
    // Cancel went with the progress it was in.
    focusOpenFileButton();
  }, [state.restoring, giveUp]);

  const close = useCallback(() => {
    running.current?.abort();
    shown.current = null;
    giveUp('', null);
    focusOpenFileButton();
  }, [giveUp]);

  const dismiss = useCallback(() => {
    setState((s) => ({ ...s, failed: null, lost: null }));
    // Dismiss went with the message it was in.
    focusOpenFileButton();
  }, []);

  /** Reads the open file again with its ambiguous dates (03/04/2022) in the order the reader chose. */
  const readDatesAs = useCallback(
    (order: DateOrder) => {
      if (shown.current) open(shown.current.file, shown.current.othersDropped, order);
    },
    [open],
  );

  return { ...state, open, cancel, close, dismiss, readDatesAs };
}

export type OpenFile = ReturnType<typeof useOpenFile>;
