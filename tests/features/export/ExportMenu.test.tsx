import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu.tsx';
import { exportCsvText } from '../../../src/features/export/exportCsv.ts';
import { exportJsonText } from '../../../src/features/export/exportJson.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';

/** Holds the export script's loading back until the test lets it go (a download of 100,000 events takes that long). */
const gate = vi.hoisted(() => ({ wait: null as Promise<void> | null }));
vi.mock('../../../src/features/export/loadExport.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/features/export/loadExport.ts')>();
  return {
    loadExport: async () => {
      const module = await actual.loadExport();
      if (gate.wait) await gate.wait;
      return module;
    },
  };
});

const model = buildTimelineModel(parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8')).dataset!);

/** The files the page downloads (a blob URL handed to a link's click). */
let saved: { blob: Blob; name: string }[];
beforeEach(() => {
  saved = [];
  gate.wait = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ blob: blob as Blob, name: '' });
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.at(-1)!.name = this.download;
  });
});
afterEach(() => vi.restoreAllMocks());

const menu = () => render(<ExportMenu model={model} events={model.events} filtered={false} getChart={() => null} chartShown={false} credit="" />);
const csvButton = () => screen.getByRole('button', { name: 'Download shown events as CSV' });
const jsonButton = () => screen.getByRole('button', { name: 'Download shown events as JSON' });

describe('ExportMenu', () => {
  it('says the CSV is being prepared, its button busy and JSON waiting, until it is downloaded', async () => {
    let letGo = () => {};
    gate.wait = new Promise((resolve) => (letGo = resolve));
    menu();
    await userEvent.click(csvButton());
    expect(screen.getByText('Preparing the CSV…')).toBeInTheDocument();
    expect(csvButton()).toHaveAttribute('aria-busy', 'true');
    expect(jsonButton()).toHaveAttribute('aria-disabled', 'true');
    // Focus stays where it was: the button is busy, not disabled.
    expect(csvButton()).toBeEnabled();
    expect(csvButton()).toHaveFocus();
    // Pressed again meanwhile, and JSON too: nothing more is made.
    await userEvent.click(csvButton());
    await userEvent.click(jsonButton());
    letGo();
    expect(await screen.findByText('CSV downloaded.')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['roscosmos-and-the-iss-partners-february-july-2022.csv']);
    expect(Buffer.from(await saved[0]!.blob.arrayBuffer()).equals(Buffer.from(exportCsvText(model, model.events, false), 'utf8'))).toBe(true);
    expect(csvButton()).not.toHaveAttribute('aria-busy');
    expect(jsonButton()).not.toHaveAttribute('aria-disabled');
  });

  it('separates the CSV\'s cells with semicolons for a reader whose browser speaks Russian, as Excel there splits a double-clicked CSV', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU');
    menu();
    await userEvent.click(csvButton());
    expect(await screen.findByText('CSV downloaded.')).toBeInTheDocument();
    expect(Buffer.from(await saved[0]!.blob.arrayBuffer()).equals(Buffer.from(exportCsvText(model, model.events, false, ';'), 'utf8'))).toBe(true);
  });

  it('names the download of a timeline with a Russian title in Latin letters, not by its digits alone', async () => {
    const russian = { ...model, title: 'Письма о МКС, весна 2022' };
    render(<ExportMenu model={russian} events={russian.events} filtered={true} getChart={() => null} chartShown={false} credit="" />);
    await userEvent.click(csvButton());
    expect(await screen.findByText('CSV downloaded.')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['pisma-o-mks-vesna-2022-filtered.csv']);
  });

  it('marks a filtered download\'s file name in the page\'s language, in the Latin letters of its stem (no character a file system refuses)', async () => {
    // Before, the Russian page named it "…-filtered.csv" in English. (Without the bundled dataset's
    // translations: the Russian page names a file by the title it shows, the next test.)
    const russian = { ...model, title: 'Письма о МКС, весна 2022', translations: undefined };
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ExportMenu model={russian} events={russian.events} filtered={true} getChart={() => null} chartShown={false} credit="" />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать показанные события в CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Скачать показанные события в JSON' })).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(screen.getByRole('button', { name: 'Скачать показанные события в JSON' }));
    await vi.waitFor(() => expect(saved.map((s) => s.name)).toEqual(['pisma-o-mks-vesna-2022-s-filtrami.csv', 'pisma-o-mks-vesna-2022-s-filtrami.json']));
    for (const { name } of saved) expect(name).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
  });

  it('names a download on the Russian page by the title the page shows, the dataset\'s Russian translation, not its English title', async () => {
    // Before: "roscosmos-and-the-iss-partners-february-july-2022-s-filtrami.csv" under the heading
    // «Роскосмос и партнёры по МКС: февраль — июль 2022 года», an image of which said that title.
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ExportMenu model={model} events={model.events} filtered={true} getChart={() => null} chartShown={false} credit="" />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать показанные события в CSV' }));
    await vi.waitFor(() => expect(saved.map((s) => s.name)).toEqual(['roskosmos-i-partnery-po-mks-fevral-iyul-2022-goda-s-filtrami.csv']));
  });

  it('says why a download being prepared could not be made, and can be tried again', async () => {
    vi.mocked(URL.createObjectURL).mockImplementationOnce(() => {
      throw new Error('out of memory');
    });
    let letGo = () => {};
    gate.wait = new Promise((resolve) => (letGo = resolve));
    menu();
    await userEvent.click(jsonButton());
    expect(screen.getByText('Preparing the JSON…')).toBeInTheDocument();
    letGo();
    expect(await screen.findByText('JSON could not be made: out of memory')).toBeInTheDocument();
    expect(jsonButton()).not.toHaveAttribute('aria-busy');
    await userEvent.click(jsonButton());
    expect(await screen.findByText('JSON downloaded.')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['roscosmos-and-the-iss-partners-february-july-2022.json']);
  });

  it('offers no CSV or JSON of the shown events while none is shown (a JSON dataset without events is one the app refuses)', () => {
    render(<ExportMenu model={model} events={[]} filtered getChart={() => null} chartShown={false} credit="" />);
    expect(csvButton()).toBeDisabled();
    expect(jsonButton()).toBeDisabled();
    expect(parseDatasetText(exportJsonText(model, [], true)).dataset).toBeFalsy();
    // Nor a word about the Timeline view: there is no chart to draw there either.
    expect(screen.queryByText('SVG and PNG: in the Timeline view')).toBeNull();
  });

  it('says why SVG and PNG are off where events are shown without the chart (the List view), and not where the chart is shown', () => {
    // Before, the two buttons were just grey, and out of the Tab order, with no word of why.
    const { unmount } = menu();
    expect(screen.getByRole('button', { name: 'Download chart as SVG' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download chart as PNG' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Download' })).toHaveTextContent('SVG and PNG: in the Timeline view');
    unmount();
    render(<ExportMenu model={model} events={model.events} filtered={false} getChart={() => null} chartShown credit="" />);
    expect(screen.getByRole('button', { name: 'Download chart as SVG' })).toBeEnabled();
    expect(screen.queryByText('SVG and PNG: in the Timeline view')).toBeNull();
  });
});

describe('ExportMenu of some of the events', () => {
  const only = (...ids: string[]) => model.events.filter((e) => ids.includes(e.id));
  const menuOf = (events: typeof model.events, wrap: (node: React.ReactElement) => React.ReactElement = (n) => n) =>
    render(wrap(<ExportMenu model={model} events={events} filtered={true} getChart={() => null} chartShown={false} credit="" />));

  it('says how many reply links to events not shown the download left out, as it must for the file to stand on its own', async () => {
    // Nelson's and Campbell's replies answer Rogozin's letter of 12 March, which is not among them.
    menuOf(only('nelson-reply-letter', 'campbell-reply-letter'));
    await userEvent.click(jsonButton());
    expect(await screen.findByText('JSON downloaded. 2 reply links to events not shown were left out, so that the file stands on its own.')).toBeInTheDocument();
    const written = JSON.parse(await saved[0]!.blob.text()) as { events: { inReplyTo?: string[] }[] };
    expect(written.events.map((e) => e.inReplyTo)).toEqual([undefined, undefined]);
  });

  it('says one in the singular, for the CSV too, and nothing when every link stays', async () => {
    const { unmount } = menuOf(only('nelson-reply-letter'));
    await userEvent.click(csvButton());
    expect(await screen.findByText('CSV downloaded. 1 reply link to an event not shown was left out, so that the file stands on its own.')).toBeInTheDocument();
    unmount();
    menuOf(only('rogozin-demands-letters', 'nelson-reply-letter'));
    await userEvent.click(jsonButton());
    expect(await screen.findByText('JSON downloaded.')).toBeInTheDocument();
  });

  it('says it in Russian', async () => {
    menuOf(only('nelson-reply-letter', 'campbell-reply-letter', 'aschbacher-reply-letter', 'biden-sanctions', 'lueders-extension-2030'), (n) => (
      <I18nProvider lang="ru" messages={ru}>
        {n}
      </I18nProvider>
    ));
    await userEvent.click(screen.getByRole('button', { name: 'Скачать показанные события в JSON' }));
    expect(await screen.findByText('JSON: файл скачан. 3 связи «в ответ на» с событиями вне этого вида опущены, чтобы файл был цельным.')).toBeInTheDocument();
  });
});
