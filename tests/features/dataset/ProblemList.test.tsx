import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_SHOWN_PROBLEMS, ProblemList, problemsCsv } from '../../../src/features/dataset/ProblemList.tsx';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
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
