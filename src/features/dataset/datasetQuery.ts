import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_SOURCE } from './datasetSource.ts';
import { loadDataset } from './loadDataset.ts';
import { loadBundledScript } from './loadBundledScript.ts';

/** The one query for a dataset file: keyed by its URL, never stale (a file does not change under us). */
export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => loadDataset(url, signal, url === BUNDLED_SOURCE.url ? { fallbackText: loadBundledScript, trusted: true } : {}),
    staleTime: Infinity,
    retry: false,
    // Offline, TanStack Query would pause and leave the spinner forever; fail with a message instead.
    networkMode: 'always',
  });
