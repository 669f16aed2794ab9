import { quoteText } from '../dataset/problem.ts';
import { isolated } from '../text/isolated.ts';

/** Where a problem is in a spreadsheet, as its reader sees it: `row 12, column "Date"`. */
export function cellLocation(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${isolated(JSON.stringify(quoteText(column)))}`;
}

/** As cellLocation writes it: the column quoted as JSON, perhaps isolated (FSI … PDI). */
const CELL = /^row (\d+)(?:, column \u2068?("(?:[^"\\]|\\.)*")\u2069?)?$/;

/**
 * A problem's place read back, to be said in the reader's language: the file as a whole, a row
 * and perhaps a column as cellLocation wrote them, or null for any other path (`events[3].date`).
 */
export function readLocation(path: string): { file: true } | { row: number; column?: string } | null {
  if (path === '(file)') return { file: true };
  const m = CELL.exec(path);
  if (!m) return null;
  return m[2] === undefined ? { row: Number(m[1]) } : { row: Number(m[1]), column: JSON.parse(m[2]) as string };
}
