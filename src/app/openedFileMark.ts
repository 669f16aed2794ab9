/**
 * What this tab's history entry remembers of a file opened on the page (history.state, kept by a
 * reload and by Back and Forward, never in the address): the key it was kept under, its name, and
 * the address's view before it was opened (a query string), to return to if it cannot be found.
 */
export interface OpenedFileMark {
  key: string;
  name: string;
  /** Its size in bytes: said if it could not be kept (too large), and told apart from another file of its name. */
  size?: number;
  before: string;
}

const FIELD = 'openedFile';

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The mark in a history entry's state, or null: the state is checked, never trusted. */
export function readOpenedFileMark(state: unknown): OpenedFileMark | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark: unknown = (state as Record<string, unknown>)[FIELD];
  if (typeof mark !== 'object' || mark === null) return null;
  const { key, name, size, before } = mark as Record<string, unknown>;
  if (!(isText(key, 100) && key !== '' && isText(name, 1000) && isText(before, 100_000))) return null;
  // A mark of an earlier version has no size: still the file's.
  return Number.isSafeInteger(size) && (size as number) >= 0 ? { key, name, size: size as number, before } : { key, name, before };
}

/** Sets (or, with null, clears) the current history entry's mark; navigations carry it on (useLocationSearch). */
export function writeOpenedFileMark(mark: OpenedFileMark | null): void {
  try {
    const state: unknown = window.history.state;
    const others = typeof state === 'object' && state !== null ? state : {};
    window.history.replaceState({ ...others, [FIELD]: mark }, '', window.location.href);
  } catch {
    // A sandboxed frame may forbid history changes: the file is then simply not found again.
  }
}
