import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_SHOWN_PROBLEMS, ProblemList, problemsCsv } from '../../../src/features/dataset/ProblemList.tsx';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import type { Problem } from '../../../src/shared/dataset/problem.ts';

const problems: Problem[] = Array.from({ length: 45 }, (_, i) => ({ code: 'required', path: `row ${i + 2}, column "date"`, message: 'is required' }));

describe('ProblemList', () => {
  it('lists the first 20 problems and says how many more there are', () => {
    render(<ProblemList problems={problems} label="Problems in the file" />);
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items).toHaveLength(MAX_SHOWN_PROBLEMS + 1);
    expect(items.at(-1)).toHaveTextContent('and 25 more');
  });

  it('shows every kept problem on request, and then only the first again', async () => {
    render(<ProblemList problems={problems} total={600} label="Problems in the file" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 45' }));
    const items = within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem');
    expect(items).toHaveLength(46);
    expect(items[44]).toHaveTextContent('row 46, column "date": is required');
    // Only the first 45 of 600 were kept: the rest are still counted.
    expect(items.at(-1)).toHaveTextContent('and 555 more');
    await userEvent.click(screen.getByRole('button', { name: 'Show only the first 20', expanded: true }));
    expect(within(screen.getByRole('list', { name: 'Problems in the file' })).getAllByRole('listitem')).toHaveLength(21);
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
});
