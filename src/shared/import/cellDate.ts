/*
 * Dates as spreadsheets write them: ISO 8601 as the format has it, day/month/year with slashes,
 * dots or hyphens, and Excel's serial day numbers. Rules (data/README.md, "Dates in a spreadsheet"):
 * - dots are always day first (12.03.2022);
 * - slashes and hyphens follow the file's own evidence: a first number above 12 means day first,
 *   a second number above 12 means month first; with no evidence, day first, unless the reader
 *   chose otherwise (dateOrder option, `--date-format mdy`);
 * - a whole number of 5 digits is an Excel serial day (1900 date system; 44632 = 2022-03-12; 10000
 *   to 99999 are 1927 to 2173), the day it is in the 1904 system given for the caller to say; 4
 *   digits are a year; more are no date (202203, a month typed yyyymm, would be a day in 2453);
 * - a year of two digits after dots or slashes (12.03.22, as LibreOffice saves dates in a Russian
 *   locale, or 03/12/22) is read as spreadsheets read it, from 1930 to 2029, and the caller says so;
 * - a day, a month's name and a year, as Excel's long date writes them in Russian or English
 *   (12 марта 2022 г., 12 мар. 2022, 12 March 2022), or the month first as US English writes it
 *   (March 12, 2022); a weekday's name before it, as Excel's default long dates write one
 *   (суббота, 12 марта 2022 г.; Saturday, March 12, 2022), is let go, not checked;
 * - a day, a month's short name and a year joined by hyphens or dots, as Excel's d-mmm-yy formats
 *   write them (07-Mar-22, 7-мар-2022, 07.мар.22), a two-digit year as above; the year first with
 *   slashes or dots (2022/03/07, 2022.03.07);
 * - a month and a year without a day, as a month's date is typed or a month-year format writes it
 *   (март 2022, March 2022, 03.2022, and Excel's мар.22 and Mar-22, a two-digit year), read to the
 *   month (2022-03); a year with "г." (2022 г.) to the year; "г." after any numeric date is let go.
 * A time of day with no time zone cannot be placed on the timeline: the day is kept and the
 * caller says the time was left out.
 */

import { isIsoDate } from '../dates/isoDate.ts';

export type DateOrder = 'dmy' | 'mdy';

export interface CellDate {
  iso: string;
  /** A time of day written without a time zone, left out of `iso`. */
  droppedTime?: string;
  /** A year written with two digits, read in Excel's and LibreOffice's window (1930 to 2029). */
  twoDigitYear?: true;
  /** An Excel serial day, read in the 1900 date system: the day it is in a workbook set to the 1904 system, for the caller to say. */
  serial1904?: string;
}

const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)$/;
/**
 * A date-time with its offset as databases and scripts write it, which the format's ISO form does
 * not take: a space for the T (2022-03-12 10:00:00+03:00, as RFC 3339 allows), an offset without
 * its colon or minutes (+0300, +03), a space before it, or "UTC" for Z.
 */
const ISO_ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2}(?::\d{2}(?:\.\d{1,3})?)?) ?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|(?<=[/.])\d{2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.? ?m\.?)?))?$/i;
/** Midnight, as a spreadsheet writes a date cell formatted as date and time (07.03.2022 0:00, 3/7/2022 12:00 AM): a day, no time left out. */
const MIDNIGHT = /^(?:0?0:00(?::00)?|12:00(?::00)? ?a\.? ?m\.?)$/i;
/** The time of day a cell's date is given with and that is left out, none for midnight. */
const timeLeftOut = (time: string | undefined) => (time === undefined || MIDNIGHT.test(time) ? undefined : time);
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/;
const NAMED = /^(?:(\d{1,2})\.? )?([\p{L}]+)\.?,? (\d{4})(?: ?г\.?)?$/u;
/** A month's name, a day and a year, as US English writes a date: March 12, 2022. */
const NAMED_US = /^([\p{L}]+)\.? (\d{1,2}),? (\d{4})$/u;
/** A weekday's name and a comma before a date (суббота, 12 марта 2022 г.), as Excel's default long date writes it. */
const WEEKDAY = /^([\p{L}]+)\.?, /u;
const WEEKDAY_NAMES = new Set(
  'понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);
/** A month's name and a two-digit year as Excel's month-year formats write them: мар.22 (Russian), Mar-22 (English). */
const NAMED_SHORT = /^([\p{L}]+)[.-](\d{2})$/u;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
/** A day, a month's short name and a year joined by hyphens or dots, as Excel's d-mmm-yy formats write them: 07-Mar-22, 7-мар-2022, 07.мар.22. */
const DAY_NAMED_SHORT = /^(\d{1,2})[.-]([\p{L}]+)\.?[.-]?(\d{4}|\d{2})$/u;
/** The year first, with slashes or dots (2022/03/07, 2022.03.07, as some systems export dates): no other order has four digits first. */
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/;
/** "г." (год) after a numeric date, as Russian date formats write it: 2022 г., 12.03.2022 г. */
const YEAR_WORD = /(?<=\d) ?г\.?$/u;
/** A month's names, January first: Russian as a date writes them (12 марта) and abbreviates them, and English. */
const MONTH_NAMES = [
  'январь января янв january jan',
  'февраль февраля фев февр february feb',
  'март марта мар march mar',
  'апрель апреля апр april apr',
  'май мая may',
  'июнь июня июн june jun',
  'июль июля июл july jul',
  'август августа авг august aug',
  'сентябрь сентября сен сент september sep sept',
  'октябрь октября окт october oct',
  'ноябрь ноября ноя нояб november nov',
  'декабрь декабря дек december dec',
].map((names) => names.split(' '));
/** Day 0 of Excel's 1900 system is 1899-12-30 once its phantom 29 February 1900 is accounted for. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/**
 * Day 0 of the 1904 system (an option of Excel for Mac, once its default): 1904-01-01, so one
 * serial is 1,462 days (4 years and 1 day) later there. A CSV does not say which its workbook used.
 */
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (n: number) => String(n).padStart(2, '0');

/** A month's number (1 to 12) from its name in any case, or 0. */
export const monthNumber = (name: string) => MONTH_NAMES.findIndex((names) => names.includes(name.toLowerCase())) + 1;

/** A two-digit year as spreadsheets read it, 1930 to 2029. */
const fullYear = (yy: number) => (yy < 30 ? 2000 : 1900) + yy;

/** The two numbers before the year in a slash or hyphen date, for telling the order; null for other forms. */
function orderParts(cell: string): [number, number] | null {
  const m = NUMERIC.exec(cell.trim());
  return m && m[2] !== '.' ? [Number(m[1]), Number(m[3])] : null;
}

/**
 * The order of a file's slash dates from the dates themselves: which reading the cells allow,
 * whether any cell was ambiguous (both numbers 12 or below and not equal), and whether the cells
 * contradict each other (then day first is used and the caller says so).
 */
export function inferDateOrder(cells: Iterable<string>, fallback: DateOrder = 'dmy'): { order: DateOrder; ambiguous?: string; conflict?: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let ambiguous: string | undefined;
  for (const cell of cells) {
    const p = orderParts(cell);
    if (!p) continue;
    if (p[0] > 12) dayFirst = true;
    else if (p[1] > 12) monthFirst = true;
    else if (p[0] !== p[1]) ambiguous ??= cell.trim();
  }
  if (dayFirst && monthFirst) return { order: fallback, conflict: true };
  if (dayFirst) return { order: 'dmy' };
  if (monthFirst) return { order: 'mdy' };
  return ambiguous === undefined ? { order: fallback } : { order: fallback, ambiguous };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A spreadsheet cell as an ISO date of the format, or null when it is no date form this reads. */
export function readCellDate(cell: string, order: DateOrder): CellDate | null {
  let s = cell.trim().replace(/\s+/g, ' ').replace(YEAR_WORD, '');
  const weekday = WEEKDAY.exec(s);
  if (weekday && WEEKDAY_NAMES.has(weekday[1]!.toLowerCase())) s = s.slice(weekday[0].length);
  if (ISO.test(s)) return { iso: s };
  const zoned = ISO_ZONED.exec(s);
  if (zoned) {
    const [, day, hour, rest, zone] = zoned as unknown as [string, string, string, string, string];
    const offset = /^[a-z]/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
    const iso = `${day}T${hour.padStart(2, '0')}:${rest}${offset}`;
    // A day or time that does not exist (a 25th hour) is refused as the cell writes it.
    if (isIsoDate(iso)) return { iso };
  }
  // A day that does not exist (30.02.2022, 2022-02-30 13:43) is refused as the cell writes it, so that the
  // problem quotes what the author can find in the sheet, not the ISO form it was read as.
  const local = ISO_LOCAL.exec(s);
  if (local) {
    if (!isIsoDate(local[1]!)) return null;
    const time = timeLeftOut(local[2]);
    return time === undefined ? { iso: local[1]! } : { iso: local[1]!, droppedTime: time };
  }
  const m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const [day, month] = m[2] === '.' || order === 'dmy' ? [a, b] : [b, a];
    const year = Number(m[4]);
    const out: CellDate = { iso: isoDay(m[4]!.length === 2 ? fullYear(year) : year, month, day) };
    if (m[4]!.length === 2) out.twoDigitYear = true;
    if (!isIsoDate(out.iso)) return null;
    const time = timeLeftOut(m[5]);
    if (time !== undefined) out.droppedTime = time;
    return out;
  }
  const named = NAMED.exec(s);
  if (named) {
    const month = monthNumber(named[2]!);
    const yearMonth = `${named[3]!}-${pad(month)}`;
    const iso = named[1] === undefined ? yearMonth : `${yearMonth}-${pad(Number(named[1]))}`;
    return month > 0 && isIsoDate(iso) ? { iso } : null;
  }
  const us = NAMED_US.exec(s);
  if (us) {
    const month = monthNumber(us[1]!);
    const iso = `${us[3]!}-${pad(month)}-${pad(Number(us[2]))}`;
    return month > 0 && isIsoDate(iso) ? { iso } : null;
  }
  const short = NAMED_SHORT.exec(s);
  if (short) {
    const month = monthNumber(short[1]!);
    return month > 0 ? { iso: `${fullYear(Number(short[2]))}-${pad(month)}`, twoDigitYear: true } : null;
  }
  const monthYear = MONTH_YEAR.exec(s);
  if (monthYear) {
    const iso = `${monthYear[2]!}-${pad(Number(monthYear[1]))}`;
    return isIsoDate(iso) ? { iso } : null;
  }
  const dayNamed = DAY_NAMED_SHORT.exec(s);
  if (dayNamed) {
    const month = monthNumber(dayNamed[2]!);
    const two = dayNamed[3]!.length === 2;
    const iso = isoDay(two ? fullYear(Number(dayNamed[3])) : Number(dayNamed[3]), month, Number(dayNamed[1]));
    return month > 0 && isIsoDate(iso) ? (two ? { iso, twoDigitYear: true } : { iso }) : null;
  }
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) {
    const iso = isoDay(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
    return isIsoDate(iso) ? { iso } : null;
  }
  const serial = SERIAL.exec(s);
  if (serial) {
    const day = (epoch: number) => {
      const d = new Date(epoch + Number(serial[1]) * 86_400_000);
      return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    };
    const out: CellDate = { iso: day(EXCEL_EPOCH), serial1904: day(EXCEL_EPOCH_1904) };
    const fraction = serial[2] === undefined ? 0 : Number(`0.${serial[2]}`);
    if (fraction > 0) out.droppedTime = excelTimeOfDay(fraction).text;
    return out;
  }
  return null;
}

/**
 * A time of day as Excel stores it, a fraction of the day (0.5 = 12:00, 0.604166666666667 = 14:30),
 * in hours and minutes and as HH:MM: to the nearest minute, the last minute of the day at most.
 */
export function excelTimeOfDay(fraction: number): { hour: number; minute: number; text: string } {
  const minutes = Math.min(Math.round(fraction * 1440), 1439);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return { hour, minute, text: `${pad(hour)}:${pad(minute)}` };
}

/** A range's two ends: a dash between them (spaced, or an en or em dash), or "с … по …". */
const RANGE = /^(?:с\s+)?(.+?)(?:\s*[–—]\s*|\s+-\s+|\s+по\s+)(.+)$/i;
/** A day's number alone before a dash (7–8 марта 2022, 7-8 March 2022: a hyphen between two days too). */
const DAYS = /^(\d{1,2})\s*[-–—]\s*(\d{1,2})(\s+\D.*)$/;
/** A month's name and two days before the year, as US English writes a span: March 7–10, 2022 (a hyphen too). */
const DAYS_US = /^([\p{L}]+\.?) (\d{1,2})\s*[-–—]\s*(\d{1,2}),? (\d{4})$/u;

/**
 * A cell that writes a span of days as one (07.03.2022–10.03.2022, 7–8 марта 2022, март – апрель
 * 2022, с 7 по 10 марта 2022, March 7–10, 2022): its start and end, each as readCellDate reads it, the start taking
 * the end's month and year where it writes none; null when it is no such span, or ends before it starts.
 */
export function readCellDateRange(cell: string, order: DateOrder): { start: CellDate; end: CellDate } | null {
  const s = cell.trim().replace(/\s+/g, ' ');
  const days = DAYS.exec(s);
  const us = days ? null : DAYS_US.exec(s);
  const parts = days
    ? [`${days[1]}${days[3]}`, `${days[2]}${days[3]}`]
    : us
      ? [`${us[1]} ${us[2]}, ${us[4]}`, `${us[1]} ${us[3]}, ${us[4]}`]
      : RANGE.exec(s)?.slice(1, 3);
  if (!parts) return null;
  const end = readCellDate(parts[1]!, order);
  if (!end) return null;
  // The start without what the end writes after it: "7" of "с 7 по 10 марта 2022", "7 марта" of "7 марта – 10 апреля 2022".
  const endWords = parts[1]!.split(' ');
  let start = readCellDate(parts[0]!, order);
  for (let k = endWords.length - 1; !start && k >= 1; k--) start = readCellDate(`${parts[0]} ${endWords.slice(k).join(' ')}`, order);
  if (!start || start.iso.length !== end.iso.length || start.iso > end.iso) return null;
  return { start, end };
}
