import { parseIsoDate, utc, type ParsedDate } from './isoDate.ts';

/** What a language says around dates; the calendar words themselves come from Intl. */
export interface DateTexts {
  /** The locale dates are written in: "en-GB" (24 February 2022), "ru" (24 февраля 2022 г.). */
  locale: string;
  /** The locale that names time zones: "en-US" says EST where "en-GB" says GMT-5. */
  zoneLocale: string;
  around: (date: string) => string;
  /** A window: `start` and `end` as Intl writes a range's two ends (what they share written once). */
  between: (start: string, end: string) => string;
  /** A date with a time and its zone: "24 February 2022, 13:43 EST". */
  dateTime: (date: string, time: string, zone: string) => string;
  precision: Record<'year' | 'month' | 'day' | 'minute' | 'second' | 'window', string>;
  approximate: (precision: string) => string;
}

// Making an Intl formatter is slow (tens of ms for a time zone the first time): each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Dataset dates are calendar dates (or wall-clock times in their own offset): written in UTC, they never shift. */
const UTC = { timeZone: 'UTC' } as const;
const DAY: Intl.DateTimeFormatOptions = { ...UTC, day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { ...UTC, month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { ...UTC, year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { ...UTC, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const TIME_SECONDS: Intl.DateTimeFormatOptions = { ...TIME, second: '2-digit' };

/** The instant whose UTC calendar fields are the date's own (its wall clock, for a date-time). */
const wallClock = (d: ParsedDate) => utc(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0, d.second ?? 0);

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC", "UTC+3", "UTC−5", "UTC+5:30" for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`;
}

/** The zone's own short name at that instant ("EST", "UTC"), or the numeric offset. */
function zoneLabel(date: ParsedDate, locale: string, timeZone?: string): string {
  if (timeZone) {
    try {
      const part = formatter(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(date.start)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^(GMT|UTC)[+−-]/.test(part)) return part;
    } catch {
      // An unknown zone falls back to the offset below.
    }
  }
  return formatOffset(date.offsetMinutes ?? 0);
}

/**
 * A year's number and the Russian "г." ("гг.") it is followed by stay on one line, as Russian
 * typography requires: Intl writes a plain space between them, where a line may break.
 */
const yearWordKept = (s: string) => s.replace(/(\d) (гг?\.)/g, '$1\u00a0$2');

const optionsFor = (d: ParsedDate) => (d.precision === 'year' ? YEAR : d.precision === 'month' ? MONTH : DAY);

/** One date as a reader would say it: "2022", "March 2022", "24 February 2022", "24 February 2022, 13:43 EST". */
export function formatDateInWords(d: ParsedDate, t: DateTexts, timeZone?: string): string {
  const date = yearWordKept(formatter(t.locale, optionsFor(d)).format(wallClock(d)));
  if (d.precision !== 'minute' && d.precision !== 'second') return date;
  // "13:43:00" reads as 13:43; seconds are shown only when they say something.
  const time = formatter(t.locale, d.second ? TIME_SECONDS : TIME).format(wallClock(d));
  return t.dateTime(date, time, zoneLabel(d, t.zoneLocale, timeZone));
}

/**
 * A window [start, end] said plainly, writing once what the two ends share, as Intl's ranges do:
 * "between 18 and 19 March 2022", "between 12 March and 2 April 2022", "between March and May 2022".
 */
function formatWindowInWords(start: ParsedDate, end: ParsedDate, t: DateTexts): string {
  if (start.precision !== end.precision || start.precision === 'minute' || start.precision === 'second') {
    return t.between(formatDateInWords(start, t), formatDateInWords(end, t));
  }
  const parts = formatter(t.locale, optionsFor(start)).formatRangeToParts(wallClock(start), wallClock(end));
  const first = parts.findIndex((p) => p.source === 'startRange');
  const last = parts.findLastIndex((p) => p.source === 'endRange');
  // The same day twice: one date.
  if (first < 0 || last < 0) return parts.map((p) => p.value).join('');
  const lead = parts.slice(0, first).map((p) => p.value).join('');
  const from = parts.filter((p) => p.source === 'startRange').map((p) => p.value).join('');
  const endStart = parts.findIndex((p) => p.source === 'endRange');
  const to = parts.slice(endStart).map((p) => p.value).join('');
  return t.between(`${lead}${from}`.trim(), to.trim());
}

interface DatedLike {
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
export function formatEventDate(e: DatedLike, t: DateTexts): string {
  const start = parseIsoDate(e.date);
  // Events are validated, so this only guards a caller that passes raw text.
  if (!start) return e.date;
  const end = e.dateEnd === undefined ? undefined : parseIsoDate(e.dateEnd);
  const text = end ? yearWordKept(formatWindowInWords(start, end, t)) : formatDateInWords(start, t, e.timeZone);
  return e.approximate ? t.around(text) : text;
}

/** A compact form for overviews and exports: "24 Feb 2022", "Feb 2022", "2022". */
export function formatDateShort(d: ParsedDate, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    d.precision === 'year' ? YEAR : d.precision === 'month' ? { ...UTC, month: 'short', year: 'numeric' } : { ...UTC, day: 'numeric', month: 'short', year: 'numeric' };
  return yearWordKept(formatter(locale, options).format(wallClock(d)));
}

/** The precision in words, for the detail panel: "known to the minute", "exact day unknown". */
export function describePrecision(e: DatedLike, t: DateTexts): string {
  if (e.dateEnd !== undefined) return t.precision.window;
  const base = t.precision[parseIsoDate(e.date)?.precision ?? 'day'];
  return e.approximate ? t.approximate(base) : base;
}

const TICK_FORMATS = {
  year: YEAR,
  month: { ...UTC, month: 'short' },
  'month-year': { ...UTC, month: 'short', year: 'numeric' },
  day: { ...UTC, day: 'numeric', month: 'short' },
  'day-year': { ...UTC, day: 'numeric', month: 'short', year: 'numeric' },
  hour: TIME,
  'hour-day-year': { ...TIME, day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Axis tick labels in a language: years, months (with the year where the ticks span years), days (with or without the year), hours (with their day and year, or not). */
export function tickFormat(kind: keyof typeof TICK_FORMATS, locale: string): (t: number) => string {
  const options: Intl.DateTimeFormatOptions = TICK_FORMATS[kind];
  const f = formatter(locale, options);
  return (t) => f.format(t);
}

/**
 * Makes, ahead of need, the formatters a first view of a timeline writes its dates with (the axis,
 * the marks' names, the overview): each costs milliseconds the first time, which the page can
 * spend while its dataset is still on the way (app/warmUp.ts) rather than in the first view's task.
 */
export function warmDateFormats(t: DateTexts): void {
  for (const kind of ['year', 'month', 'month-year', 'day'] as const) tickFormat(kind, t.locale)(0);
  for (const date of ['2022', '2022-02', '2022-02-24']) {
    const d = parseIsoDate(date);
    if (d) {
      formatDateShort(d, t.locale);
      formatDateInWords(d, t);
    }
  }
}
