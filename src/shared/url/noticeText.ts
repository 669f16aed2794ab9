import type { Messages } from '../i18n/catalogues/en.ts';
import type { Format } from '../i18n/format.ts';
import { enNoticeTexts } from '../i18n/noticeTexts.ts';
import { isolated } from '../text/isolated.ts';
import { formatDateInWords } from '../dates/formatEventDate.ts';
import { parseIsoDate } from '../dates/isoDate.ts';
import { formatDaySpan, type UrlNotice } from './urlState.ts';

/**
 * An untrusted value, quoted as the page's language quotes a file's values in its problems («…» in
 * Russian; JSON's quotes in English, whose problem texts may not be loaded), escaped by JSON: it
 * cannot reorder the notice around it (a U+202E in ?theme= reversed the rest of the line).
 */
const shown = (v: string, t: Messages) => isolated((t.problemTexts?.problemDetails.quoted ?? JSON.stringify)(v));

/** A day (2022-03-10) as the page writes it (10 марта 2022 г.). */
const inWords = (day: string, f: Format) => formatDateInWords(parseIsoDate(day)!, f.dates);

/** The notices whose parameter was still used, read otherwise (swapped, cut, the first of several), not ignored. */
const ADJUSTED: ReadonlySet<UrlNotice['problem']> = new Set(['too-many', 'repeated', 'too-long', 'swapped', 'window-swapped', 'window-adjusted']);

/** An embed's one line for its notices: how many settings were ignored, adjusted, or some of each. */
export function noticesSummary(notices: readonly UrlNotice[], t: Messages, f: Format): string {
  const words = t.noticeTexts ?? enNoticeTexts;
  const adjusted = notices.filter((n) => ADJUSTED.has(n.problem)).length;
  const summary = adjusted === 0 ? words.inEmbed : adjusted === notices.length ? words.inEmbedAdjusted : words.inEmbedMixed;
  return f.plural(summary, notices.length);
}

/** A notice in the interface's words. */
export function noticeText(n: UrlNotice, t: Messages, f: Format): string {
  const words = t.noticeTexts ?? enNoticeTexts;
  switch (n.problem) {
    case 'too-many':
      return words.tooMany(n.param, f.count(n.limit));
    case 'repeated':
      return words.repeated(n.param, n.times, f.count(n.times), shown(n.value, t));
    case 'too-long':
      return words.tooLong(n.param, f.count(n.limit));
    case 'not-one-of':
      return n.param === 'kind' ? words.notAKind(shown(n.value, t)) : words.notOneOf(n.param, shown(n.value, t), f.orList(n.allowed));
    case 'not-a-day':
      return words.notADay(n.param, shown(n.value, t));
    case 'swapped':
      return n.typed ? words.swappedTyped(t.filters.from, inWords(n.from, f), t.filters.to, inWords(n.to, f)) : words.swapped(n.from, n.to);
    case 'not-a-window':
      return words.notAWindow(shown(n.value, t));
    case 'window-swapped':
      return words.windowSwapped(n.start, n.end);
    case 'window-outside':
      return words.windowOutside(shown(n.value, t));
    case 'window-adjusted':
      return words.windowAdjusted(shown(n.value, t), n.shown && formatDaySpan(n.shown));
    case 'not-in-dataset':
      return words.notInDataset(shown(n.value, t));
    case 'no-such-event':
      return words.noSuchEvent(shown(n.value, t));
  }
}
