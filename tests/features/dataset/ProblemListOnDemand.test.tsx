import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ProblemListOnDemand } from '../../../src/features/dataset/ProblemListOnDemand.tsx';
import type { Problem } from '../../../src/shared/dataset/problem.ts';

const problem: Problem = { code: 'required', path: 'events[1].title', message: 'is required' };

// The first render in this file: the list's module has not loaded yet, as on a page that has not needed it.
describe('ProblemListOnDemand', () => {
  it('says the list of problems is on its way, then shows it', async () => {
    render(<ProblemListOnDemand problems={[problem]} label="Problems in the file" />);
    expect(screen.getByText('Loading the list of problems…')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Problems in the file' })).toHaveTextContent('events[1].title: is required');
    expect(screen.queryByText('Loading the list of problems…')).toBeNull();
  });
});
