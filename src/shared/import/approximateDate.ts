import { readCellDate, readCellDateRange, type CellDate, type DateOrder } from './cellDate.ts';

/*
 * A date a spreadsheet cell marks as approximate with a sign or a word before it: ~2022, около
 * 2022 (года), примерно 2022, ca. 2022, c. 2022, circa 2022, about 2022 (a month or a day too:
 * около марта 2022, circa 12 March 2022). Read as the date after the mark (readCellDate); the
 * caller marks the event approximate, the format's word for a date only roughly known, and says so.
 * A span of days after the mark (около 7–8 марта 2022, ~7–10 March 2022, c. March 7–10, 2022) is
 * read as the span (readCellDateRange), marked so too.
 */
const MARK = /^(?:[~≈]|(?:около|примерно|приблизительно|circa|about|around|approximately|ca)\s|(?:ca|c|ок|approx)\.)\s*/iu;

/** What a cell writes after an approximate mark, or null when it has no mark or nothing after it. */
function afterMark(cell: string): string | null {
  const s = cell.trim().replace(/\s+/g, ' ');
  const mark = MARK.exec(s);
  if (!mark) return null;
  const rest = s.slice(mark[0].length).replace(/(?<=\d) года?$/u, '');
  return rest === '' ? null : rest;
}

/** The date after an approximate mark, or null when the cell has no mark or no date after it. */
export function readApproximateDate(cell: string, order: DateOrder): CellDate | null {
  const rest = afterMark(cell);
  return rest === null ? null : readCellDate(rest, order);
}

/** The span of days after an approximate mark, or null when the cell has no mark or no span after it. */
export function readApproximateDateRange(cell: string, order: DateOrder): ReturnType<typeof readCellDateRange> {
  const rest = afterMark(cell);
  return rest === null ? null : readCellDateRange(rest, order);
}
