import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusManager, onlineManager, QueryClient } from '@tanstack/react-query';
import { QUERY_CORE_STUBS } from '../../../src/shared/query/queryCoreStubs.ts';
import * as mutationCacheStub from '../../../src/shared/query/mutationCacheStub.ts';
import * as infiniteQueryStub from '../../../src/shared/query/infiniteQueryStub.ts';

/*
 * The build replaces two of TanStack Query's modules (vite.config.ts, queryCoreWithoutMutations).
 * These tests read the installed query-core, so an upgrade that imports or calls something the
 * stand-ins lack fails here rather than in a reader's browser.
 */
const CORE = join(process.cwd(), 'node_modules/@tanstack/query-core/build/modern');
const modules = readdirSync(CORE).filter((f) => f.endsWith('.js'));
const source = (f: string) => readFileSync(join(CORE, f), 'utf8');
const STAND_INS: Record<string, Record<string, unknown>> = { './mutationCache.js': mutationCacheStub, './infiniteQueryBehavior.js': infiniteQueryStub };

/** The names query-core's modules import from `from` (e.g. "./mutationCache.js"). */
function importedNames(from: string): string[] {
  const names = new Set<string>();
  const pattern = new RegExp(`import \\{([^}]*)\\} from "${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g');
  for (const f of modules) for (const m of source(f).matchAll(pattern)) for (const n of m[1]!.split(',')) names.add(n.trim().split(/\s+as\s+/)[0]!);
  return [...names].filter(Boolean);
}

describe("the build's stand-ins for query-core's mutations and infinite queries", () => {
  it('replace modules that query-core has, and only those', () => {
    expect(Object.keys(QUERY_CORE_STUBS).sort()).toEqual(Object.keys(STAND_INS).sort());
    for (const [name, file] of Object.entries(QUERY_CORE_STUBS)) {
      expect(modules).toContain(basename(name));
      expect(readdirSync(join(process.cwd(), 'src/shared/query'))).toContain(file);
    }
  });

  it('export every name query-core imports from the modules they replace', () => {
    for (const [from, standIn] of Object.entries(STAND_INS)) {
      const names = importedNames(from);
      expect(names.length, from).toBeGreaterThan(0);
      for (const n of names) expect(standIn, `${from} ${n}`).toHaveProperty(n);
    }
  });

  it("have every method a QueryClient calls on its MutationCache", () => {
    const called = new Set([...source('queryClient.js').matchAll(/#mutationCache\.(\w+)/g)].map((m) => m[1]!));
    expect(called.size).toBeGreaterThan(0);
    for (const method of called) expect(typeof (mutationCacheStub.MutationCache.prototype as unknown as Record<string, unknown>)[method], method).toBe('function');
  });

  it('keep a QueryClient working: mounted, fetching, refocused, back online, cleared', async () => {
    const client = new QueryClient({ mutationCache: new mutationCacheStub.MutationCache() as never, defaultOptions: { queries: { retry: false } } });
    client.mount();
    await expect(client.fetchQuery({ queryKey: ['dataset', 'x'], queryFn: () => Promise.resolve(42), staleTime: Infinity })).resolves.toBe(42);
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    expect(client.getQueryData(['dataset', 'x'])).toBe(42);
    client.clear();
    client.unmount();
    expect(() => new mutationCacheStub.MutationCache().build()).toThrow('This build has no mutations');
  });
});
