import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUNDLED, jsonResponse, renderApp } from './renderApp.tsx';


let responses: (() => Response)[] = [];
beforeEach(() => {
  responses = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => (responses.shift() ?? (() => jsonResponse(BUNDLED)))()),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows progress, then the title and every event in time order in the list view', async () => {
    renderApp('?view=list');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roscosmos and the ISS partners, February–July 2022' })).toBeInTheDocument();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(19);
    expect(within(rows[0]!).getByText('24 February 2022, 13:43 EST')).toBeInTheDocument();
    expect(screen.getAllByText('between 12 March and 2 April 2022')).toHaveLength(3);
  });

  it('shows an alert with Retry and a way back when ?data= is missing, and Retry loads it', async () => {
    responses.push(() => new Response('nope', { status: 404 }));
    renderApp('?data=missing.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset was not found (HTTP 404).');
    expect(within(alert).getByRole('link', { name: 'Open the bundled dataset' })).toHaveAttribute('href', `${window.location.origin}/`);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Roscosmos/ })).toBeInTheDocument();
    expect(screen.getByText('Data from /missing.json')).toBeInTheDocument();
  });

  it('shows every event in the chart as a button whose name starts with its title', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    const data = JSON.parse(BUNDLED) as { events: { title: string }[] };
    const chart = screen.getByRole('group', { name: /Roscosmos and the ISS partners.*19 events/ });
    for (const e of data.events) {
      expect(within(chart).getByRole('button', { name: new RegExp(`^${e.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) })).toBeInTheDocument();
    }
  });

  it('opens the detail panel from ?event= and closes it with Escape', async () => {
    renderApp('?event=nelson-reply-letter');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Nelson replies that export controls still allow ISS cooperation' });
    await userEvent.click(heading);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: /Nelson replies/ })).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('says so when ?event= names no event, naming the parameter as every notice does, and shows the whole timeline', async () => {
    renderApp('?event=<b>nope</b>');
    expect(await screen.findByText('event: no event has the id "<b>nope</b>" (showing the whole timeline)')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('refuses a javascript: data address with a message, as text', async () => {
    renderApp('?data=javascript:alert(1)');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data: "javascript:alert(1)" was refused');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders the valid part of a partly invalid file with a warnings panel', async () => {
    const d = JSON.parse(BUNDLED) as { events: Record<string, unknown>[] };
    d.events[0] = { ...d.events[0], title: '<img src=x onerror=alert(1)>', date: 'soon' };
    responses.push(() => new Response(JSON.stringify(d)));
    renderApp('?data=partial.json&view=list');
    const status = await screen.findByRole('status', { name: 'Problems in the dataset' });
    expect(status).toHaveTextContent('1 of 19 events was left out because of problems in the file.');
    await vi.waitFor(() => expect(status).toHaveTextContent('events[0].date: "soon" is not a valid date'));
    expect((await screen.findAllByRole('row')).slice(1)).toHaveLength(18);
    expect(document.querySelector('img')).toBeNull();
  });

  it('counts a one-event dataset in the singular', async () => {
    const d = JSON.parse(BUNDLED) as { events: unknown[] };
    responses.push(() => new Response(JSON.stringify({ ...d, events: d.events.slice(0, 1) })));
    renderApp('?data=one.json');
    expect(await screen.findByText('Showing 1 of 1 event')).toBeInTheDocument();
  });
});

describe('App with a big dataset', () => {
  it('draws a dataset of more than 2,000 events (first view as a transition) after another one, its title under its own label', async () => {
    const { generateDataset } = await import('../../src/shared/gen/generateDataset.ts');
    const big = JSON.stringify({ ...generateDataset({ events: 2500, actors: 3, seed: 1 }), title: 'Big archive' });
    responses.push(() => jsonResponse(BUNDLED));
    responses.push(() => new Response(big, { headers: { 'content-type': 'application/json' } }));
    renderApp('?data=/small.json');
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    // Every heading shown from now on must belong to the dataset its label names.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const h1 = document.querySelector('h1')?.textContent ?? '';
      const label = document.querySelector('header p')?.textContent ?? '';
      seen.push(`${h1} | ${label}`);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.history.pushState(null, '', '/?data=/big.json');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Big archive' }, { timeout: 10_000 })).toBeInTheDocument();
    observer.disconnect();
    expect(screen.getByText('Showing 2,500 of 2,500 events')).toBeInTheDocument();
    expect(seen.filter((s) => s.includes('/big.json') && !s.startsWith('Big archive'))).toEqual([]);
  }, 20_000);
});

describe('App with a file opened on this computer', () => {
  /** A file as the browser's File gives it (Node's can be read as a stream; jsdom's cannot). */
  const localFile = (path: string, name: string) => new NodeFile([readFileSync(path)], name) as unknown as File;

  async function openFile(file: File) {
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, file);
  }

  it('shows the file\'s timeline with a notice in place of the links to share, then returns to the address\'s view on Close', async () => {
    renderApp('?agency=nasa');
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    expect(screen.getByRole('button', { name: 'Embed' })).toBeInTheDocument();
    await openFile(localFile('tests/fixtures/timelinejs/space-race.csv', 'space-race.csv'));

    expect(await screen.findByRole('heading', { level: 1, name: 'The space race' })).toBeInTheDocument();
    const notice = await screen.findByRole('region', { name: 'Opened file' });
    expect(notice).toHaveTextContent('space-race.csv. Read as a TimelineJS spreadsheet (CSV); nothing was uploaded.');
    // A fresh view: the address's filter belonged to the other dataset.
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
    const problems = screen.getByRole('status', { name: 'Problems in the dataset' });
    // Above the chart, the first 5 of its 9 problems; the rest a click away.
    await userEvent.click(await within(problems).findByRole('button', { name: 'Show all 9' }));
    expect(problems).toHaveTextContent('row 4, column "Text": has no source: the event is shown marked "Unsourced"');

    await userEvent.click(within(notice).getByRole('button', { name: 'Close the file' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Roscosmos/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?agency=nasa');
  });

  it('says in the file\'s notice, as soon as it is known, that this browser cannot keep the file (here no IndexedDB): a reload will close it', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await openFile(localFile('tests/fixtures/timelinejs/space-race.csv', 'space-race.csv'));
    const notice = await screen.findByRole('region', { name: 'Opened file' });
    const cannotKeep = 'This browser cannot keep the file for this page: a reload will close it.';
    // Shown in the notice, and said politely by the page's one live region (there from the first render), not by the notice's line too.
    expect(await within(notice).findByText(cannotKeep)).not.toHaveAttribute('aria-live');
    await waitFor(() => expect(screen.getAllByText(cannotKeep).filter((el) => !notice.contains(el))).toHaveLength(1));
    expect(screen.getAllByText(cannotKeep).find((el) => !notice.contains(el))).toHaveAttribute('aria-live', 'polite');
  });

  it('Back to a view of a file closed since says the file was closed, in the address\'s view from before it: not the address\'s dataset in the file\'s view', async () => {
    renderApp('?agency=nasa');
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await openFile(localFile('tests/fixtures/timelinejs/space-race.csv', 'space-race.csv'));
    await screen.findByRole('heading', { level: 1, name: 'The space race' });
    // With the keyboard: jsdom has no pointer for the chart's zoom.
    screen.getByRole('button', { name: /^Sputnik 1, / }).focus();
    await userEvent.keyboard('{Enter}');
    expect(window.location.search).toMatch(/event=/);
    await userEvent.click(within(await screen.findByRole('region', { name: 'Opened file' })).getByRole('button', { name: 'Close the file' }));
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });

    window.history.back();
    expect(await screen.findByText('The file space-race.csv was closed. Open it again to go on reading it.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /Roscosmos/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?agency=nasa');
  });

  it('keeps the timeline shown before when a file is refused, with the importer\'s message', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await openFile(new NodeFile([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'letters.csv') as unknown as File);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be opened: letters.csv');
    expect(alert).toHaveTextContent('The file cannot be read: it is a ZIP file (an Excel .xlsx or OpenDocument workbook?), not CSV or JSON');
    expect(screen.getByRole('heading', { level: 1, name: /Roscosmos/ })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
