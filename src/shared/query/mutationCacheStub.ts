/*
 * Built in place of TanStack Query's MutationCache (vite.config.ts, queryCoreWithoutMutations):
 * this app reads data and never mutates it, and the MutationCache a QueryClient always makes
 * brings Mutation with it, 1.5 KB of the page's first script (budget 140 KB). A QueryClient calls
 * only clear, findAll and resumePausedMutations on it; tests/shared/query/queryCoreStubs.test.ts
 * checks that against the installed query-core, and that a client works with this in its place.
 */
const NO_MUTATIONS = 'This build has no mutations (vite.config.ts, queryCoreWithoutMutations).';

export class MutationCache {
  readonly config: Record<string, unknown>;
  constructor(config: Record<string, unknown> = {}) {
    this.config = config;
  }
  build(): never {
    throw new Error(NO_MUTATIONS);
  }
  clear(): void {}
  findAll(): never[] {
    return [];
  }
  getAll(): never[] {
    return [];
  }
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
  subscribe(): () => void {
    return () => undefined;
  }
}
