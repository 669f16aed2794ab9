import { describe, expect, it } from 'vitest';
import { cellLocation, readLocation, unnamedCellLocation } from '../../../src/shared/import/location.ts';

describe('readLocation', () => {
  it('reads back every place cellLocation writes, whatever the column is called', () => {
    for (const column of [undefined, 'date', 'Start Date', 'source 1 title', 'a "quoted" name', 'back\\slash', 'дата', 'row 3, column "x"', '', 'תאריך', 'x\u202Ey\u2069']) {
      const place = readLocation(cellLocation(12, column));
      expect(place, String(column)).toEqual(column === undefined ? { row: 12 } : { row: 12, column });
    }
  });

  it('reads back a cell under a blank header cell, by its column number', () => {
    expect(readLocation(unnamedCellLocation(2, 20))).toEqual({ row: 2, unnamedColumn: 20 });
    expect(readLocation('row 2, column "20 (no header)"')).toEqual({ row: 2, column: '20 (no header)' });
  });

  it('writes a column with right-to-left characters isolated and one with bidi controls with their escapes', () => {
    expect(cellLocation(3, 'תאריך')).toBe('row 3, column \u2068"תאריך"\u2069');
    expect(cellLocation(3, 'a\u202Eb')).toBe('row 3, column "a\\u202eb"');
  });

  it('names the file as a whole, and leaves any other path (a JSON path) unread', () => {
    expect(readLocation('(file)')).toEqual({ file: true });
    for (const path of ['events[3].date', 'actors[0].translations.ru', 'row', 'row x', 'rows 3', 'row 3, col "a"', '']) expect(readLocation(path), path).toBeNull();
  });
});
