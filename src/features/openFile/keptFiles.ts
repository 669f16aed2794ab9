import type { DateOrder } from '../../shared/import/cellDate.ts';

/**
 * Files opened on the page, kept in this browser (IndexedDB, never uploaded) so that a reload
 * of the tab opens them again; each under the key its history entry remembers (openedFileMark.ts).
 */
export interface KeptFile {
  file: File;
  othersDropped: number;
  dateOrder: DateOrder | null;
}

/** The largest file kept across a reload: a larger one is opened again by the reader. */
export const KEPT_FILE_BYTES = 16 * 1024 * 1024;
/** How many files are kept at most (one per tab that had one open), the newest; and for how long. */
const KEEP_AT_MOST = 4;
const KEEP_FOR_MS = 2 * 24 * 60 * 60 * 1000;

const DB = 'opened-files';
const STORE = 'files';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('no storage'));
  });
}

/** Runs `work` in one transaction and resolves with what it set once that transaction is done. */
async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void) => void): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result: T | undefined;
      let set = false;
      work(tx.objectStore(STORE), (value) => {
        result = value;
        set = true;
      });
      tx.oncomplete = () => (set ? resolve(result as T) : reject(new Error('nothing read')));
      tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
      tx.onabort = () => reject(tx.error ?? new Error('storage failed'));
    });
  } finally {
    db.close();
  }
}

interface Stored extends KeptFile {
  savedAt: number;
}

function isStored(v: unknown): v is Stored {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return s.file instanceof File && typeof s.othersDropped === 'number' && (s.dateOrder === null || s.dateOrder === 'dmy' || s.dateOrder === 'mdy') && typeof s.savedAt === 'number';
}

/**
 * The keys of the files the reader closed in this tab (or opened another over): its older history
 * entries still name them, and a reload or Back there says the file was closed, not that the
 * browser failed to keep it. In sessionStorage, which lives as long as the tab's history (and in
 * this page's memory, where the browser keeps nothing).
 */
const CLOSED = 'closed-files';
const closedHere = new Set<string>();

function closedKeys(): string[] {
  try {
    const keys: unknown = JSON.parse(sessionStorage.getItem(CLOSED) ?? '[]');
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function markClosed(key: string): void {
  closedHere.add(key);
  try {
    // The newest 50: a tab's history holds at most that many entries in most browsers.
    sessionStorage.setItem(CLOSED, JSON.stringify([...closedKeys().filter((k) => k !== key), key].slice(-50)));
  } catch {
    // Kept in memory only: a reload then says the file was not kept.
  }
}

/** Whether the file was kept (else why not: too large, or the browser keeps nothing for the page). */
export type KeepResult = 'kept' | 'too-large' | 'no-storage';

/** Keeps a file under `key`, closing `replaced` (the file it was opened over) and dropping old ones. */
export async function keepFile(key: string, kept: KeptFile, replaced: string | null): Promise<KeepResult> {
  if (replaced) markClosed(replaced);
  if (kept.file.size > KEPT_FILE_BYTES) {
    if (replaced) await forgetFile(replaced, true);
    return 'too-large';
  }
  try {
    const now = Date.now();
    return await inStore<KeepResult>('readwrite', (store, done) => {
      if (replaced) store.delete(replaced);
      store.put({ ...kept, savedAt: now } satisfies Stored, key);
      const others: { key: IDBValidKey; savedAt: number }[] = [];
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c) {
          if (c.key !== key && c.key !== replaced) others.push({ key: c.key, savedAt: isStored(c.value) ? c.value.savedAt : 0 });
          c.continue();
          return;
        }
        others.sort((a, b) => b.savedAt - a.savedAt);
        others.forEach((o, i) => {
          if (i >= KEEP_AT_MOST - 1 || now - o.savedAt > KEEP_FOR_MS) store.delete(o.key);
        });
        done('kept');
      };
    });
  } catch {
    return 'no-storage';
  }
}

/** The file kept under `key`; 'closed' if the reader closed it in this tab; null if there is none (or the browser keeps nothing). */
export async function findKeptFile(key: string): Promise<KeptFile | 'closed' | null> {
  if (closedHere.has(key) || closedKeys().includes(key)) return 'closed';
  try {
    const value = await inStore<unknown>('readonly', (store, done) => {
      const request = store.get(key);
      request.onsuccess = () => done(request.result);
    });
    if (!isStored(value)) return null;
    return { file: value.file, othersDropped: value.othersDropped, dateOrder: value.dateOrder };
  } catch {
    return null;
  }
}

/** Forgets the file kept under `key`: `closed` by the reader, or not to be found again (not kept, or unreadable). */
export async function forgetFile(key: string, closed: boolean): Promise<void> {
  if (closed) markClosed(key);
  try {
    await inStore<true>('readwrite', (store, done) => {
      store.delete(key);
      done(true);
    });
  } catch {
    // Nothing kept, nothing to forget.
  }
}
