import type { CsvSeparator } from '../../shared/csv/excelSeparator.ts';
import { csvField, EXCEL_BOM } from '../../shared/csv/spreadsheetSafe.ts';
import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { blobInSlices } from '../export/slicedBlob.ts';
import { placeText } from '../../shared/i18n/placeText.ts';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { problemText, unlistedText } from './datasetError.ts';
import type { UnlistedProblems } from './keptProblems.ts';

/** How a problem and a counted kind are said: as the full page says them, or as an embed's list (readerProblemText.ts). */
interface ProblemWords {
  problem: (p: Problem, t: Messages) => string;
  unlisted: (u: UnlistedProblems, t: Messages) => string;
}

const AS_LISTED: ProblemWords = { problem: problemText, unlisted: unlistedText };

/**
 * The problems as a spreadsheet (where, problem) in pieces, a row each: those listed one by one,
 * then a row for each kind counted instead; a BOM first (EXCEL_BOM).
 */
function* problemsCsvPieces(
  problems: readonly Problem[],
  unlisted: readonly UnlistedProblems[],
  t: Messages,
  count: (n: number) => string,
  separator: CsvSeparator,
  say: ProblemWords,
): Generator<string, void, undefined> {
  const words = (t.problemTexts ?? enProblemTexts).list;
  const row = (where: string, what: string) => `${csvField(where)}${separator}${csvField(what)}\r\n`;
  yield `${EXCEL_BOM}${row(words.columns.where, words.columns.problem)}`;
  for (const p of problems) yield row(placeText(p.path, t), say.problem(p, t));
  for (const u of unlisted) yield row(words.notListed(count(u.count)), say.unlisted(u, t));
}

/** The problems as a spreadsheet (where, problem), to work through beside the file; each said as `say` says it (as the page lists it). */
export function problemsCsv(
  problems: readonly Problem[],
  t: Messages,
  unlisted: readonly UnlistedProblems[] = [],
  count: (n: number) => string = String,
  separator: CsvSeparator = ',',
  say: ProblemWords = AS_LISTED,
): string {
  let text = '';
  for (const piece of problemsCsvPieces(problems, unlisted, t, count, separator, say)) text += piece;
  return text;
}

/** The problems as a CSV file, built in slices: at 100,000 problems the list takes a while, and the page stays usable. */
export function problemsCsvBlob(
  problems: readonly Problem[],
  unlisted: readonly UnlistedProblems[],
  t: Messages,
  count: (n: number) => string,
  separator: CsvSeparator,
  say: ProblemWords = AS_LISTED,
): Promise<Blob> {
  return blobInSlices(problemsCsvPieces(problems, unlisted, t, count, separator, say), 'text/csv;charset=utf-8');
}
