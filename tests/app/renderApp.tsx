import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App.tsx';

/** The bundled dataset's text, as the tests' stubbed fetch answers it. */
export const BUNDLED = readFileSync('data/roscosmos-iss-2022.json', 'utf8');

export const jsonResponse = (text: string): Response => new Response(text, { headers: { 'content-type': 'application/json' } });

/** The App on the page as it is (address and history state), with a fresh QueryClient that does not retry; `wrap` adds providers (a Russian I18nProvider). */
export function renderAppHere(wrap: (node: ReactNode) => ReactNode = (node) => node) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{wrap(<App />)}</QueryClientProvider>);
}

/** The App loaded at `search`, its history entry holding `state`. */
export function renderApp(search = '', { state = null, wrap }: { state?: unknown; wrap?: (node: ReactNode) => ReactNode } = {}) {
  window.history.replaceState(state, '', `/${search}`);
  return renderAppHere(wrap);
}

/** Every test of the file: fetch answers with the bundled dataset; afterwards the stub goes and the address is back at `/`. */
export function serveBundledEachTest(): void {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(BUNDLED)),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });
}
