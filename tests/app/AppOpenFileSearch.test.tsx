import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadOpenFileParts } from '../../src/features/openFile/loadOpenFileParts.ts';
import { BUNDLED, jsonResponse, renderApp } from './renderApp.tsx';

/** Holds a file's loading back until the test lets it go (a file of 100,000 events takes seconds). */
const gate = vi.hoisted(() => ({ wait: null as Promise<void> | null, read: false }));
vi.mock('../../src/features/dataset/loadDataset.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/dataset/loadDataset.ts')>();
  return {
    ...actual,
    loadFile: async (...args: Parameters<typeof actual.loadFile>) => {
      const data = await actual.loadFile(...args);
      gate.read = true;
      if (gate.wait) await gate.wait;
      return data;
    },
  };
});


beforeEach(() => {
  gate.wait = null;
  gate.read = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => jsonResponse(BUNDLED)),
  );
});
afterEach(() => vi.unstubAllGlobals());

const localFile = (path: string, name: string) => new NodeFile([readFileSync(path)], name) as unknown as File;
const searchBox = () => screen.getByRole('searchbox', { name: 'Search' });

describe('App: a search typed while a file is being opened', () => {
  it('is kept and applied to the file\'s events once it opens, the last keys (not yet in the address) too', async () => {
    // Before, the file opened on a fresh view: the box emptied and every event was shown.
    let letGo = () => {};
    gate.wait = new Promise((resolve) => (letGo = resolve));
    renderApp('?agency=nasa');
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, localFile('tests/fixtures/timelinejs/space-race.csv', 'space-race.csv'));
    await userEvent.type(searchBox(), 'Sput');
    // Written to the address after a pause in typing…
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('Sput'));
    // The file read and the page's parts for it loaded: it opens as soon as it is let go.
    await preloadOpenFileParts();
    await waitFor(() => expect(gate.read).toBe(true));
    // …and the last keys, typed just before the file opens, not yet.
    await userEvent.type(searchBox(), 'nik');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('Sput');
    letGo();
    expect(await screen.findByRole('heading', { level: 1, name: 'The space race' }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(searchBox()).toHaveValue('Sputnik'));
    expect(new URLSearchParams(window.location.search).get('q')).toBe('Sputnik');
    // The file's other filters are fresh: the address's agency belonged to the other dataset.
    expect(new URLSearchParams(window.location.search).get('agency')).toBeNull();
    expect(screen.getByRole('button', { name: /^Sputnik 1, / })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Apollo 11/ })).toBeNull();
    // Closed, the address's dataset comes back in its view from before the file: the search was the file's.
    await userEvent.click(within(screen.getByRole('region', { name: 'Opened file' })).getByRole('button', { name: 'Close the file' }));
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    expect(window.location.search).toBe('?agency=nasa');
  });

  it('is not carried to a file when nothing was typed while it loaded: the file opens on a fresh view', async () => {
    renderApp('?q=letter');
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    expect(searchBox()).toHaveValue('letter');
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, localFile('tests/fixtures/timelinejs/space-race.csv', 'space-race.csv'));
    expect(await screen.findByRole('heading', { level: 1, name: 'The space race' }, { timeout: 5000 })).toBeInTheDocument();
    expect(searchBox()).toHaveValue('');
    expect(window.location.search).toBe('');
  });
});
