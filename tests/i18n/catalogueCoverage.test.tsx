import { readFileSync } from 'node:fs';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { en, type Messages } from '../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';
import { LANGUAGES } from '../../src/shared/i18n/languages.ts';
import { enEmbedTexts } from '../../src/shared/i18n/embedTexts.ts';
import { enOpenFileTexts } from '../../src/shared/i18n/openFileTexts.ts';
import { importInput } from '../../src/shared/import/importInput.ts';
import { englishFragments, jsonStrings, pageStrings, pseudoCatalogue, withoutWrapped } from './pseudoLocale.ts';

/*
 * Every state of the page, walked in Russian and in a pseudo-locale. In Russian, no text a reader
 * sees or hears may be a piece of the English catalogue; in the pseudo-locale (every message
 * wrapped in ⟦…⟧), no letter may come from outside the catalogue, except the dataset's own text,
 * dates written by Intl and the languages' own names in the switcher.
 */

const bundledText = readFileSync('data/roscosmos-iss-2022.json', 'utf8');
const bundled = JSON.parse(bundledText) as { events: Record<string, unknown>[] };
/** The bundled dataset with an event the validator leaves out and one it keeps with a warning. */
const partialText = JSON.stringify({
  ...bundled,
  events: [
    ...bundled.events,
    { id: 'bad-date', date: '2022-02-30', kind: 'letter', from: 'nasa', to: [], title: 'A letter on a day that does not exist', summary: 'Left out.', sources: [] },
    { id: 'no-source', date: '2022-05-01', kind: 'statement', from: 'esa', to: [], title: 'A statement nobody documented', summary: 'Kept, unsourced.', extra: 1 },
  ],
});
/** A TimelineJS spreadsheet opened from this computer: its text (and its name) is the reader's, not the catalogue's. */
const FILE_PATH = 'tests/fixtures/timelinejs/space-race.csv';
const FILE_NAME = 'space-race.csv';
const fileDataset = importInput(readFileSync(FILE_PATH, 'utf8')).dataset;
/** The file's era label: the conversion leaves the era out, but its problem quotes the label, as written. */
const FILE_ERA = 'Early years';
const DATASET_TEXT = [...jsonStrings(JSON.parse(partialText)), ...jsonStrings(fileDataset), FILE_NAME, 'letters.csv', FILE_ERA];
/** Opens a file with the page's "Open a file" input, as a reader picking it would. */
const openFile = (file: NodeFile) => userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, file as unknown as File);
const isDatasetText = (s: string) => DATASET_TEXT.some((d) => d.includes(s));
// Longest first, so that a title is taken out whole before a shorter text inside it.
const DATASET_BY_LENGTH = DATASET_TEXT.filter((d) => d.length >= 2).sort((a, b) => b.length - a.length);
/** A string with the dataset's text taken out (accessible names hold titles and actor names). */
const withoutDatasetText = (s: string) => DATASET_BY_LENGTH.reduce((out, d) => (out.includes(d) ? out.split(d).join(' ') : out), s);
/** Where a problem is (`events[0].date`, `row 3, column "date"` aside): the format's own field names, the same in every language. */
const withoutPaths = (s: string) => s.replace(/(?<![\p{L}])[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)+/gu, ' ').replace(/^[a-z]+(?=: )/, ' ');

/** Words Intl writes (months, days, zones, units) and the languages' names: not the catalogue's to give. */
function intlWords(locale: string): Set<string> {
  const words = new Set<string>(Object.values(LANGUAGES));
  for (let m = 0; m < 12; m++) {
    for (const month of ['long', 'short', 'narrow'] as const) {
      const d = new Date(Date.UTC(2022, m, 15));
      for (const w of new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(d).split(/\s+/)) words.add(w.replace(/\.$/, ''));
      for (const w of new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(d).split(/[\s,]+/)) words.add(w.replace(/\.$/, ''));
    }
  }
  for (const zone of ['EST', 'EDT', 'MSK', 'UTC', 'GMT', 'CET', 'CEST']) words.add(zone);
  for (const unit of ['kB', 'MB', 'кБ', 'МБ', 'г']) words.add(unit);
  for (const type of ['conjunction', 'disjunction'] as const) {
    for (const part of new Intl.ListFormat(locale, { type }).formatToParts(['a', 'b', 'c'])) if (part.type === 'literal') for (const w of part.value.split(/[^\p{L}]+/u)) words.add(w);
  }
  return words;
}

let responses: (() => Response | Promise<Response>)[] = [];
beforeEach(() => {
  // jsdom has no modal dialogs: opening one only marks it open.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  responses = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => (responses.shift() ?? (() => new Response(bundledText, { headers: { 'content-type': 'application/json' } })))()),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Renders the page at `search` in a catalogue (App and the i18n context imported afresh: ?embed= is read once per module). */
async function renderPage(messages: Messages, search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const [{ App }, { I18nProvider }] = await Promise.all([import('../../src/app/App.tsx'), import('../../src/shared/i18n/I18n.tsx')]);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider lang={messages === ru ? 'ru' : 'en'} messages={messages}>
        <App />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const titleOf = (m: Messages) => (m === ru ? JSON.parse(bundledText).translations.ru.title : JSON.parse(bundledText).title) as string;
/** The opened file's words: English gives them outside its catalogue (openFileTexts.ts). */
const fileTexts = (m: Messages) => m.openFileTexts ?? enOpenFileTexts;
/** The Embed form's words: English gives them outside its catalogue (embedTexts.ts). */
const embedTexts = (m: Messages) => m.embedTexts ?? enEmbedTexts;
const ready = (m: Messages) => screen.findByRole('heading', { level: 1, name: titleOf(m) }, { timeout: 5000 });

interface PageState {
  name: string;
  search: string;
  /** Brings the page to the state once it has rendered. */
  reach: (m: Messages) => Promise<unknown>;
  before?: () => void;
}

const STATES: PageState[] = [
  { name: 'ready (the chart)', search: '', reach: ready },
  {
    name: 'panel open',
    search: '?event=rogozin-demands-letters',
    reach: async (m) => {
      await ready(m);
      await screen.findByRole('complementary', {}, { timeout: 5000 });
    },
  },
  {
    name: 'list',
    search: '?view=list',
    reach: async (m) => {
      await ready(m);
      await screen.findAllByRole('row', {}, { timeout: 5000 });
    },
  },
  {
    name: 'filters active',
    search: '?agency=nasa&role=sent&kind=letter,statement&from=2022-03-01&to=2022-06-30&q=ISS',
    reach: ready,
  },
  { name: 'empty (no event matches)', search: '?q=zzzzqqqq', reach: ready },
  {
    name: 'loading',
    search: '',
    before: () => responses.push(() => new Promise<Response>(() => undefined)),
    reach: () => screen.findByRole('status'),
  },
  {
    name: 'partial, with warnings shown',
    search: '?data=/partial.json',
    before: () => responses.push(() => new Response(partialText, { headers: { 'content-type': 'application/json' } })),
    reach: async (m) => {
      await ready(m);
      // The problems are listed at once (the panel opens with its details shown).
      const panel = await screen.findByRole('status', { name: m.dataset.problemsLabel }, { timeout: 5000 });
      await within(panel).findByRole('list', { name: m.dataset.problemsInFile });
    },
  },
  {
    name: 'fatal error (not found)',
    search: '?data=/missing.json',
    before: () => responses.push(() => new Response('nope', { status: 404 })),
    reach: () => screen.findByRole('alert', {}, { timeout: 5000 }),
  },
  {
    name: 'fatal error (not a dataset, with its problems)',
    search: '?data=/broken.json',
    before: () => responses.push(() => new Response('{"version":1,"title":"x","actors":[],"events":[{"id":"a"}]}', { headers: { 'content-type': 'application/json' } })),
    reach: () => screen.findByRole('alert', {}, { timeout: 5000 }),
  },
  { name: 'refused address', search: '?data=javascript:alert(1)', reach: () => screen.findByRole('alert', {}, { timeout: 5000 }) },
  { name: 'embed', search: '?embed=1', reach: ready },
  {
    name: 'a file opened on this computer',
    search: '',
    reach: async (m) => {
      await ready(m);
      await openFile(new NodeFile([readFileSync(FILE_PATH)], FILE_NAME));
      await screen.findByRole('region', { name: fileTexts(m).noticeLabel }, { timeout: 5000 });
      await screen.findByRole('status', { name: m.dataset.problemsLabel }, { timeout: 5000 });
    },
  },
  {
    name: 'a file closed, its view come back to with Back',
    search: '',
    reach: async (m) => {
      await ready(m);
      await openFile(new NodeFile([readFileSync(FILE_PATH)], FILE_NAME));
      const notice = await screen.findByRole('region', { name: fileTexts(m).noticeLabel }, { timeout: 5000 });
      // An event opened (a history entry of the file's), with the keyboard: jsdom has no pointer for the chart's zoom.
      screen.getAllByRole('button', { name: /Sputnik 1, / })[0]!.focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.click(within(notice).getByRole('button', { name: fileTexts(m).close }));
      await ready(m);
      window.history.back();
      // The first time, the opened file's parts are compiled for the dev server: seconds.
      await screen.findByText(fileTexts(m).wasClosed(FILE_NAME), {}, { timeout: 15000 });
    },
  },
  {
    name: 'a file refused',
    search: '',
    reach: async (m) => {
      await ready(m);
      await openFile(new NodeFile([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'letters.csv'));
      await screen.findByRole('alert', {}, { timeout: 5000 });
    },
  },
  {
    name: 'embed dialog',
    search: '',
    reach: async (m) => {
      await ready(m);
      await userEvent.click(screen.getByRole('button', { name: m.embed.button }));
      await screen.findByRole('dialog', { name: m.embed.heading }, { timeout: 5000 });
      await screen.findByRole('textbox', { name: embedTexts(m).code }, { timeout: 5000 });
    },
  },
];

async function stringsOf(state: PageState, messages: Messages): Promise<string[]> {
  state.before?.();
  await renderPage(messages, state.search);
  await state.reach(messages);
  return pageStrings()
    .filter((s) => !isDatasetText(s))
    .map((s) => withoutPaths(withoutDatasetText(s)));
}

describe('the page in Russian', () => {
  const fragments = englishFragments(en, ru);
  const has = (text: string, fragment: string) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

  it('has English fragments to look for (the check itself works)', () => {
    expect(fragments.length).toBeGreaterThan(150);
    expect(fragments).toContain('Zoom in');
    expect(has('Showing 19 of 19 events', 'events')).toBe(true);
  });

  it.each(STATES.map((s) => [s.name, s] as const))('%s: shows no text from the English catalogue', { timeout: 15_000 }, async (_name, state) => {
    const strings = await stringsOf(state, ru);
    expect(strings.length).toBeGreaterThan(0);
    const english = strings.flatMap((s) => fragments.filter((f) => has(s, f)).map((f) => `${JSON.stringify(s)} holds ${JSON.stringify(f)}`));
    expect(english).toEqual([]);
  });
});

describe('the page in a pseudo-locale (every catalogue message wrapped in ⟦…⟧)', () => {
  const pseudo = pseudoCatalogue(en);
  const allowed = intlWords(en.locale.dates);
  const outside = (s: string) =>
    withoutWrapped(s)
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '' && !allowed.has(w));

  it.each(STATES.map((s) => [s.name, s] as const))('%s: every word comes from the catalogue', { timeout: 15_000 }, async (_name, state) => {
    const strings = await stringsOf(state, pseudo);
    expect(strings.some((s) => s.includes('⟦'))).toBe(true);
    const stray = strings.filter((s) => outside(s).length > 0).map((s) => `${JSON.stringify(s)}: ${outside(s).join(' ')}`);
    expect(stray).toEqual([]);
  });
});
