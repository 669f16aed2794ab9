/*
 * The notices about the address's parameters (a ?kind= that is no kind, a ?window= outside the
 * dates): in English here, outside the English catalogue and the page's first script, as only the
 * problems' on-demand script says them (UrlNoticeLines.tsx). Every other language gives its own in
 * its catalogue (`noticeTexts`), key for key.
 */
import { forms } from './plural.ts';

export const enNoticeTexts = {
  /** In an embed, folded to one line: its readers did not write its address, whose parameters are its settings. */
  inEmbed: forms({ one: '# embed setting ignored.', other: '# embed settings ignored.' }),
  /** The same, where each was still used, read otherwise (days swapped, the first of two values), or some of each (noticesSummary). */
  inEmbedAdjusted: forms({ one: '# embed setting adjusted.', other: '# embed settings adjusted.' }),
  inEmbedMixed: forms({ one: '# embed setting adjusted or ignored.', other: '# embed settings adjusted or ignored.' }),
  tooMany: (param: string, limit: string) => `${param}: more than ${limit} values; only the first ${limit} were read`,
  notOneOf: (param: string, value: string, allowed: string) => `${param}: ${value} is not ${allowed} (ignored)`,
  notAKind: (value: string) => `kind: ${value} is not a kind of event (ignored)`,
  notADay: (param: string, value: string) => `${param}: ${value} is not a date like 2022-03-01 (ignored)`,
  swapped: (from: string, to: string) => `from/to: ${from} is after ${to} (dates swapped)`,
  /** The same, typed in the filter fields: their names (`fromField`, `toField`) and the days in words. */
  swappedTyped: (fromField: string, from: string, toField: string, to: string) => `The day in ${fromField} (${from}) was after the day in ${toField} (${to}): the two were swapped`,
  windowSwapped: (start: string, end: string) => `window: ${start} is after ${end} (dates swapped)`,
  notAWindow: (value: string) => `window: ${value} is not a span like 2022-03-10..2022-04-05 (showing the whole timeline)`,
  notInDataset: (value: string) => `agency: ${value} is not in this dataset (ignored)`,
  noSuchEvent: (value: string) => `event: no event has the id ${value} (showing the whole timeline)`,
  /** A parameter that takes one value given `times` times (`count`: that number as the language writes it); `value`, quoted, is the one used. */
  repeated: (param: string, times: number, count: string, value: string) => `${param}: given ${times === 2 ? 'twice' : `${count} times`}; using ${value}`,
  tooLong: (param: string, limit: string) => `${param}: longer than ${limit} characters; only the first ${limit} are searched for`,
  windowOutside: (value: string) => `window: ${value} is outside the dataset's dates (showing the whole timeline)`,
  /** `shown`: the days shown instead, as ?window= writes them; null: the whole timeline. */
  windowAdjusted: (value: string, shown: string | null) =>
    `window: ${value} goes beyond the timeline's dates (showing ${shown ?? 'the whole timeline'})`,
};

export type NoticeTexts = typeof enNoticeTexts;
