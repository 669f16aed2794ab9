import { parseIsoDate, type ParsedDate } from './isoDate.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const monthName = (m: number | undefined) => MONTHS[(m ?? 1) - 1] ?? '';
const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** "UTC", "UTC+3", "UTC−5", "UTC+5:30" for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`;
}

// Making an Intl formatter for a time zone is slow (tens of ms the first time): make each once.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/** The zone's own short name at that instant ("EST", "UTC"), or the numeric offset. */
function zoneLabel(date: ParsedDate, timeZone?: string): string {
  const offset = date.offsetMinutes ?? 0;
  if (timeZone) {
    try {
      const part = zoneFormatter(timeZone)
        .formatToParts(date.start)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^GMT/.test(part)) return part;
    } catch {
      // An unknown zone falls back to the offset below.
    }
  }
  return formatOffset(offset);
}

/** One date as a reader would say it: "2022", "March 2022", "24 February 2022", "24 February 2022, 13:43 EST". */
export function formatDateInWords(date: ParsedDate, timeZone?: string): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return `${monthName(date.month)} ${date.year}`;
    case 'day':
      return `${date.day} ${monthName(date.month)} ${date.year}`;
    case 'minute':
    case 'second': {
      // "13:43:00" reads as 13:43; seconds are shown only when they say something.
      const time = `${pad(date.hour)}:${pad(date.minute)}${date.second ? `:${pad(date.second)}` : ''}`;
      return `${date.day} ${monthName(date.month)} ${date.year}, ${time} ${zoneLabel(date, timeZone)}`;
    }
  }
}

/**
 * A window [start, end] said plainly, sharing what the two ends share:
 * "between 18 and 19 March 2022", "between 12 March and 2 April 2022",
 * "between 30 December 2021 and 2 January 2022", "between March and May 2022".
 */
function formatWindowInWords(start: ParsedDate, end: ParsedDate): string {
  const sameYear = start.year === end.year;
  const bothDays = start.precision === 'day' && end.precision === 'day';
  const bothMonths = start.precision === 'month' && end.precision === 'month';
  if (bothDays && sameYear) {
    if (start.month === end.month) return `between ${start.day} and ${end.day} ${monthName(end.month)} ${end.year}`;
    return `between ${start.day} ${monthName(start.month)} and ${end.day} ${monthName(end.month)} ${end.year}`;
  }
  if (bothMonths && sameYear) return `between ${monthName(start.month)} and ${monthName(end.month)} ${end.year}`;
  return `between ${formatDateInWords(start)} and ${formatDateInWords(end)}`;
}

export interface DatedLike {
  /** ISO dates as in the dataset (already validated). */
  date: string;
  dateEnd?: string;
  approximate?: boolean;
  timeZone?: string;
}

/*
 * Events carry their dates as the dataset's ISO strings plus epoch numbers; the parts in words are
 * parsed here, for the few events on screen (parsed-date objects on 100,000 events would cost
 * memory and the worker's transfer time).
 */

/** The event's date in words, with its uncertainty: a window, or "around" for an approximate date. */
export function formatEventDate(e: DatedLike): string {
  const start = parseIsoDate(e.date);
  // Events are validated, so this only guards a caller that passes raw text.
  if (!start) return e.date;
  const end = e.dateEnd === undefined ? undefined : parseIsoDate(e.dateEnd);
  const text = end ? formatWindowInWords(start, end) : formatDateInWords(start, e.timeZone);
  return e.approximate ? `around ${text}` : text;
}

/** A compact form for tables and axes: "24 Feb 2022", "12 Mar – 2 Apr 2022". */
export function formatDateShort(date: ParsedDate): string {
  const m = monthName(date.month).slice(0, 3);
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return `${m} ${date.year}`;
    default:
      return `${date.day} ${m} ${date.year}`;
  }
}

/** The precision in words, for the detail panel: "known to the minute", "day unknown". */
export function describePrecision(e: DatedLike): string {
  if (e.dateEnd !== undefined) return 'exact day unknown';
  const base = {
    year: 'known to the year',
    month: 'known to the month',
    day: 'known to the day',
    minute: 'known to the minute',
    second: 'known to the second',
  }[parseIsoDate(e.date)?.precision ?? 'day'];
  return e.approximate ? `${base}, approximate` : base;
}
