import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_GAP, MAX_ROWS, stackRows } from '../../../../src/features/timeline/layout/stackRows.ts';

describe('stackRows', () => {
  it('keeps marks at least 18 px apart in row 0', () => {
    expect(MARK_GAP).toBe(18);
    expect(stackRows([0, 50, 100, 118])).toEqual([0, 0, 0, 0]);
  });

  it('stacks marks closer than the gap into a second row', () => {
    expect(stackRows([0, 17.9])).toEqual([0, 1]);
    expect(stackRows([0, 10, 20])).toEqual([0, 1, 0]);
  });

  it('reuses the first row that has room, not the last one opened', () => {
    expect(stackRows([0, 5, 10, 19])).toEqual([0, 1, 2, 0]);
    expect(stackRows([0, 5, 10, 24])).toEqual([0, 1, 2, 0]);
    expect(stackRows([0, 5, 10, 19, 24])).toEqual([0, 1, 2, 0, 1]);
  });

  it('makes the rows share past four rows, overlapping in the least recently used one', () => {
    expect(MAX_ROWS).toBe(4);
    expect(stackRows([0, 1, 2, 3, 4])).toEqual([0, 1, 2, 3, 0]);
    expect(stackRows([0, 1, 2, 3, 4, 5])).toEqual([0, 1, 2, 3, 0, 1]);
    expect(stackRows([10, 10, 10, 10, 10, 10])).toEqual([0, 1, 2, 3, 0, 0]);
  });

  it('honours a custom gap and a custom number of rows', () => {
    expect(stackRows([0, 30, 60], 40)).toEqual([0, 1, 0]);
    expect(stackRows([0, 1, 2, 3], MARK_GAP, 2)).toEqual([0, 1, 0, 1]);
    expect(stackRows([0, 1, 2], MARK_GAP, 1)).toEqual([0, 0, 0]);
  });

  it('returns the rows in input order, whatever order the points come in', () => {
    expect(stackRows([20, 0, 10])).toEqual([0, 0, 1]);
    expect(stackRows([10, 20, 0])).toEqual([1, 0, 0]);
  });

  it('gives each distinct x the same row however the input is shuffled', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }),
        fc.func(fc.integer()),
        (xs, key) => {
          const rowOf = new Map(xs.map((x, i) => [x, stackRows(xs)[i]]));
          const shuffled = [...xs].sort((a, b) => key(a) - key(b) || a - b);
          const rows = stackRows(shuffled);
          shuffled.forEach((x, i) => expect(rows[i]).toBe(rowOf.get(x)));
        },
      ),
    );
  });

  it('never puts two marks of a row closer than the gap while rows remain', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { maxLength: 12 }), (xs) => {
        const rows = stackRows(xs, MARK_GAP, 100);
        const byRow = new Map<number, number[]>();
        xs.forEach((x, i) => byRow.set(rows[i]!, [...(byRow.get(rows[i]!) ?? []), x]));
        for (const list of byRow.values()) {
          list.sort((a, b) => a - b);
          for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBeGreaterThanOrEqual(MARK_GAP);
        }
      }),
    );
  });

  it('returns no row for no point', () => {
    expect(stackRows([])).toEqual([]);
  });
});
