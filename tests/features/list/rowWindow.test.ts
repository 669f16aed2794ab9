import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/features/list/EventTable.tsx';

describe('rowWindow', () => {
  it('renders the rows in view plus ten above and below', () => {
    expect(rowWindow(100_000, 44 * 1000, 440)).toEqual([990, 1020]);
  });

  it('starts at the first row at the top', () => {
    expect(rowWindow(100_000, 0, 440)).toEqual([0, 20]);
  });

  it('never goes past the last row', () => {
    expect(rowWindow(50, 44 * 45, 440)).toEqual([35, 50]);
  });
});
