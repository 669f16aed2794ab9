import type { DateOrder } from '../import/cellDate.ts';

/**
 * Whether a locale writes numeric dates month first ("3/12/2022" is 12 March in en-US) or day
 * first (en-GB, ru, and the rest, year-first locales included), by the order of the parts Intl formats: the reading a file's
 * author most likely meant when its own dates cannot tell (inferDateOrder's fallback).
 */
export function localeDateOrder(locale: string | undefined): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2022, 11, 31));
    // Month first of all three: a year-first locale (ja, fr-CA) writes ISO-like dates, not 3/12/2022.
    return parts.find((p) => p.type !== 'literal')?.type === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}
