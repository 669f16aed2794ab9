import { useCallback, useRef, useState } from 'react';
import { loadFile } from '../features/dataset/loadDataset.ts';
import type { DateOrder } from '../shared/import/cellDate.ts';
import { localeDateOrder } from '../shared/dates/localeDateOrder.ts';
import { preloadOpenFileParts } from '../features/openFile/loadOpenFileParts.ts';
import type { OpenFileState } from '../features/openFile/openFileState.ts';
import type { LoadProgress } from '../features/dataset/pipeline.ts';
import { readUrlState, writeUrlState, type UrlState } from '../shared/url/urlState.ts';
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

const NO_FILE: OpenFileState = { opened: null, loading: null, failed: null };
let nextId = 1;

/**
 * Opening files from this computer: each goes through the same loading pipeline as ?data= (in
 * the worker, never uploaded). While it loads, and when it fails, the timeline shown before stays;
 * once loaded it replaces it, with a fresh view (filters and the open event belong to a dataset).
 * Closing it returns to the address's dataset, in the view it had.
 */
export function useOpenFile() {
  const [state, setState] = useState<OpenFileState>(NO_FILE);
  const [, navigate] = useLocationSearch();
  const running = useRef<AbortController | null>(null);
  /** The address's view before the first file was opened. */
  const before = useRef<ViewState | null>(null);
  /**
   * The file whose timeline is shown, to read again with another date order: set when it has
   * loaded, so that a file that failed or was cancelled since is not the one read again.
   */
  const shown = useRef<{ file: File; othersDropped: number } | null>(null);

  const open = useCallback(
    (file: File, othersDropped = 0, dateOrder?: DateOrder) => {
      preloadOpenFileParts();
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const name = file.name;
      setState((s) => ({ ...s, loading: { name }, failed: null }));
      const onProgress = (progress: LoadProgress) => {
        if (!controller.signal.aborted) setState((s) => (s.loading ? { ...s, loading: { name, progress } } : s));
      };
      // A spreadsheet's 03/04/2022 is read as the reader's own locale writes dates, unless they chose.
      const dates = { defaultDateOrder: localeDateOrder(navigator.language), ...(dateOrder ? { dateOrder } : {}) };
      loadFile(file, controller.signal, onProgress, dates).then(
        (data) => {
          if (controller.signal.aborted) return;
          const params = new URLSearchParams(window.location.search);
          before.current ??= viewOf(readUrlState(params).state);
          navigate(writeUrlState(params, FRESH_VIEW), { replace: true });
          shown.current = { file, othersDropped };
          setState({ opened: { id: nextId++, name, data, othersDropped }, loading: null, failed: null });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState((s) => ({ ...s, loading: null, failed: { name, error } }));
        },
      );
    },
    [navigate],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    setState((s) => ({ ...s, loading: null }));
  }, []);

  const close = useCallback(() => {
    running.current?.abort();
    const view = before.current ?? FRESH_VIEW;
    before.current = null;
    shown.current = null;
    navigate(writeUrlState(new URLSearchParams(window.location.search), view), { replace: true });
    setState(NO_FILE);
    // "Close the file" went with the file's view: focus returns to "Open a file" in the one shown now.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-open-file-button]')?.focus());
  }, [navigate]);

  const dismiss = useCallback(() => setState((s) => ({ ...s, failed: null })), []);

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
