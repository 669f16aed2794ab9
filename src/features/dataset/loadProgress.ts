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

/** "12.3 MB received", "12.3 MB of 40.0 MB read", "Checking the events…", "Checking the events: 45,000 of 100,000". */
export function describeProgress(p: LoadProgress, { t, f }: Pick<I18n, 't' | 'f'>): string {
  if (p.stage === 'check') return p.events ? t.dataset.checkingEvents(f.count(p.events.checked), f.count(p.events.total)) : t.dataset.checking;
  if (p.stage === 'read') return t.openFile.read(f.bytes(p.bytes), f.bytes(p.total));
  return t.dataset.received(f.bytes(p.bytes));
}

/** A progress bar's value and maximum where the end is known (a local file's size, the events to check); none: indeterminate. */
export function progressBarValue(p: LoadProgress | undefined): { value: number; max: number } | Record<string, never> {
  if (p?.stage === 'read') return { value: p.bytes, max: p.total };
  if (p?.stage === 'check' && p.events && p.events.total > 0) return { value: p.events.checked, max: p.events.total };
  return {};
}
