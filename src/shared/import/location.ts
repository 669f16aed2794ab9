import { quoteText } from '../dataset/problem.ts';
import { isolated } from '../text/isolated.ts';

/** Where a problem is in a spreadsheet, as its reader sees it: `row 12, column "Date"`. */
export function cellLocation(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${isolated(JSON.stringify(quoteText(column)))}`;
}

/** A cell under a header cell left blank, by its column's number (the first is 1): `row 2, column 20 (no header)`. */
export function unnamedCellLocation(row: number, column: number): string {
  return `row ${row}, column ${column} (no header)`;
}

/** As cellLocation and unnamedCellLocation write it: the column quoted as JSON, perhaps isolated (FSI … PDI), or its number. */
const CELL = /^row (\d+)(?:, column (?:\u2068?("(?:[^"\\]|\\.)*")\u2069?|(\d+) \(no header\)))?$/;

/**
 * A problem's place read back, to be said in the reader's language: the file as a whole, a row
 * and perhaps a column as cellLocation wrote them, or null for any other path (`events[3].date`).
 */
export function readLocation(path: string): { file: true } | { row: number; column?: string; unnamedColumn?: number } | null {
  if (path === '(file)') return { file: true };
  const m = CELL.exec(path);
  if (!m) return null;
  if (m[3] !== undefined) return { row: Number(m[1]), unnamedColumn: Number(m[3]) };
  return m[2] === undefined ? { row: Number(m[1]) } : { row: Number(m[1]), column: JSON.parse(m[2]) as string };
}
