import { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '../features/dataset/datasetQuery.ts';
import { resolveDataSource } from '../features/dataset/datasetSource.ts';
import { readUrlState } from '../shared/url/urlState.ts';

/*
 * The dataset's request goes out from here, the first of the app's modules to run (main.tsx
 * imports it first): the rest of the script, ICU's first initialisation among it, then runs while
 * the file is on its way instead of before it is asked for.
 */

export const queryClient = new QueryClient();

const source = resolveDataSource(readUrlState(new URLSearchParams(window.location.search)).state.data, window.location.href);

/** Settles when the dataset has loaded or failed (prefetchQuery never rejects). */
export const datasetLoading: Promise<void> = source.ok ? queryClient.prefetchQuery(datasetQueryOptions(source.source.url)) : Promise.resolve();
