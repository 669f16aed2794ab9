import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { tickFormat } from '../../../shared/dates/formatEventDate.ts';
import type { TimeScale } from './timeScale.ts';

export interface AxisTick {
  x: number;
  label: string;
  /** A coarser boundary (new year, new month, new day) drawn with more weight. */
  major: boolean;
  key: number;
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
 * touch.
 */
export function axisTicks(scale: TimeScale, width: number, locale = 'en-GB'): AxisTick[] {
  let count = tickCount(width, tickFormat('day', locale)(SAMPLE_DAY).length);
  let ticks = scale.ticks(count);
  if (monthsAcrossYears(ticks)) {
    const roomier = tickCount(width, tickFormat('month-year', locale)(SAMPLE_DAY).length);
    if (roomier < count) {
      count = roomier;
      ticks = scale.ticks(count);
    }
  }
  return ticks.map((d) => {
    const t = d.getTime();
    let label: string;
    let major = false;
    if (utcYear(d).getTime() === t && utcMonth(d).getTime() === t) {
      label = tickFormat('year', locale)(t);
      major = true;
    } else if (utcMonth(d).getTime() === t) {
      label = tickFormat(count > 0 && ticksSpanYears(ticks) ? 'month-year' : 'month', locale)(t);
      major = utcDay.count(ticks[0]!, ticks[ticks.length - 1]!) < 120;
    } else if (utcDay(d).getTime() === t) {
      label = tickFormat('day', locale)(t);
      major = utcHour.count(ticks[0]!, ticks[ticks.length - 1]!) < 96;
    } else {
      label = tickFormat('hour', locale)(t);
    }
    return { x: scale(d), label, major, key: t };
  });
}

/** Ticks a month or more apart (not a year) that cross a new year: their months are labelled with the year. */
function monthsAcrossYears(ticks: Date[]): boolean {
  const step = ticks.length < 2 ? 0 : ticks[1]!.getTime() - ticks[0]!.getTime();
  return step >= 28 * DAY_MS && step < 360 * DAY_MS && ticksSpanYears(ticks);
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
