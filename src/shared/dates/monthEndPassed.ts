import { daysInMonth } from './isoDate.ts';

/** A day as the format writes it, with a time or not: 2022-04-31, 2022-02-30T10:00:00Z. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/;
/** A day as a spreadsheet writes it: 31.04.2022, 31/04/2022, 04/31/2022, 31-04-2022, with a time or not. */
const NUMERIC_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]|$)/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The last day of the month (YYYY-MM-DD) when `value` is a day past it (31 April, 29 February 2023),
 * else null: a date whose form is read but whose day does not exist, for a message that says so
 * rather than how to write a date. Dots are day first (cellDate.ts); with slashes or hyphens the
 * number above 12 is the day (a day of 12 or less exists in every month).
 */
export function monthEndPassed(value: string): string | null {
  const s = value.trim();
  const iso = ISO_DAY.exec(s);
  const numeric = iso ? null : NUMERIC_DAY.exec(s);
  if (!iso && !numeric) return null;
  let year: number, month: number, day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const [, a, separator, b, y] = numeric!;
    year = Number(y);
    [day, month] = separator === '.' || Number(a) > 12 ? [Number(a), Number(b)] : [Number(b), Number(a)];
  }
  if (year < 1 || month < 1 || month > 12 || day > 31) return null;
  const last = daysInMonth(year, month);
  return day > last ? `${pad(year, 4)}-${pad(month)}-${pad(last)}` : null;
}
