import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';
import { FileDrop } from '../../../src/features/openFile/FileDrop.tsx';
import { OpenFileButton } from '../../../src/features/openFile/OpenFileButton.tsx';
import { OpenFileNotice } from '../../../src/features/openFile/OpenFileNotice.tsx';
import { OpenFileStatus } from '../../../src/features/openFile/OpenFileStatus.tsx';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { downloadedTexts } from '../../downloadedTexts.ts';

afterEach(() => vi.restoreAllMocks());

/** Holds the dataset file back until the test lets it go (at 100,000 events it takes a second or more to make). */
const gate = vi.hoisted(() => ({ wait: null as Promise<void> | null }));
vi.mock('../../../src/features/export/exportJson.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/features/export/exportJson.ts')>();
  return {
    ...actual,
    exportJsonBlob: async (...args: Parameters<typeof actual.exportJsonBlob>) => {
      if (gate.wait) await gate.wait;
      return actual.exportJsonBlob(...args);
    },
  };
});

/** A drag event carrying `types` (and `files`), as the browser fires it at the page. */
function drag(type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', types: string[], files: File[] = []) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
  act(() => void window.dispatchEvent(event));
  return event;
}

describe('OpenFileButton', () => {
  it('is a real button that opens a file input for JSON and CSV, and hands on the file chosen', async () => {
    const onFile = vi.fn();
    const { container } = render(<OpenFileButton onFile={onFile} />);
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    expect(input).not.toBeVisible();
    expect(input.accept).toBe('.json,.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,application/json');
    const click = vi.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Open a file' }));
    expect(click).toHaveBeenCalledOnce();
    const file = new File(['x'], 'letters.csv', { type: 'text/csv' });
    await userEvent.upload(input, file);
    expect(onFile).toHaveBeenCalledWith(file);
  });
});

describe('FileDrop', () => {
  it('shows an overlay and says so politely while a file is dragged over the page, and opens the file dropped', () => {
    const onFile = vi.fn();
    const { container } = render(<FileDrop onFile={onFile} />);
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');
    expect(screen.queryByText('Drop the file to open it')).toBeNull();

    expect(drag('dragenter', ['Files']).defaultPrevented).toBe(true);
    drag('dragenter', ['Files']); // into a child element
    expect(screen.getByText('Drop the file to open it')).toBeInTheDocument();
    expect(live).toHaveTextContent('A file is over the page: drop it to open it here.');
    drag('dragleave', ['Files']); // out of the child: still over the page
    expect(screen.getByText('Drop the file to open it')).toBeInTheDocument();
    expect(drag('dragover', ['Files']).defaultPrevented).toBe(true);

    const file = new File(['{}'], 'timeline.json');
    expect(drag('drop', ['Files'], [file]).defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file, 0); // no other file dropped with it
    expect(screen.queryByText('Drop the file to open it')).toBeNull();
    expect(live).toHaveTextContent('');
  });

  it('hides the overlay when the drag leaves the page', () => {
    render(<FileDrop onFile={vi.fn()} />);
    drag('dragenter', ['Files']);
    drag('dragleave', ['Files']);
    expect(screen.queryByText('Drop the file to open it')).toBeNull();
  });

  it('leaves drags of anything but files to the browser', () => {
    const onFile = vi.fn();
    render(<FileDrop onFile={onFile} />);
    expect(drag('dragenter', ['text/plain', 'text/uri-list']).defaultPrevented).toBe(false);
    expect(drag('dragover', ['text/plain']).defaultPrevented).toBe(false);
    expect(screen.queryByText('Drop the file to open it')).toBeNull();
    expect(drag('drop', ['text/plain']).defaultPrevented).toBe(false);
    expect(onFile).not.toHaveBeenCalled();
  });
});

describe('OpenFileStatus', () => {
  it('says which file is being opened (in the page\'s live region) and how far reading it has got, with Cancel', async () => {
    const onCancel = vi.fn();
    const say = vi.fn();
    render(<OpenFileStatus loading={{ name: 'big.csv', progress: { stage: 'read', bytes: 5 * 1024 * 1024, total: 20 * 1024 * 1024 } }} failed={null} onCancel={onCancel} onDismiss={vi.fn()} say={say} />);
    expect(screen.getByText('Opening big.csv…')).toBeInTheDocument();
    expect(say).toHaveBeenLastCalledWith('Opening big.csv…');
    expect(screen.getByText('5.0 MB of 20.0 MB read')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Opening big.csv…' });
    expect(bar).toHaveAttribute('value', String(5 * 1024 * 1024));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('gives the reason a file was refused and its problems, as text, and says the timeline before stays', async () => {
    const onDismiss = vi.fn();
    const say = vi.fn();
    const error = new DatasetError('not-json', { why: 'notRead', problem: { code: 'wrong-encoding', path: '(file)', message: 'is <b>UTF-16</b> text' } }, [
      { code: 'wrong-encoding', path: '(file)', message: 'is <b>UTF-16</b> text' },
      { code: 'no-title', path: '(file)', message: 'has no <b>#title</b> row' },
    ]);
    render(<OpenFileStatus loading={null} failed={{ name: '<img src=x>.csv', error }} onCancel={vi.fn()} onDismiss={onDismiss} say={say} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('The file could not be opened: <img src=x>.csv');
    expect(alert).toHaveTextContent('The file cannot be read: it is <b>UTF-16</b> text.');
    // The list gives the other problems; the one the message names is not said twice.
    const list = within(alert).getByRole('list', { name: 'Problems in the file' });
    expect(list).toHaveTextContent('(file): has no <b>#title</b> row');
    expect(list).not.toHaveTextContent('UTF-16');
    expect(alert).toHaveTextContent('The timeline shown before is still open.');
    expect(alert.querySelector('img, b')).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    // An alert, read as it is shown: not said in the live region too.
    expect(say).not.toHaveBeenCalled();
  });
});

describe('OpenFileStatus, the file of a history entry not shown again', () => {
  it('says a file the reader closed was closed (forgotten on purpose), not that the browser failed to keep it, in English and Russian', async () => {
    const onDismiss = vi.fn();
    const say = vi.fn();
    const { unmount } = render(<OpenFileStatus loading={null} failed={null} lost={{ name: 'letters.csv', closed: true }} onCancel={vi.fn()} onDismiss={onDismiss} say={say} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^The file letters\.csv was closed\. Open it again to go on reading it\.Dismiss$/);
    // Said by the page's live region, there before it; the status shown is not live, not to say it twice.
    expect(say).toHaveBeenLastCalledWith('The file letters.csv was closed. Open it again to go on reading it.');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'off');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    unmount();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <OpenFileStatus loading={null} failed={null} lost={{ name: 'letters.csv', closed: true }} onCancel={vi.fn()} onDismiss={vi.fn()} say={say} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Файл letters.csv был закрыт. Откройте его снова, чтобы продолжить чтение.');
  });

  it('says a file the browser did not keep was not kept, and why it may not have been', () => {
    const say = vi.fn();
    render(<OpenFileStatus loading={null} failed={null} lost={{ name: 'letters.csv', closed: false }} onCancel={vi.fn()} onDismiss={vi.fn()} say={say} />);
    expect(screen.getByRole('status')).toHaveTextContent('The file letters.csv was not kept in this browser, so it cannot be shown again: a file opened on the page is kept only if this browser allows it and it is at most 16 MB. Open it again to go on reading it.');
    expect(screen.getByRole('status')).not.toHaveTextContent('was closed');
    expect(say).toHaveBeenLastCalledWith(expect.stringMatching(/^The file letters\.csv was not kept in this browser, so it cannot be shown again/));
  });

  it('says so in Russian too, naming no reload (Back and Forward come here as well)', () => {
    const say = vi.fn();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <OpenFileStatus loading={null} failed={null} lost={{ name: 'letters.csv', closed: false }} onCancel={vi.fn()} onDismiss={vi.fn()} say={say} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Файл letters.csv не сохранился в этом браузере, поэтому показать его снова нельзя: открытый на странице файл сохраняется, только если браузер это позволяет и файл не больше 16 МБ.');
    expect(say).toHaveBeenLastCalledWith(expect.stringMatching(/^Файл letters\.csv не сохранился в этом браузере/));
  });
});

describe('OpenFileStatus, refusing a file for one problem', () => {
  it('says the problem once, as its message, with no list repeating it (also when the worker sent separate copies of it)', () => {
    const png = () => ({ code: 'not-text' as const, path: '(file)', message: 'is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file' });
    const error = new DatasetError('not-json', { why: 'notRead', problem: png() }, [png()]);
    render(<OpenFileStatus loading={null} failed={{ name: 'photo.png', error }} onCancel={vi.fn()} onDismiss={vi.fn()} say={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The file cannot be read: it is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file.');
    expect(within(alert).queryByRole('list')).toBeNull();
    expect(alert.textContent!.match(/is an image \(PNG\)/g)).toHaveLength(1);
  });
});

describe('OpenFileStatus, the downloaded list of a refused file', () => {
  it('holds every problem, the one the message states first, though the list on the page leaves it out', async () => {
    const texts = downloadedTexts();
    const missing = { code: 'missing-columns' as const, path: 'row 1', message: 'the header has no "date" column' };
    const others = Array.from({ length: 25 }, (_, i) => ({ code: 'unknown-column' as const, path: `row 1, column "x${i}"`, message: 'is not a column of this format (ignored)' }));
    const error = new DatasetError('invalid', { why: 'invalid', problem: missing, more: others.length }, [missing, ...others]);
    render(<OpenFileStatus loading={null} failed={{ name: 'sheet.csv', error }} onCancel={vi.fn()} onDismiss={vi.fn()} say={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('the header has no "date" column');
    expect(within(alert).getByRole('list', { name: 'Problems in the file' })).not.toHaveTextContent('the header has no');
    await userEvent.click(within(alert).getByRole('button', { name: 'Download the list (CSV)' }));
    await vi.waitFor(() => expect(texts).toHaveLength(1));
    const lines = (await texts[0]!).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 1 + 25);
    expect(lines[1]).toBe('row 1,"the header has no ""date"" column"');
    expect(lines.at(-1)).toBe('"row 1, column ""x24""",is not a column of this format (ignored)');
  });
});

describe('OpenFileNotice', () => {
  const result = parseDatasetText(readFileSync('tests/fixtures/valid-minimal.json', 'utf8'));
  const model = buildTimelineModel(result.dataset!);
  const say = vi.fn();
  beforeEach(() => say.mockClear());

  it('names the file as text, says how it was read and that the view cannot be shared as a link', () => {
    render(<OpenFileNotice name="<i>Space</i> race.csv" format="timelinejs-csv" model={model} onClose={vi.fn()} say={say} />);
    const notice = screen.getByRole('region', { name: 'Opened file' });
    expect(notice).toHaveTextContent('This timeline comes from a file on this computer: <i>Space</i> race.csv. Read as a TimelineJS spreadsheet (CSV); nothing was uploaded.');
    expect(notice).toHaveTextContent('This view cannot be shared as a link, so Copy link and Embed are off while the file is open.');
    expect(notice.querySelector('i')).toBeNull();
  });

  it('says how many files dropped with it were not opened, in words that agree with the count, in English and Russian', () => {
    // Before: «остальные перетащенные вместе с ним (1 файл) не открыты: одна шкала за раз» (the others… one file;
    // «шкала», the axis, for the timeline) and 'the others dropped with it (1 file) were not'.
    const said = (lang: 'en' | 'ru', others: number) => {
      const notice = (
        <I18nProvider lang={lang} messages={lang === 'ru' ? ru : en}>
          <OpenFileNotice name="letters.csv" othersDropped={others} format="dataset-csv" model={model} onClose={vi.fn()} say={say} />
        </I18nProvider>
      );
      const { unmount } = render(notice);
      const text = screen.getByText(/^(Only this file|Открыт только)/).textContent;
      unmount();
      return text;
    };
    expect(said('en', 1)).toBe('Only this file was opened; the other file dropped with it was not: one timeline at a time.');
    expect(said('en', 3)).toBe('Only this file was opened; the 3 others dropped with it were not: one timeline at a time.');
    expect(said('ru', 1)).toBe('Открыт только этот файл; ещё 1 перетащенный вместе с ним файл не открыт: за раз открывается одна хронология.');
    expect(said('ru', 2)).toBe('Открыт только этот файл; ещё 2 перетащенных вместе с ним файла не открыты: за раз открывается одна хронология.');
    expect(said('ru', 5)).toBe('Открыт только этот файл; ещё 5 перетащенных вместе с ним файлов не открыты: за раз открывается одна хронология.');
    expect(said('ru', 21)).toBe('Открыт только этот файл; ещё 21 перетащенный вместе с ним файл не открыт: за раз открывается одна хронология.');
  });

  it('takes focus when shown (the page under the reader\'s focus was replaced), but not for the same file read again', () => {
    const { unmount } = render(<OpenFileNotice name="letters.csv" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    expect(screen.getByRole('region', { name: 'Opened file' })).toHaveFocus();
    unmount();
    render(<OpenFileNotice name="letters.csv" takeFocus={false} format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    expect(screen.getByRole('region', { name: 'Opened file' })).not.toHaveFocus();
  });

  it('says nothing of keeping the file while the browser keeps it, or has not yet said', () => {
    render(<OpenFileNotice name="letters.csv" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    expect(screen.getByRole('region', { name: 'Opened file' })).not.toHaveTextContent(/reload|keep/);
    // Nothing said in the page's live region (there, empty, before the notice): what it says once the browser has answered is announced.
    expect(say).not.toHaveBeenCalled();
  });

  it('says at once, politely, when this browser cannot keep the file (no storage) or will not (too large): a reload will close it; in English and Russian', () => {
    const { rerender } = render(<OpenFileNotice name="letters.csv" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    const notice = screen.getByRole('region', { name: 'Opened file' });
    rerender(<OpenFileNotice name="letters.csv" notKept="no-storage" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    const said = within(notice).getByText('This browser cannot keep the file for this page: a reload will close it.');
    // Said by the page's live region, there before the notice (which may be shown with these words already); not live here, not to say it twice.
    expect(say).toHaveBeenLastCalledWith('This browser cannot keep the file for this page: a reload will close it.');
    expect(said).not.toHaveAttribute('aria-live');
    rerender(<OpenFileNotice name="letters.csv" notKept="too-large" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    expect(said).toHaveTextContent('Files over 16 MB are not kept for a reload: reloading this page will close this one.');
    expect(say).toHaveBeenLastCalledWith('Files over 16 MB are not kept for a reload: reloading this page will close this one.');
    rerender(
      <I18nProvider lang="ru" messages={ru}>
        <OpenFileNotice name="letters.csv" notKept="no-storage" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />
      </I18nProvider>,
    );
    expect(screen.getByRole('region', { name: 'Открытый файл' })).toHaveTextContent('Этот браузер не может сохранить файл для страницы: после перезагрузки он закроется.');
  });

  it('downloads the checked dataset as format v1 JSON named after the file, and closes', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ blob: blob as Blob, name: '' });
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    });
    const onClose = vi.fn();
    render(<OpenFileNotice name="Two letters.csv" format="dataset-csv" model={model} onClose={onClose} say={say} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download as dataset JSON' }));
    expect(saved.map((s) => s.name)).toEqual(['two-letters-dataset.json']);
    expect(screen.getByText('two-letters-dataset.json downloaded.')).toBeInTheDocument();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(saved[0]!.blob);
    });
    const checked = validateDataset(JSON.parse(text));
    expect(checked.problems).toEqual([]);
    expect(checked.dataset?.events.map((e) => e.id)).toEqual(['demand', 'reply']);
    await userEvent.click(screen.getByRole('button', { name: 'Close the file' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('names the dataset downloaded from the Russian page in its words, in Latin letters, as a filtered download is marked', async () => {
    // Before: "pisma-dataset.json", and «Файл pisma-dataset.json скачан.».
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(
      <I18nProvider lang="ru" messages={ru}>
        <OpenFileNotice name="Письма.csv" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать как набор данных JSON' }));
    expect(await screen.findByText('Файл pisma-nabor-dannykh.json скачан.')).toBeInTheDocument();
    expect(names).toEqual(['pisma-nabor-dannykh.json']);
  });

  it('says the dataset is being prepared, its button busy and still focused, until it is downloaded, once however often pressed', async () => {
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    let letGo = () => {};
    gate.wait = new Promise((resolve) => (letGo = resolve));
    render(<OpenFileNotice name="Two letters.csv" format="dataset-csv" model={model} onClose={vi.fn()} say={say} />);
    const button = screen.getByRole('button', { name: 'Download as dataset JSON' });
    await userEvent.click(button);
    expect(screen.getByText('Preparing two-letters-dataset.json…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveFocus();
    await userEvent.click(button);
    letGo();
    gate.wait = null;
    expect(await screen.findByText('two-letters-dataset.json downloaded.')).toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-busy');
    expect(names).toEqual(['two-letters-dataset.json']);
  });
});
