import { problemToString, type Problem } from '../src/shared/dataset/problem.ts';

/** The command-line option that reads a spreadsheet's dates in an order: the app offers a button instead. */
export const DATE_FORMAT_OPTION = { 'date-format': { type: 'string' } } as const;

/** Whether a --date-format value is one the importer reads (day first or month first). */
export const isDateFormat = (v: string | undefined): v is 'dmy' | 'mdy' | undefined => v === undefined || v === 'dmy' || v === 'mdy';

/** A problem as the scripts print it, `path: message`, with the option that reads ambiguous dates the other way round. */
export function problemLine(p: Problem): string {
  const other = p.detail?.key === 'datesOrder' && !p.detail.chosen ? ` (--date-format ${p.detail.order === 'dmy' ? 'mdy' : 'dmy'})` : '';
  return `${problemToString(p)}${other}`;
}
