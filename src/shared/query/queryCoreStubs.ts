/** query-core's modules the build replaces (vite.config.ts, queryCoreWithoutMutations), by the name its modules import them with, and their stand-ins in this folder. */
export const QUERY_CORE_STUBS: Readonly<Record<string, string>> = {
  './mutationCache.js': 'mutationCacheStub.ts',
  './infiniteQueryBehavior.js': 'infiniteQueryStub.ts',
};
