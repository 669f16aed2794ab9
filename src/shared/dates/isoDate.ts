/** How precisely a dataset date was written; precision follows the form of the string. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface ParsedDate {
  /** First instant the date can mean, in epoch milliseconds. */
  start: number;
  /** First instant after the date (exclusive end of its span), in epoch milliseconds. */
  end: number;
  precision: DatePrecision;
  /** Offset from UTC in minutes for date-times; undefined for calendar dates. */
  offsetMinutes?: number;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (month 1–12), for any year,
 * by integer arithmetic (H. Hinnant's days_from_civil): several times faster than Date.UTC, which
 * also reads years 0–99 as 1900–1999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Like Date.UTC (month 0–12, 12 being January of the next year; days past the month's end run on), for years 1–9999. */
export function utc(year: number, month: number, day = 1, h = 0, m = 0, s = 0): number {
  const y = month >= 12 ? year + 1 : year;
  const mo = month >= 12 ? month - 11 : month + 1;
  return ((daysFromCivil(y, mo, day) * 24 + h) * 60 + m) * 60_000 + s * 1000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of the proleptic Gregorian calendar, as Date.UTC counts them. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Parses the dataset's ISO 8601 subset: "2022", "2022-03", "2022-03-12" and date-times with an
 * offset ("2022-02-24T13:43:00-05:00", seconds optional, "Z" allowed). Calendar dates are read
 * as UTC days so that a day never shifts with the reader's time zone.
 * Returns null for anything else, including impossible dates such as "2022-02-30".
 */
export function parseIsoDate(value: string): ParsedDate | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, off] = m;
  const year = Number(y);
  if (year < 1) return null;
  if (mo === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year', year };
  }
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) {
    return {
      start: utc(year, month - 1, 1),
      end: utc(year, month, 1),
      precision: 'month',
      year,
      month,
    };
  }
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined || mi === undefined || off === undefined) {
    return {
      start: utc(year, month - 1, day),
      end: utc(year, month - 1, day + 1),
      precision: 'day',
      year,
      month,
      day,
    };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(4, 6));
    if (oh > 14 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const start = utc(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const precision: DatePrecision = s === undefined ? 'minute' : 'second';
  return {
    start,
    end: start + (precision === 'minute' ? 60_000 : 1000),
    precision,
    offsetMinutes,
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
}

/** True when the string is a date the dataset format accepts. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** True for a plain calendar day, "YYYY-MM-DD", as used for source dates. */
export function isIsoDay(value: string): boolean {
  return parseIsoDate(value)?.precision === 'day';
}
