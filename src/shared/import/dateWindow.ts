import { monthNumber } from './cellDate.ts';

/*
 * A period a spreadsheet's date cell writes in words, read as the window of dates the format can
 * say (date, dateEnd: "somewhere between", data/README.md):
 * - a quarter (III квартал 2022, 3 кв. 2022, Q3 2022): its three months, 2022-07 to 2022-09;
 * - a part of a month (начало марта 2022, early March 2022; середина, mid; конец, late or end of):
 *   days 1–10, 11–20 or 21 to the month's end, marked approximate, since where such a part ends is
 *   nobody's rule. The caller says how each was read; in a row with a date end of its own, the
 *   window's start is the date and that end the date end.
 */

export interface DateWindow {
  start: string;
  end: string;
  /** The window's edges are a reading, not the cell's: the event is marked approximate. */
  approximate: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV'];

/** III квартал 2022, 3-й квартал 2022, 3 кв. 2022, Q3 2022, 3Q 2022 (Latin I and V for the Roman numerals). */
const QUARTER = /^(?:(I{1,3}|IV|[1-4])(?:-?[йя])? ?(?:квартал|кв\.?)|Q([1-4])|([1-4])Q)[ ,/-]*(\d{4})$/iu;
/** начало марта 2022, в середине марта 2022, конец марта 2022. */
const PART_RU = /^(?:в )?(начал[оеа]|середин[аеы]|кон(?:ец|це|ца)) ([\p{L}]+)\.? (\d{4})$/iu;
/** early March 2022, mid-March 2022, late March 2022, beginning of / middle of / end of March 2022. */
const PART_EN = /^(early|mid|late|beginning of|middle of|end of)[ -]([\p{L}]+)\.?,? (\d{4})$/iu;

/** 0 (first ten days), 1 (middle ten) or 2 (the rest), by the word that names the part. */
function part(word: string): 0 | 1 | 2 {
  const w = word.toLowerCase();
  if (w.startsWith('начал') || w === 'early' || w === 'beginning of') return 0;
  if (w.startsWith('середин') || w === 'mid' || w === 'middle of') return 1;
  return 2;
}

/** A cell that writes a quarter or a part of a month, as the window of dates it covers; null otherwise. */
export function readDateWindow(cell: string): DateWindow | null {
  const s = cell.trim().replace(/\s+/g, ' ').replace(/(?<=\d) ?г(?:ода?|\.)?$/u, '');
  const q = QUARTER.exec(s);
  if (q) {
    const written = q[1] ?? q[2] ?? q[3]!;
    const n = /^\d$/.test(written) ? Number(written) : ROMAN.indexOf(written.toUpperCase()) + 1;
    const first = 3 * n - 2;
    return { start: `${q[4]!}-${pad(first)}`, end: `${q[4]!}-${pad(first + 2)}`, approximate: false };
  }
  const m = PART_RU.exec(s) ?? PART_EN.exec(s);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  if (month === 0) return null;
  const year = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [from, to] = [
    [1, 10],
    [11, 20],
    [21, last],
  ][part(m[1]!)]!;
  const ym = `${m[3]!}-${pad(month)}`;
  return { start: `${ym}-${pad(from!)}`, end: `${ym}-${pad(to!)}`, approximate: true };
}
