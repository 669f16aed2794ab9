import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { tickFormat } from '../../../shared/dates/formatEventDate.ts';
import type { TimeScale } from './timeScale.ts';

export interface AxisTick {
  x: number;
  label: string;
  /** A coarser boundary (new year, new month, new day) drawn with more weight. */
  major: boolean;
  key: number;
  /** What the label says: a year, a month (with its year or not), a day, an hour. */
  kind: Parameters<typeof tickFormat>[0];
}


/** A day as the axis writes it: "20 Feb" in English, "20 февр." in Russian; and a month with its year, "Feb 2022". */
const SAMPLE_DAY = Date.UTC(2022, 1, 20);
/** Room asked for each character of a label, from one tick to the next: about two and a half labels' widths. */
const PX_PER_CHAR = 15;
const DAY_MS = 86_400_000;

/** How many ticks to ask d3 for, in `width` px, for labels of `chars` characters (never fewer than six). */
const tickCount = (width: number, chars: number) => Math.max(2, Math.floor(width / (PX_PER_CHAR * Math.max(6, chars))));

/**
 * Ticks for the visible range, adapting to the zoom: years → months → days → hours.
 * About one tick per 90 px where a day is written in six characters ("20 Feb"), more room where
 * it takes more ("20 февр.", whose weekly ticks ran into each other); labels say the larger unit
 * when it changes. Month ticks across a new year say the year on each ("Apr 2018"): those ask for
 * room for that longer label again, so that quarters over six years give way to years rather than
 * touch. Events known only to their days (`daysOnly`) keep an axis of days while a day or more is
 * in view: no "12:00" tick beside a letter never sent at noon. Ticks outside `bounds` (epoch ms: a
 * filter's days) are left out; of those left, when none says a year (a view within one year), the
 * first date says it: "19 Jan 2021", "Mar 2021".
 */
export function axisTicks(scale: TimeScale, width: number, locale = 'en-GB', daysOnly = false, bounds: readonly [number, number] = [-Infinity, Infinity]): AxisTick[] {
  let count = tickCount(width, tickFormat('day', locale)(SAMPLE_DAY).length);
  const [d0, d1] = scale.domain();
  const days = (d1!.getTime() - d0!.getTime()) / DAY_MS;
  // Asked for no more ticks than days, d3 ticks a day or more apart.
  if (daysOnly && days >= 1) count = Math.min(count, Math.floor(days));
  const inBounds = (ticks: Date[]) => ticks.filter((d) => d.getTime() >= bounds[0] && d.getTime() <= bounds[1]);
  let ticks = inBounds(scale.ticks(count));
  if (monthsAcrossYears(ticks)) {
    const roomier = tickCount(width, tickFormat('month-year', locale)(SAMPLE_DAY).length);
    if (roomier < count) {
      count = roomier;
      ticks = inBounds(scale.ticks(count));
    }
  } else if (monthsWithinYear(ticks)) {
    // A month's name is shorter than a day's: asked again with room for one, months stay months
    // where their names still have room (a phone's February to July names every month, not only April and July).
    const denser = labelTicks(inBounds(scale.ticks(Math.floor(width / (PX_PER_CHAR * 4)))), scale, locale);
    if (denser.length > ticks.length && tickUnit(denser) === 'months' && haveRoom(denser)) return sayYear(denser, locale, width);
  }
  return sayYear(labelTicks(ticks, scale, locale), locale, width);
}

/** About how wide a character of a month's name is in the chart's font, and the least room between two. */
const LABEL_CHAR_PX = 6.5;
const LABEL_GAP_PX = 12;

function haveRoom(ticks: readonly AxisTick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i]!.x - ticks[i - 1]!.x - LABEL_CHAR_PX * Math.max(ticks[i]!.label.length, ticks[i - 1]!.label.length) < LABEL_GAP_PX) return false;
  }
  return true;
}

type TickKind = AxisTick['kind'];

function labelTicks(ticks: Date[], scale: TimeScale, locale: string): AxisTick[] {
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  if (!first || !last) return [];
  const spansYears = ticksSpanYears(ticks);
  const monthsMajor = utcDay.count(first, last) < 120;
  const daysMajor = utcHour.count(first, last) < 96;
  return ticks.map((d) => {
    const t = d.getTime();
    const kind: TickKind =
      utcYear(d).getTime() === t ? 'year' : utcMonth(d).getTime() === t ? (spansYears ? 'month-year' : 'month') : utcDay(d).getTime() === t ? 'day' : 'hour';
    const major = kind === 'year' || (kind === 'hour' ? false : kind === 'day' ? daysMajor : monthsMajor);
    return { x: scale(d), label: tickFormat(kind, locale)(t), major, key: t, kind };
  });
}

/**
 * Zoomed within a year, no tick would say which: the first date does ("19 Jan 2021", "Mar 2021"),
 * or, with no date among them, the first hour ("1 Apr 2022, 14:00"), on screen, printed and
 * exported; the first whose longer label is not cut by the chart's edges. A day or hour beside it that the longer label would touch keeps
 * its tick but not its label; a month keeps its name, and then the year is not said.
 */
function sayYear(ticks: AxisTick[], locale: string, width: number): AxisTick[] {
  if (ticks.some((t) => t.kind === 'year' || t.kind === 'month-year')) return ticks;
  const withYear = (t: AxisTick) => ({ ...t, label: tickFormat(t.kind === 'month' ? 'month-year' : t.kind === 'day' ? 'day-year' : 'hour-day-year', locale)(t.key) });
  // Where the longer label stays within the chart's edges (its margins are 8 px at least).
  const fits = (t: AxisTick) => Math.min(t.x, width - t.x) + 8 >= (LABEL_CHAR_PX * withYear(t).label.length) / 2;
  // The first date that fits; with none (an afternoon, or a day whose midnights are at the edges),
  // the first hour, with its day and year ("1 Apr 2022, 14:00").
  let i = ticks.findIndex((t) => t.kind !== 'hour' && fits(t));
  if (i < 0) i = ticks.findIndex((t) => t.kind === 'hour' && fits(t));
  if (i < 0) return ticks;
  const dated = withYear(ticks[i]!);
  const touches = (t: AxisTick) => Math.abs(t.x - dated.x) - LABEL_CHAR_PX * Math.max(t.label.length, dated.label.length) < LABEL_GAP_PX;
  const out = ticks.map((t, j) => (j === i ? dated : touches(t) ? { ...t, label: '' } : t));
  return out.some((t) => t.label === '' && t.kind === 'month') ? ticks : out;
}

/** Ticks a month or more apart (not a year) that cross a new year: their months are labelled with the year. */
function monthsAcrossYears(ticks: Date[]): boolean {
  const step = ticks.length < 2 ? 0 : ticks[1]!.getTime() - ticks[0]!.getTime();
  return step >= 28 * DAY_MS && step < 360 * DAY_MS && ticksSpanYears(ticks);
}

/** Month (or quarter) ticks that stay within one year, whose labels are a month's name alone. */
function monthsWithinYear(ticks: Date[]): boolean {
  const step = ticks.length < 2 ? 0 : ticks[1]!.getTime() - ticks[0]!.getTime();
  return step >= 28 * DAY_MS && step < 360 * DAY_MS && !ticksSpanYears(ticks);
}

function ticksSpanYears(ticks: Date[]): boolean {
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  return !!first && !!last && first.getUTCFullYear() !== last.getUTCFullYear();
}

/** The unit the axis is showing, for tests and the screen-reader summary. */
export function tickUnit(ticks: readonly AxisTick[]): 'years' | 'months' | 'days' | 'hours' {
  if (ticks.length < 2) return 'days';
  const step = ticks[1]!.key - ticks[0]!.key;
  if (step >= 360 * 86_400_000) return 'years';
  if (step >= 28 * 86_400_000) return 'months';
  if (step >= 86_400_000) return 'days';
  return 'hours';
}
