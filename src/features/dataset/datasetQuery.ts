import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_SOURCE } from './datasetSource.ts';
import { loadDataset } from './loadDataset.ts';
import { loadBundledScript } from './loadBundledScript.ts';
import { bundledTextInPage } from './bundledInPage.ts';
import { reportProgress } from './loadProgress.ts';

/** The one query for a dataset file: keyed by its URL, never stale (a file does not change under us). */
export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => {
      if (url === BUNDLED_SOURCE.url) return loadDataset(url, signal, { fallbackText: loadBundledScript, trusted: true, inPage: bundledTextInPage });
      reportProgress(url, undefined);
      return loadDataset(url, signal, { onProgress: (p) => reportProgress(url, p) });
    },
    staleTime: Infinity,
    retry: false,
    // Offline, TanStack Query would pause and leave the spinner forever; fail with a message instead.
    networkMode: 'always',
  });
