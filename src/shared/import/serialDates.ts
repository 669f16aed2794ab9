import type { Problem } from '../dataset/problem.ts';
import type { CellDate } from './cellDate.ts';
import { detailedProblem } from './detailedProblem.ts';

/*
 * Excel serial day numbers a file's date cells write (44632), read in the 1900 date system, as
 * Excel for Windows and LibreOffice count; a workbook set to the 1904 system (Excel for Mac's
 * option) means each 4 years and 1 day later, and a CSV does not say which. Nothing in the file
 * tells them apart honestly, so the reading is said once, at the first such cell, with the other day.
 */
export function serialDates() {
  let first: { path: string; value: string; kept: string; kept1904: string } | undefined;
  let count = 0;
  return {
    /** A date as read from the cell at `path` (written `value`): noted when it was a serial day. */
    add(path: string, value: string, d: CellDate): void {
      if (d.serial1904 === undefined) return;
      count++;
      first ??= { path, value: value.trim(), kept: d.iso, kept1904: d.serial1904 };
    },
    /** The one note for the file's serial days, or undefined when it wrote none. */
    problem(): Problem | undefined {
      return first && detailedProblem('serial-date', first.path, { key: 'serialDates', value: first.value, kept: first.kept, kept1904: first.kept1904, others: count - 1 });
    },
  };
}
