import { readCellDate, type CellDate, type DateOrder } from './cellDate.ts';

/*
 * A date a spreadsheet cell marks as approximate with a sign or a word before it: ~2022, около
 * 2022 (года), примерно 2022, ca. 2022, c. 2022, circa 2022, about 2022 (a month or a day too:
 * около марта 2022, circa 12 March 2022). Read as the date after the mark (readCellDate); the
 * caller marks the event approximate, the format's word for a date only roughly known, and says so.
 */
const MARK = /^(?:[~≈]|(?:около|примерно|приблизительно|circa|about|around|approximately|ca)\s|(?:ca|c|ок|approx)\.)\s*/iu;

/** The date after an approximate mark, or null when the cell has no mark or no date after it. */
export function readApproximateDate(cell: string, order: DateOrder): CellDate | null {
  const s = cell.trim().replace(/\s+/g, ' ');
  const mark = MARK.exec(s);
  if (!mark) return null;
  const rest = s.slice(mark[0].length).replace(/(?<=\d) года?$/u, '');
  return rest === '' ? null : readCellDate(rest, order);
}
