import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataWarnings } from '../../../src/features/dataset/DataWarnings.tsx';
import { importInput } from '../../../src/shared/import/importInput.ts';

const sheet = '#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,03/04/2022,letter,nasa,,T,S\n';

describe('DataWarnings', () => {
  it('offers to read dates that read either way the other way round, and says which way', async () => {
    const onReadDates = vi.fn();
    const { problems } = importInput(sheet, { defaultDateOrder: 'mdy' });
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} onReadDates={onReadDates} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read the dates day first' }));
    expect(onReadDates).toHaveBeenCalledWith('dmy');
  });

  it('offers nothing of the kind where the file cannot be read again (a dataset by address)', () => {
    const { problems } = importInput(sheet);
    render(<DataWarnings problems={problems} eventCount={1} droppedEvents={0} />);
    expect(screen.queryByRole('button', { name: /^Read the dates/ })).toBeNull();
  });
});
