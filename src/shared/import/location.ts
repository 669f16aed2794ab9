import { quoteText } from '../dataset/problem.ts';

/** Where a problem is in a spreadsheet, as its reader sees it: `row 12, column "Date"`. */
export function cellLocation(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(quoteText(column))}`;
}
