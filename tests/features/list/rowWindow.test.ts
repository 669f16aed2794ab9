import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/features/list/EventTable.tsx';

describe('rowWindow', () => {
  it('renders the rows in view plus ten above and below', () => {
    expect(rowWindow(100_000, 44 * 1000, 440, 44)).toEqual([990, 1020]);
  });

  it('starts at the first row at the top', () => {
    expect(rowWindow(100_000, 0, 440, 44)).toEqual([0, 20]);
  });

  it('never goes past the last row', () => {
    expect(rowWindow(50, 44 * 45, 440, 44)).toEqual([35, 50]);
  });

  it('renders the last rows when the list got shorter than where it was scrolled to', () => {
    // Scrolled to row 50,000 of 100,000, then a search leaves 500 rows: not none.
    expect(rowWindow(500, 44 * 50_000, 440, 44)).toEqual([490, 500]);
  });
});
