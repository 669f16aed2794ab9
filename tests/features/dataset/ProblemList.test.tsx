import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_RENDERED_PROBLEMS, ProblemList } from '../../../src/features/dataset/ProblemList.tsx';
import { MAX_SHOWN_PROBLEMS, type UnlistedProblems } from '../../../src/features/dataset/keptProblems.ts';
import { problemsCsv } from '../../../src/features/dataset/problemsCsv.ts';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import type { Problem } from '../../../src/shared/dataset/problem.ts';
import { enProblemTexts } from '../../../src/shared/i18n/problemTexts.ts';
import { downloadedTexts } from '../../downloadedTexts.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';

const problems: Problem[] = Array.from({ length: 45 }, (_, i) => ({ code: 'required', path: `row ${i + 2}, column "date"`, message: 'is required' }));

describe('ProblemList', () => {
  it('lists the first 20 problems and says how many more there are', () => {
    render(<ProblemList problems={problems} label="Problems in the file" />);
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items).toHaveLength(MAX_SHOWN_PROBLEMS + 1);
    expect(items.at(-1)).toHaveTextContent('and 25 more');
  });

  it('shows every listed problem on request, and then only the first again', async () => {
    render(<ProblemList problems={problems} label="Problems in the file" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 45' }));
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items).toHaveLength(45);
    expect(items[44]).toHaveTextContent('row 46, column "date": is required');
    await userEvent.click(screen.getByRole('button', { name: 'Show only the first 20', expanded: true }));
    expect(within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem')).toHaveLength(21);
  });

  it('puts its buttons before the list, which grows after the button pressed, and names the list as what it shows', async () => {
    render(<ProblemList problems={problems} label="Problems in the file" />);
    const toggle = screen.getByRole('button', { name: 'Show all 45' });
    const list = screen.getByRole('list', { name: 'Problems in the file' });
    // After it, the list grows away from the button and the focus; before, "Show the first 1,000" ended up 24,000 px below the rows in view.
    expect(toggle.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the list (CSV)' }).compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    await userEvent.click(toggle);
    expect(toggle).toHaveFocus();
  });

  it('offers no buttons for a list short enough to show whole', () => {
    render(<ProblemList problems={problems.slice(0, MAX_SHOWN_PROBLEMS)} label="Problems in the file" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ProblemList in Russian', () => {
  it('names the places in Russian: a cell, a row, the file; a JSON path stays as written', () => {
    const places: Problem[] = [
      { code: 'required', path: 'row 10, column "date"', message: 'is required' },
      { code: 'required', path: 'row 8', message: 'is required' },
      { code: 'required', path: '(file)', message: 'is required' },
      { code: 'required', path: 'events[3].date', message: 'is required' },
    ];
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ProblemList problems={places} label="Проблемы в файле" />
      </I18nProvider>,
    );
    const items = within(screen.getByRole('list', { name: 'Проблемы в файле' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent!.split(':')[0])).toEqual(['строка 10, столбец «date»', 'строка 8', '(файл)', 'events[3].date']);
  });
});

describe('problemsCsv', () => {
  it('writes where and what, one row per problem, with a BOM for Excel and cells that cannot run as formulas', () => {
    const csv = problemsCsv([...problems.slice(0, 2), { code: 'required', path: '=HYPERLINK("x")', message: 'is required' }], en);
    expect(csv.startsWith('\ufeffWhere,Problem\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('"row 2, column ""date""",is required');
    expect(lines[3]!.startsWith("\"'=HYPERLINK")).toBe(true);
  });

  it("separates with semicolons where asked (Excel's separator in a Russian locale), quoting a cell that holds one", () => {
    const csv = problemsCsv([{ code: 'required', path: 'row 2; column "date"', message: 'is required' }], en, [], String, ';');
    expect(csv).toBe('\ufeffWhere;Problem\r\n"row 2; column ""date""";is required\r\n');
  });
});

describe('ProblemList of a long sheet', () => {
  afterEach(() => vi.restoreAllMocks());

  const many: Problem[] = Array.from({ length: 2_500 }, (_, i) => ({ code: 'invalid-date', path: `row ${i + 2}, column "date"`, message: 'is not a valid date' }));

  it('puts at most 1,000 problems on the page, saying that the rest are in the downloaded list, which has every one', async () => {
    const texts = downloadedTexts();
    render(<ProblemList problems={many} label="Problems in the file" />);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the first 1,000' }));
    // (hidden: true: the list is visible; this skips jsdom's slow style check of a thousand items.)
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem', { hidden: true });
    expect(items).toHaveLength(MAX_RENDERED_PROBLEMS + 1);
    expect(items.at(-1)).toHaveTextContent('and 1,500 more, all in the downloaded list');
    await userEvent.click(screen.getByRole('button', { name: 'Download the list (CSV)' }));
    await vi.waitFor(() => expect(texts).toHaveLength(1));
    const lines = (await texts[0]!).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2_500);
    expect(lines.at(-1)).toBe('"row 2501, column ""date""",is not a valid date');
  });

  it('says how many more of a kind were counted rather than listed, on the page and at the end of the downloaded list', async () => {
    const texts = downloadedTexts();
    const unsourced: Problem[] = Array.from({ length: 30 }, (_, i) => ({ code: 'unsourced', path: `row ${i + 2}`, message: 'has no source: the event is shown marked "Unsourced"' }));
    render(<ProblemList problems={unsourced} unlisted={[{ code: 'unsourced', count: 98_900, message: enProblemTexts.problems.unsourced }]} label="Problems in the file" />);
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      ...unsourced.slice(0, 20).map((p) => `${p.path}: ${p.message}`),
      'and 10 more',
      '98,900 more, not listed one by one: has no source: the event is shown marked "Unsourced"',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem').at(-1)).toHaveTextContent('98,900 more, not listed one by one');
    await userEvent.click(screen.getByRole('button', { name: 'Download the list (CSV)' }));
    await vi.waitFor(() => expect(texts).toHaveLength(1));
    const lines = (await texts[0]!).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 30 + 1);
    expect(lines.at(-1)).toBe('"98,900 more, not listed one by one","has no source: the event is shown marked ""Unsourced"""');
  });

  it('says that the counted problems left their events out when they did, in English and Russian, on the page and in the downloaded list', async () => {
    const texts = downloadedTexts();
    const unlisted: UnlistedProblems[] = [
      { code: 'invalid-date', count: 5_000, leftOut: 'event', message: 'is not a valid date: their events were left out' },
      { code: 'duplicate-id', count: 1_200, leftOut: 'actor', message: 'repeats an id used before: their actors were left out' },
      { code: 'unsourced', count: 98_900, message: enProblemTexts.problems.unsourced },
    ];
    const cases = [
      {
        lang: 'en',
        messages: en,
        label: 'Problems in the file',
        download: 'Download the list (CSV)',
        page: [
          '5,000 more, not listed one by one: is not a valid date: their events were left out',
          '1,200 more, not listed one by one: repeats an id used before: their actors were left out',
          '98,900 more, not listed one by one: has no source: the event is shown marked "Unsourced"',
        ],
        csv: [
          '"5,000 more, not listed one by one",is not a valid date: their events were left out',
          '"1,200 more, not listed one by one",repeats an id used before: their actors were left out',
          '"98,900 more, not listed one by one","has no source: the event is shown marked ""Unsourced"""',
        ],
      },
      {
        lang: 'ru',
        messages: ru,
        label: 'Проблемы в файле',
        download: 'Скачать список (CSV)',
        page: [
          'ещё 5 000, не перечислены по отдельности: недопустимая дата: эти события пропущены',
          'ещё 1 200, не перечислены по отдельности: идентификатор повторяется: эти участники пропущены',
          'ещё 98 900, не перечислены по отдельности: нет источника: событие помечено «Без источника»',
        ],
        csv: [
          '"ещё 5 000, не перечислены по отдельности",недопустимая дата: эти события пропущены',
          '"ещё 1 200, не перечислены по отдельности",идентификатор повторяется: эти участники пропущены',
          '"ещё 98 900, не перечислены по отдельности",нет источника: событие помечено «Без источника»',
        ],
      },
    ] as const;
    for (const c of cases) {
      const { unmount } = render(
        <I18nProvider lang={c.lang} messages={c.messages}>
          <ProblemList problems={[]} unlisted={unlisted} label={c.label} />
        </I18nProvider>,
      );
      // (Russian groups thousands with a no-break space.)
      const items = within(screen.getByRole('list', { name: c.label })).getAllByRole('listitem');
      expect(items.map((li) => li.textContent!.replace(/\u00a0/g, ' '))).toEqual(c.page);
      await userEvent.click(screen.getByRole('button', { name: c.download }));
      await vi.waitFor(() => expect(texts).toHaveLength(c.lang === 'en' ? 1 : 2));
      const lines = (await texts.at(-1)!).replace(/\u00a0/g, ' ').trimEnd().split('\r\n').slice(1);
      expect(lines).toEqual(c.csv);
      unmount();
    }
  });

  it('says it in Russian', () => {
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ProblemList problems={[]} unlisted={[{ code: 'unsourced', count: 98_900, message: enProblemTexts.problems.unsourced }]} label="Проблемы в файле" />
      </I18nProvider>,
    );
    expect(within(screen.getByRole('list', { name: 'Проблемы в файле' })).getByRole('listitem')).toHaveTextContent(/^ещё 98\s900, не перечислены по отдельности: нет источника/);
    expect(screen.getByRole('button', { name: 'Скачать список (CSV)' })).toBeInTheDocument();
  });
});

describe('ProblemList, a long list of several kinds', () => {
  const mixed: Problem[] = [
    ...Array.from({ length: 30 }, (_, i): Problem => ({ code: 'invalid-date', path: `row ${i + 2}, column "date"`, message: 'is not a valid date' })),
    ...Array.from({ length: 3 }, (_, i): Problem => ({ code: 'unknown-actor', path: `row ${i + 40}, column "from"`, message: 'names an unknown actor (ignored)' })),
  ];
  const items = () => within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');

  it('offers each kind with its count, the most frequent first, and shows only the kind chosen', async () => {
    render(<ProblemList problems={mixed} label="Problems in the file" />);
    const kinds = within(screen.getByRole('group', { name: 'Show by kind' })).getAllByRole('button');
    expect(kinds.map((b) => b.textContent)).toEqual(['Every kind (33)', 'is not a valid date (30)', 'names an unknown actor (ignored) (3)']);
    expect(kinds[0]).toHaveAttribute('aria-pressed', 'true');
    // The three unknown actors come after the first 20 dates: before, an author had to show all to find them.
    await userEvent.click(kinds[2]!);
    expect(kinds[2]).toHaveAttribute('aria-pressed', 'true');
    expect(items().map((li) => li.textContent)).toEqual(['row 40, column "from": names an unknown actor (ignored)', 'row 41, column "from": names an unknown actor (ignored)', 'row 42, column "from": names an unknown actor (ignored)']);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    await userEvent.click(kinds[1]!);
    expect(items()).toHaveLength(21);
    expect(screen.getByRole('button', { name: 'Show all 30' })).toBeInTheDocument();
    await userEvent.click(kinds[0]!);
    expect(items().at(-1)).toHaveTextContent('and 13 more');
  });

  it('offers no kinds for a short list, or one of a single kind', () => {
    const { unmount } = render(<ProblemList problems={mixed.slice(28)} label="Problems in the file" />);
    expect(screen.queryByRole('group', { name: 'Show by kind' })).toBeNull();
    unmount();
    render(<ProblemList problems={problems} label="Problems in the file" />);
    expect(screen.queryByRole('group', { name: 'Show by kind' })).toBeNull();
  });

  it('names the kinds in Russian', () => {
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ProblemList problems={mixed} label="Проблемы в файле" />
      </I18nProvider>,
    );
    expect(within(screen.getByRole('group', { name: 'Показать по видам' })).getAllByRole('button')[0]).toHaveTextContent('Все виды (33)');
  });
});

describe('ProblemList, a sheet whose dates read either way', () => {
  // Before, the kind's button said "…: read day first" ("прочитано «день первым»") of a file read month first,
  // as in a US browser or after "Read the dates month first", beside the item saying it was read month first.
  const sheet = `date,kind,from,title,summary\n03/04/2022,letter,A,t1,s\n${Array.from({ length: 6 }, (_, i) => `2022-03-1${i},letter,B,t${i + 2},s`).join('\n')}\n`;

  it('names the kind without an order, in English and Russian, whichever way the file was read', async () => {
    for (const dateOrder of ['dmy', 'mdy'] as const) {
      const { problems } = importInput(sheet, { dateOrder });
      for (const [lang, messages, order] of [['en', en, dateOrder === 'dmy' ? 'day first' : 'month first'], ['ru', ru, dateOrder === 'dmy' ? 'как день/месяц/год' : 'как месяц/день/год']] as const) {
        const { unmount } = render(
          <I18nProvider lang={lang} messages={messages}>
            <ProblemList problems={problems} label="list" first={5} />
          </I18nProvider>,
        );
        const kinds = within(screen.getByRole('group')).getAllByRole('button');
        const kind = kinds.find((b) => /order|порядок/.test(b.textContent!))!;
        expect(kind, `${lang} ${dateOrder}`).toBeDefined();
        expect(kind.textContent, `${lang} ${dateOrder}`).not.toMatch(/first|перв|месяц\/|день\//);
        await userEvent.click(kind);
        expect(within(screen.getByRole('list', { name: 'list' })).getByRole('listitem').textContent, `${lang} ${dateOrder}`).toContain(order);
        unmount();
      }
    }
  });
});

describe('ProblemList in an embed (forReaders)', () => {
  afterEach(() => vi.restoreAllMocks());
  const twoDigit = importInput('date,kind,from,title,summary,source 1 title,source 1 publisher\n7.3.22,letter,NASA,T,S,A,B\n').problems.find((p) => p.code === 'short-year')!;
  const refused: Problem = { code: 'wrong-encoding', path: '(file)', message: 'is UTF-16 text ("Unicode text") that cannot be decoded: in your spreadsheet choose File › Save as (or Download) › "CSV UTF-8", then open that file' };
  const counted: UnlistedProblems[] = [
    { code: 'wrong-encoding', count: 3, message: enProblemTexts.problems['wrong-encoding'] },
    { code: 'not-text', count: 2, message: enProblemTexts.problems['not-text'] },
  ];

  for (const [lang, messages, advice] of [
    ['en', en, /save it|write the year|Save as/],
    ['ru', ru, /сохраните|запишите|Сохранить как/],
  ] as const) {
    it(`lists and downloads the same words, none of them advice for the file's author (${lang})`, async () => {
      // Before, the counted lines said "is not UTF-8 text: save it as CSV UTF-8" and "is not a text file: save it as CSV UTF-8 or JSON",
      // and the downloaded list wrote every problem with the full page's advice.
      const texts = downloadedTexts();
      render(
        <I18nProvider lang={lang} messages={messages}>
          <ProblemList problems={[twoDigit, refused]} unlisted={counted} label="list" forReaders />
        </I18nProvider>,
      );
      const shown = within(screen.getByRole('list', { name: 'list' })).getAllByRole('listitem').map((li) => li.textContent!);
      expect(shown).toHaveLength(4);
      for (const line of shown) expect(line).not.toMatch(advice);
      await userEvent.click(screen.getByRole('button', { name: messages === en ? 'Download the list (CSV)' : 'Скачать список (CSV)' }));
      await vi.waitFor(() => expect(texts).toHaveLength(1));
      const rows = (await texts[0]!).replace(/^\ufeff/, '').trimEnd().split('\r\n').slice(1);
      // Each row as the list says it: where, then what.
      expect(rows.map((r) => r.replace(/^("(?:[^"]|"")*"|[^,]*),("(?:[^"]|"")*"|.*)$/, (_, where: string, what: string) => `${unquote(where)}: ${unquote(what)}`))).toEqual(shown);
    });
  }
  const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);

  it('says the refused kinds without advice in either language', () => {
    render(<ProblemList problems={[]} unlisted={counted} label="list" forReaders />);
    expect(within(screen.getByRole('list', { name: 'list' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '3 more, not listed one by one: is not UTF-8 text',
      '2 more, not listed one by one: is not a text file',
    ]);
  });
});

describe('ProblemList\'s download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the downloaded list in the page\'s language, in Latin letters: problems.csv, problemy.csv on the Russian page', async () => {
    // Before: "problems.csv" on the Russian page too, a file whose every line is Russian.
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { unmount } = render(<ProblemList problems={problems} label="Problems in the file" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the list (CSV)' }));
    await vi.waitFor(() => expect(names).toEqual(['problems.csv']));
    unmount();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ProblemList problems={problems} label="Проблемы в файле" />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать список (CSV)' }));
    await vi.waitFor(() => expect(names).toEqual(['problems.csv', 'problemy.csv']));
  });

  it('says the list was downloaded in the page\'s live region, as the other downloads say theirs', async () => {
    // Before, a screen reader heard nothing at all once "Download the list (CSV)" was pressed.
    downloadedTexts();
    const say = vi.fn();
    render(
      <I18nProvider lang="ru" messages={ru}>
        <ProblemList problems={problems} label="Проблемы в файле" say={say} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать список (CSV)' }));
    await vi.waitFor(() => expect(say).toHaveBeenCalledWith('problemy.csv: файл скачан.'));
  });
});
