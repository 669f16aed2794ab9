import { afterEach, describe, expect, it, vi } from 'vitest';
import { markDateLines } from '../../../src/features/list/EventTable.tsx';

/** Stacked rows as EventTable renders them, each date `height` px tall in 20 px lines (jsdom lays nothing out). */
function rows(...heights: number[]): HTMLTableRowElement[] {
  const tbody = document.createElement('tbody');
  for (const [i, height] of heights.entries()) {
    const row = tbody.insertRow();
    row.dataset.rowId = `e${i}`;
    const date = document.createElement('div');
    date.className = 'list-clamp';
    date.style.lineHeight = '20px';
    date.textContent = `date ${i}`;
    row.insertCell().append(date);
    vi.spyOn(date, 'getBoundingClientRect').mockReturnValue({ height } as DOMRect);
  }
  return [...tbody.rows];
}

describe('markDateLines', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('marks each row with the lines its date takes, one or two', () => {
    const list = rows(20, 40, 20);
    markDateLines(list);
    expect(list.map((r) => r.dataset.dateLines)).toEqual(['1', '2', '1']);
  });

  it('counts a date longer than its two lines (clamped, or shown in full under the focus) as two', () => {
    const list = rows(60);
    markDateLines(list);
    expect(list[0]!.dataset.dateLines).toBe('2');
  });

  it('marks again when the width changed how a date wraps', () => {
    const list = rows(20);
    markDateLines(list);
    vi.spyOn(list[0]!.cells[0]!.firstElementChild!, 'getBoundingClientRect').mockReturnValue({ height: 40 } as DOMRect);
    markDateLines(list);
    expect(list[0]!.dataset.dateLines).toBe('2');
  });

  it('leaves a row unmarked (two lines for its date) when nothing is laid out', () => {
    const list = rows(20);
    markDateLines(list);
    vi.spyOn(list[0]!.cells[0]!.firstElementChild!, 'getBoundingClientRect').mockReturnValue({ height: 0 } as DOMRect);
    markDateLines(list);
    expect(list[0]!.dataset.dateLines).toBeUndefined();
  });
});
