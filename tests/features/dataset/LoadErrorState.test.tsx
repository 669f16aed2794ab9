import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadErrorState } from '../../../src/features/dataset/LoadErrorState.tsx';
import { DatasetError } from '../../../src/features/dataset/datasetError.ts';
import type { Problem } from '../../../src/shared/dataset/problem.ts';
import { enProblemTexts } from '../../../src/shared/i18n/problemTexts.ts';
import { downloadedTexts } from '../../downloadedTexts.ts';

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
