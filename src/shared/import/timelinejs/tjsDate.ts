import type { ProblemCode, ProblemDetail } from '../../dataset/problem.ts';
import { daysInMonth } from '../../dates/isoDate.ts';
import { excelTimeOfDay } from '../cellDate.ts';

/** A TimelineJS date as its file gives it: numbers, often written as strings ("1963"). */
export interface TjsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

/** A part of a date that was not read as written (a month "March", a day "4th", a year 22), with its problem. */
export interface DateNote {
  part: 'year' | 'month' | 'day';
  code: ProblemCode;
  detail: ProblemDetail;
}

export type TjsDateResult =
  /** `droppedTime`: the time of day as HH:MM; `timeOfDay`: it in milliseconds from midnight, seconds and milliseconds too, to order a day's slides. */
  | { ok: true; iso: string; droppedTime?: string; timeOfDay?: number; displayDate?: string; notes: DateNote[] }
  | { ok: false; reason: 'missing'; message: string }
  /** `value`: the year as the file gives it (text, a number with a fraction, an object, a list…). */
  | { ok: false; reason: 'not-a-number'; value: unknown }
  /** `value`: the date as the file gives it when it is no object (text such as "2020-03-01", a number, a list…). */
  | { ok: false; reason: 'not-an-object'; value: unknown }
  | { ok: false; reason: 'before-year-1' | 'after-9999'; message: string; year: number };

/** A year of one or two digits (perhaps with zero decimals: 22,00). */
const SHORT_YEAR = /^\+?\d{1,2}(?:[.,]0{1,2})?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A whole number written in groups of three digits: 2,022 / 2 022 (a space, no-break or narrow no-break). */
const GROUPED = /^[+-]?\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/;

/** Zero decimals, as a sheet's number format writes a whole number (2022,00 in a Russian Excel, 3.0). */
const ZERO_DECIMALS = /(?<=\d)[.,]0{1,2}$/;

/** A number cell or field: a number, or text that is a whole number ("1963", " 3 ", "2 022,00"); undefined when blank. */
function wholeNumber(v: unknown): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(ZERO_DECIMALS, '');
  if (s === '') return undefined;
  if (/^[+-]?\d+$/.test(s)) return Number(s);
  // Digits grouped by thousands, as a sheet's number format shows a year (2,022 or 2 022): unambiguous.
  return GROUPED.test(s) ? Number(s.replace(/[^\d+-]/g, '')) : null;
}

/**
 * A TimelineJS date as an ISO date of the format, with the precision its fields give (year,
 * month, day). A time of day is left out and returned, since TimelineJS gives no time zone. Years
 * before 1 (BCE) and after 9999 cannot be shown and are refused with a reason.
 */
export function tjsDateToIso(date: unknown): TjsDateResult {
  // A blank text, as converters write for no date, is no date; any other value that is no object is said as what it is.
  if (date !== undefined && date !== null && date !== '' && (typeof date !== 'object' || Array.isArray(date))) return { ok: false, reason: 'not-an-object', value: date };
  const d = typeof date === 'object' && date !== null ? (date as TjsDate) : undefined;
  const year = wholeNumber(d?.year);
  if (year === undefined) return { ok: false, reason: 'missing', message: 'has no year' };
  if (year === null) return { ok: false, reason: 'not-a-number', value: d!.year };
  if (year < 1) return { ok: false, reason: 'before-year-1', message: `year ${year} is before year 1 (BCE): this app's dates start at year 1`, year };
  if (year > 9999) return { ok: false, reason: 'after-9999', message: `year ${year} is after 9999, beyond the dates this app shows`, year };
  const month = wholeNumber(d!.month);
  const day = wholeNumber(d!.day);
  const text = (v: unknown) => String(v).trim();
  // A month or day that is not a number is never guessed at: the date keeps the precision it has, and says so.
  const notes: DateNote[] = [];
  const lessPrecise = (part: 'month' | 'day', key: 'notAMonth' | 'notADay' | 'dayWithoutMonth' | 'noSuchDay', value: unknown, kept: string) =>
    notes.push({ part, code: 'date-precision', detail: { key, value: text(value), kept } });
  let iso = pad(year, 4);
  // A month or day out of range (13, 0, 30 February) is no more guessed at than a word: TimelineJS would roll it into another month.
  if (month === null || (typeof month === 'number' && (month < 1 || month > 12))) lessPrecise('month', 'notAMonth', d!.month, iso);
  else if (typeof month === 'number') {
    iso += `-${pad(month)}`;
    if (day === null || (typeof day === 'number' && (day < 1 || day > 31))) lessPrecise('day', 'notADay', d!.day, iso);
    else if (typeof day === 'number' && day > daysInMonth(year, month)) lessPrecise('day', 'noSuchDay', d!.day, iso);
    else if (typeof day === 'number') iso += `-${pad(day)}`;
  } else if (day !== undefined) lessPrecise('day', 'dayWithoutMonth', d!.day, iso);
  // TimelineJS reads 22 as the year 22, and so does this app (nothing is made up); but it is most likely a slip for 2022.
  if (SHORT_YEAR.test(text(d!.year))) notes.unshift({ part: 'year', code: 'short-year', detail: { key: 'shortYear', value: text(d!.year), kept: iso } });
  const out: TjsDateResult = { ok: true, iso, notes };
  const hour = wholeNumber(d!.hour);
  if (typeof hour === 'number') {
    const part = (v: unknown) => wholeNumber(v) ?? 0;
    const minute = part(d!.minute);
    out.droppedTime = `${pad(hour)}:${pad(minute)}`;
    out.timeOfDay = ((hour * 60 + minute) * 60 + part(d!.second)) * 1000 + part(d!.millisecond);
  }
  if (typeof d!.display_date === 'string' && d!.display_date.trim() !== '') out.displayDate = d!.display_date.trim();
  return out;
}

/** A TimelineJS spreadsheet's Time cell ("13:43", "1:43 PM", "13:43:05") as hour and minute; null when it is no time. */
export function readTimeCell(cell: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(cell.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const ampm = m[3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * A Time cell that Excel wrote as it stores a time, a fraction of the day (`0.5`, `0,604166666666667`
 * with a decimal comma), as hour and minute and as HH:MM; null for any other cell. A number of 1 or
 * more is a day and a time (a date-time), which a Time cell does not hold: no time.
 */
export function readExcelTimeCell(cell: string): { hour: number; minute: number; text: string } | null {
  const m = /^0?[.,](\d+)$/.exec(cell.trim());
  return m ? excelTimeOfDay(Number(`0.${m[1]!}`)) : null;
}
