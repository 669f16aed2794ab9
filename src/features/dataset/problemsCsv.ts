import type { CsvSeparator } from '../../shared/csv/excelSeparator.ts';
import { csvField, EXCEL_BOM } from '../../shared/csv/spreadsheetSafe.ts';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { blobInSlices } from '../export/slicedBlob.ts';
import { placeText } from '../../shared/i18n/placeText.ts';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { problemText, unlistedText } from './datasetError.ts';
import type { UnlistedProblems } from './keptProblems.ts';

/**
 * The problems as a spreadsheet (where, problem) in pieces, a row each: those listed one by one,
 * then a row for each kind counted instead; a BOM first (EXCEL_BOM).
 */
function* problemsCsvPieces(problems: readonly Problem[], unlisted: readonly UnlistedProblems[], t: Messages, count: (n: number) => string, separator: CsvSeparator): Generator<string, void, undefined> {
  const words = (t.problemTexts ?? enProblemTexts).list;
  const row = (where: string, what: string) => `${csvField(where)}${separator}${csvField(what)}\r\n`;
  yield `${EXCEL_BOM}${row(words.columns.where, words.columns.problem)}`;
  for (const p of problems) yield row(placeText(p.path, t), problemText(p, t));
  for (const u of unlisted) yield row(words.notListed(count(u.count)), unlistedText(u, t));
}

/** The problems as a spreadsheet (where, problem), to work through beside the file. */
export function problemsCsv(problems: readonly Problem[], t: Messages, unlisted: readonly UnlistedProblems[] = [], count: (n: number) => string = String, separator: CsvSeparator = ','): string {
  let text = '';
  for (const piece of problemsCsvPieces(problems, unlisted, t, count, separator)) text += piece;
  return text;
}

/** The problems as a CSV file, built in slices: at 100,000 problems the list takes a while, and the page stays usable. */
export function problemsCsvBlob(problems: readonly Problem[], unlisted: readonly UnlistedProblems[], t: Messages, count: (n: number) => string, separator: CsvSeparator): Promise<Blob> {
  return blobInSlices(problemsCsvPieces(problems, unlisted, t, count, separator), 'text/csv;charset=utf-8');
}
