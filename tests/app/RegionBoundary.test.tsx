import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegionBoundary } from '../../src/app/RegionBoundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>Chart drawn</p>;
}

describe('RegionBoundary', () => {
  it('shows a message in place of a region that fails, keeps its neighbours, and reloads it on request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <>
        <RegionBoundary name="the chart" keep={<button type="button">List</button>}>
          <Fragile />
        </RegionBoundary>
        <RegionBoundary name="the list">
          <p>Rows</p>
        </RegionBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, the chart could not be shown.');
    expect(screen.getByRole('button', { name: 'List' })).toBeInTheDocument();
    expect(screen.getByText('Rows')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reload this view' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });
});
