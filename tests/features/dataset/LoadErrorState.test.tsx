import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadErrorState } from '../../../src/features/dataset/LoadErrorState.tsx';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';
import type { Problem } from '../../../src/shared/dataset/problem.ts';
import { enProblemTexts } from '../../../src/shared/i18n/problemTexts.ts';
import { downloadedTexts } from '../../downloadedTexts.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { detailedProblem } from '../../../src/shared/import/detailedProblem.ts';
import { readInput } from '../../../src/shared/import/detectFormat.ts';
import { loadProblemsScript } from '../../../src/features/dataset/loadProblemsScript.ts';
import { unusableDataset } from '../../../src/features/dataset/pipeline.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';

const first: Problem = { code: 'required', path: 'events[0].date', message: 'is required' };
const second: Problem = { code: 'required', path: 'events[1].title', message: 'is required' };

describe('LoadErrorState', () => {
  it('says the problem that stopped the load once: in its message, not again in a list below', () => {
    render(<LoadErrorState error={new DatasetError('invalid', { why: 'invalid', problem: first, more: 0 }, [first])} onRetry={vi.fn()} sourceText="Data from x.json" />);
    expect(screen.getByRole('alert')).toHaveTextContent('events[0].date: is required');
    // No list, and none on its way (the list's script loads on demand).
    expect(screen.queryByRole('list', { name: 'Problems in the file' })).toBeNull();
    expect(screen.queryByText('Loading the list of problems…')).toBeNull();
  });

  it('lists the other problems below the one its message names', async () => {
    render(<LoadErrorState error={new DatasetError('invalid', { why: 'invalid', problem: first, more: 1 }, [first, second])} onRetry={vi.fn()} sourceText="Data from x.json" />);
    const items = within(await screen.findByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['events[1].title: is required']);
  });

  it('says how many more of a kind were counted rather than listed, also when none but the decisive one is listed', async () => {
    const error = new DatasetError('invalid', { why: 'invalid', problem: first, more: 5_000 }, [first], [{ code: 'unsourced', count: 5_000, message: enProblemTexts.problems.unsourced }]);
    render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.json" />);
    const items = within(await screen.findByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['5,000 more, not listed one by one: has no source: the event is shown marked "Unsourced"']);
    expect(screen.getByRole('button', { name: 'Download the list (CSV)' })).toBeInTheDocument();
  });
});

describe('LoadErrorState, what the author can do next', () => {
  const cases = [
    [new DatasetError('not-found', { why: 'notFound', status: 404 }), 'Check the address: the file may have been moved, renamed or made private.'],
    [new DatasetError('server', { why: 'server', status: 503 }), 'This is usually brief: try again in a minute.'],
    [new DatasetError('cors', { why: 'cors', host: 'data.example.org' }), /^Put the file where other sites may read it .* or download it and open it here with "Open a file"\.$/],
    [new DatasetError('network', { why: 'unreachable' }), 'Check the address for a typo, and your connection.'],
    [new DatasetError('timeout', { why: 'timeout', seconds: 10 }), /^The server may be slow or the file very large/],
  ] as const;

  it.each(cases)('says it under the message of a failed address (%s)', (error, next) => {
    render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.json" withNextStep />);
    expect(within(screen.getByRole('alert')).getByText(next)).toBeInTheDocument();
  });

  it('says nothing more in an embed, nor under a problem in the file, nor under a web page given for its data', () => {
    const [notFound] = cases[0];
    const { unmount } = render(<LoadErrorState error={notFound} onRetry={vi.fn()} sourceText="Data from x.json" />);
    expect(screen.queryByText(/^Check the address/)).toBeNull();
    unmount();
    render(<LoadErrorState error={new DatasetError('invalid', { why: 'invalid', problem: first, more: 0 }, [first])} onRetry={vi.fn()} sourceText="Data from x.json" withNextStep />);
    expect(screen.getByRole('alert').querySelectorAll('p')).toHaveLength(2);
  });

  it('says it in Russian', () => {
    render(
      <I18nProvider lang="ru" messages={ru}>
        <LoadErrorState error={cases[0][0]} onRetry={vi.fn()} sourceText="x.json" withNextStep />
      </I18nProvider>,
    );
    expect(screen.getByText('Проверьте адрес: файл могли перенести, переименовать или закрыть к нему доступ.')).toBeInTheDocument();
  });
});

describe('LoadErrorState, a file refused for what it is', () => {
  // Before, an embed whose ?data= was an image ended its message with "open a CSV or JSON file":
  // advice for the dataset's author, which the article's reader cannot act on.
  const refused = (detail: { key: 'notText'; what: 'png' } | { key: 'workbook'; what: 'zip' }) => {
    const problem = detailedProblem('not-text', '(file)', detail);
    return new DatasetError('not-json', { why: 'notRead', problem }, [problem]);
  };
  const png = refused({ key: 'notText', what: 'png' });

  it('in an embed, says what the file is without what to open instead, in English and Russian', async () => {
    const { unmount } = render(<LoadErrorState error={png} onRetry={vi.fn()} sourceText="Data from photo.png" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file cannot be read: it is an image (PNG), not a spreadsheet or a JSON file.');
    expect(alert).not.toHaveTextContent(/open a CSV/i);
    unmount();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <LoadErrorState error={png} onRetry={vi.fn()} sourceText="photo.png" />
      </I18nProvider>,
    );
    const ruAlert = await screen.findByRole('alert');
    expect(ruAlert).toHaveTextContent('Файл не удалось прочитать: это изображение (PNG), а не таблица и не файл JSON.');
    expect(ruAlert).not.toHaveTextContent(/откройте/);
  });

  it('in an embed, says a workbook without how to save it as CSV', async () => {
    render(<LoadErrorState error={refused({ key: 'workbook', what: 'zip' })} onRetry={vi.fn()} sourceText="Data from book.xlsx" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file cannot be read: it is a ZIP file (an Excel .xlsx or OpenDocument workbook?), not CSV or JSON.');
    expect(alert).not.toHaveTextContent(/Save As/);
  });

  it('in an embed, says a sheet refused for a column it lacks without naming the template to follow, in English and Russian; the full page still does', async () => {
    // Before, an embed said "…; the other columns may be left out (see template.csv)", advice for the file's author.
    const error = unusableDataset(importInput('date,from,title,summary\n2022-03-07,NASA,T,S\n').problems);
    const { unmount } = render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.csv" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset cannot be shown: row 1: the header has no "kind" column: every event needs "date", "kind", "from", "title" and "summary".');
    expect(alert).not.toHaveTextContent('template');
    unmount();
    const ruAlert = render(
      <I18nProvider lang="ru" messages={ru}>
        <LoadErrorState error={error} onRetry={vi.fn()} sourceText="x.csv" />
      </I18nProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/в заголовке нет столбца «kind»: каждому событию нужны/);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/template|образце/);
    ruAlert.unmount();
    render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.csv" withNextStep />);
    expect(screen.getByRole('alert')).toHaveTextContent('(see template.csv)');
  });

  it('on the full page, still says what to open instead', () => {
    render(<LoadErrorState error={png} onRetry={vi.fn()} sourceText="Data from photo.png" withNextStep />);
    expect(screen.getByRole('alert')).toHaveTextContent('The file cannot be read: it is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file.');
  });
});

describe('LoadErrorState, a file in an encoding or a layout the app does not read, or a web page', () => {
  // Before, an embed said these as the full page does, ending with advice for the dataset's author
  // ("save it as CSV UTF-8", "give the address of the file itself", which columns a sheet needs),
  // which the article's reader cannot act on.
  const notRead = (bytes: Uint8Array) => {
    const read = readInput(bytes);
    if (read.ok) throw new Error('expected the file to be refused');
    const [problem] = read.problems;
    return new DatasetError('not-json', { why: 'notRead', problem: problem! }, read.problems);
  };
  // UTF-16 (by its byte-order mark) with half a surrogate pair: it cannot be decoded.
  const utf16 = notRead(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x61, 0x00]));
  const latin = notRead(new Uint8Array([0x66, 0x6f, 0x6f, 0xff, 0xfe, 0xfa, 0x0a, 0x80, 0x81]));
  const layout = notRead(new TextEncoder().encode('name,colour\nRoscosmos,red\n'));
  const slides = notRead(new TextEncoder().encode('[{"start_date":{"year":2022},"text":{"headline":"A"}}]'));
  const html = new DatasetError('html', { why: 'html' });
  const cases = [
    ['UTF-16 text', utf16, 'The file cannot be read: it is text in an encoding this app does not know (not UTF-8).', 'Файл не удалось прочитать: это текст в кодировке, которую приложение не знает (не UTF-8).'],
    ['text that is not UTF-8', latin, 'The file cannot be read: it is text in an encoding this app does not know (not UTF-8).', 'Файл не удалось прочитать: это текст в кодировке, которую приложение не знает (не UTF-8).'],
    [
      'a spreadsheet of unknown columns',
      layout,
      "The file cannot be read: it is in a layout this app does not know (neither this app's dataset or spreadsheet, nor a TimelineJS file).",
      'Файл не удалось прочитать: формат файла приложению неизвестен (это не его набор данных или таблица и не файл TimelineJS).',
    ],
    [
      "TimelineJS's slides without their file",
      slides,
      "The file cannot be read: it is in a layout this app does not know (neither this app's dataset or spreadsheet, nor a TimelineJS file).",
      'Файл не удалось прочитать: формат файла приложению неизвестен (это не его набор данных или таблица и не файл TimelineJS).',
    ],
    [
      'a web page',
      html,
      'The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file).',
      'По адресу пришла веб-страница, а не файл CSV или JSON (страница входа или ошибки либо страница, на которой файл показан).',
    ],
  ] as const;
  // The full page's advice: saving as CSV UTF-8, the columns a sheet needs, the address to give, what TimelineJS's file holds.
  const advice = /save|CSV UTF-8|template|column|header|give the address|"events"/i;
  const ruAdvice = /сохраните|CSV UTF-8|образец|заголов|укажите|"events"/i;

  it.each(cases)('in an embed, says %s without advice for its author, in English and Russian', async (_, error, said, ruSaid) => {
    const { unmount } = render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.csv" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(said);
    expect(alert).not.toHaveTextContent(advice);
    unmount();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <LoadErrorState error={error} onRetry={vi.fn()} sourceText="x.csv" />
      </I18nProvider>,
    );
    const ruAlert = await screen.findByRole('alert');
    expect(ruAlert).toHaveTextContent(ruSaid);
    expect(ruAlert).not.toHaveTextContent(ruAdvice);
  });

  it.each(cases)('on the full page, still says %s with what to do', (_, error) => {
    render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.csv" withNextStep />);
    expect(screen.getByRole('alert')).toHaveTextContent(advice);
  });
});

describe('LoadErrorState, the downloaded list', () => {
  afterEach(() => vi.restoreAllMocks());

  it('holds the problem its message names, first, as well as those listed below it', async () => {
    const texts = downloadedTexts();
    const error = new DatasetError('invalid', { why: 'invalid', problem: first, more: 5_000 }, [first], [{ code: 'unsourced', count: 5_000, message: enProblemTexts.problems.unsourced }]);
    render(<LoadErrorState error={error} onRetry={vi.fn()} sourceText="Data from x.json" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Download the list (CSV)' }));
    await vi.waitFor(() => expect(texts).toHaveLength(1));
    expect((await texts[0]!).trimEnd().split('\r\n').slice(1)).toEqual(['events[0].date,is required', '"5,000 more, not listed one by one","has no source: the event is shown marked ""Unsourced"""']);
  });
});

describe('LoadErrorState for a web page whose data was meant', () => {
  const cors = new DatasetError('cors', { why: 'cors', host: 'docs.google.com' });
  const hrefWithData = (data: string) => `https://app.example/?data=${encodeURIComponent(data)}`;
  const KEY = '2PACX-1vTestKey';

  it('says how to publish a sheet being edited as CSV, with no link to follow', async () => {
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={{ url: 'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', hrefWithData }} withNextStep />);
    expect(await screen.findByText(/^A Google Sheets page is not its data: in Google Sheets, choose File › Share › Publish to web/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('in an embed, says how to publish a sheet to no reader, in English and Russian, but still links a published page to its CSV', async () => {
    // Before, an embed of a sheet being edited, or of an unpublished sheet's CSV, said "in Google Sheets, choose File › Share ›
    // Publish to web…": what only the sheet's author can do, not the article's reader.
    const edited = { url: 'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', hrefWithData };
    const unpublished = { url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`, hrefWithData };
    for (const dataPage of [edited, unpublished]) {
      const { unmount } = render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={dataPage} />);
      // The hint comes with the problems' script: once that is here, it would show at once.
      await loadProblemsScript();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.getByRole('alert')).toHaveTextContent('The dataset could not be read: the server at docs.google.com does not allow other sites to load it (CORS), or cannot be reached.');
      expect(screen.getByRole('alert')).not.toHaveTextContent(/Google Sheets|Publish to web/);
      unmount();
      render(
        <I18nProvider lang="ru" messages={ru}>
          <LoadErrorState error={cors} onRetry={vi.fn()} sourceText="docs.google.com" dataPage={dataPage} />
        </I18nProvider>,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.getByRole('alert')).not.toHaveTextContent(/Google Таблиц|Опубликовать/);
      cleanup();
    }
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={{ url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`, hrefWithData }} />);
    expect(await screen.findByRole('link', { name: 'Load the published sheet as CSV' })).toBeInTheDocument();
  });

  it('in an embed, offers a sheet being edited, as its one action and the primary one, to open in a new tab, and Retry alone as primary under an unpublished sheet\'s CSV, in English and Russian', async () => {
    // Before, both showed only Retry, as a secondary button: on a sheet's page, it fails again.
    const url = 'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0';
    const { unmount } = render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={{ url, hrefWithData }} />);
    const open = await screen.findByRole('link', { name: 'Open the sheet on docs.google.com (opens in a new tab)' });
    expect(open).toHaveAttribute('href', url);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(open).toHaveClass('btn-primary');
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Publish to web/);
    unmount();
    const timeline = `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${'1AbCdEfGhIjKlMnOpQrStUvWxYz'}`;
    const ru1 = render(
      <I18nProvider lang="ru" messages={ru}>
        <LoadErrorState error={cors} onRetry={vi.fn()} sourceText="docs.google.com" dataPage={{ url: timeline, hrefWithData }} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Открыть хронологию на cdn.knightlab.com (откроется в новой вкладке)' })).toHaveClass('btn-primary');
    ru1.unmount();
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={{ url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`, hrefWithData }} />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toHaveClass('btn-primary');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it("links a published page to this page reading the same sheet's CSV", async () => {
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from docs.google.com" dataPage={{ url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`, hrefWithData }} />);
    const link = await screen.findByRole('link', { name: 'Load the published sheet as CSV' });
    expect(link).toHaveAttribute('href', hrefWithData(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`));
    expect(screen.getByRole('alert')).toHaveTextContent('This is a published Google Sheets page, not its data');
    expect(link).toHaveClass('btn-primary');
    expect(screen.getByRole('button', { name: 'Retry' })).not.toHaveClass('btn-primary');
  });

  it('links a TimelineJS embed to this page reading the file it shows', async () => {
    const url = `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${encodeURIComponent('https://news.example.org/t.json')}`;
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from cdn.knightlab.com" dataPage={{ url, hrefWithData }} />);
    const link = await screen.findByRole('link', { name: 'Load the file it shows' });
    expect(link).toHaveAttribute('href', hrefWithData('https://news.example.org/t.json'));
  });

  it('says nothing of Google Sheets for any other address, where Retry is the way forward', () => {
    render(<LoadErrorState error={cors} onRetry={vi.fn()} sourceText="Data from data.example.org" />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Google Sheets');
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveClass('btn-primary');
  });
});
