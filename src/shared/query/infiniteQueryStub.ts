/*
 * Built in place of TanStack Query's infiniteQueryBehavior (vite.config.ts,
 * queryCoreWithoutMutations): a query runs it only when made by useInfiniteQuery, which this app
 * does not use (see mutationCacheStub.ts).
 */
export function infiniteQueryBehavior(): never {
  throw new Error('This build has no infinite queries (vite.config.ts, queryCoreWithoutMutations).');
}

export const hasNextPage = (): boolean => false;
export const hasPreviousPage = (): boolean => false;
