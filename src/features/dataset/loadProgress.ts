import { useSyncExternalStore } from 'react';
import type { LoadProgress } from './pipeline.ts';
import type { I18n } from '../../shared/i18n/I18n.tsx';

/*
 * How far each dataset's loading has got, by URL: the query's fetcher reports it, the loading
 * state reads it. A query result cannot carry it, since it only exists once loading is done.
 */
const progressByUrl = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

/** Records how far loading `url` has got; undefined when a new attempt starts. */
export function reportProgress(url: string, progress: LoadProgress | undefined): void {
  if (progress) progressByUrl.set(url, progress);
  else progressByUrl.delete(url);
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The latest progress of loading `url`, or undefined before any. */
export function useLoadProgress(url: string): LoadProgress | undefined {
  return useSyncExternalStore(subscribe, () => progressByUrl.get(url));
}

/** "12.3 MB received", "12.3 MB of 40.0 MB read", "Checking the events…". */
export function describeProgress(p: LoadProgress, { t, f }: Pick<I18n, 't' | 'f'>): string {
  if (p.stage === 'check') return t.dataset.checking;
  if (p.stage === 'read') return t.openFile.read(f.bytes(p.bytes), f.bytes(p.total));
  return t.dataset.received(f.bytes(p.bytes));
}
