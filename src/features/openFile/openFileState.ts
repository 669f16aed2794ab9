import type { LoadedDataset } from '../dataset/loadDataset.ts';
import type { LoadProgress } from '../dataset/pipeline.ts';
import type { KeepResult } from './keptFiles.ts';

/** A file the reader opened on this computer, loaded: what the page shows instead of the address's dataset. */
export interface OpenedFile {
  /** A new number for every file opened, so that nothing of one view carries over to the next. */
  id: number;
  name: string;
  data: LoadedDataset;
  /** How many other files were dropped with it (not opened: one timeline at a time). */
  othersDropped: number;
  /** Read again, its dates the other way round: focus goes back to the button that did it, not to the notice. */
  reread?: boolean;
  /** The search the reader was typing as it came in (they were in the box): a box holds it, and their keys, while a big file's first view is drawn. */
  typing?: string | undefined;
  /** Why this browser did not keep it (keptFiles.ts): a reload will close it. */
  notKept?: Exclude<KeepResult, 'kept'>;
}

export interface OpenFileState {
  opened: OpenedFile | null;
  /** A file being read and checked, and how far that has got. */
  loading: { name: string; progress?: LoadProgress } | null;
  /** A file that could not be opened; the timeline shown before stays. */
  failed: { name: string; error: unknown } | null;
  /** The name of the file this tab had open before a reload (or Back), being looked for and read again: nothing else is shown meanwhile. */
  restoring: string | null;
  /** The file this tab's history entry had open, not found again after a reload or Back: to open again. `closed`: the reader closed it. */
  lost: { name: string; closed: boolean; size?: number | undefined } | null;
}
