import { queryOptions } from '@tanstack/react-query';
import { fetchDataset } from './fetchDataset.ts';

/** The one query for a dataset file: keyed by its URL, never stale (a file does not change under us). */
export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    retry: false,
  });
