import type { ProblemCode } from '../dataset/problem.ts';
import { latin1Bytes, type DatasetText } from '../dataset/utf8Latin1.ts';
import { decodeInput } from './decodeInput.ts';
import { NOT_UTF8 } from '../dataset/strictUtf8.ts';
import { decodeLegacy } from './legacyEncoding.ts';
import { detailedProblem } from './detailedProblem.ts';
import { foldHeader, readCsvTable, type CsvRow, type CsvTable } from './csvTable.ts';
import { cellLocation } from './location.ts';
import { eventColumnKey, missingColumnsProblem, readEventHeader, twoRowHeader } from './datasetCsvHeader.ts';
import { metaKind } from './metaRows.ts';
import { aliasResolver, TIMELINEJS_COLUMN_ALIASES } from '../csv/columnAliases.ts';
import { readJson, type ReadInput } from './readJsonInput.ts';

const fail = (code: ProblemCode, message: string): ReadInput => ({ ok: false, problems: [{ code, path: '(file)', message }] });

/** Header cells of TimelineJS's spreadsheet template that our layout does not use. */
const TIMELINEJS_HEADERS = new Set(['year', 'month', 'day', 'headline', 'text', 'displaydate', 'endyear', 'media', 'group', 'type']);

/** Rows above a header row that a sheet may start with (a title, a newsroom's instructions), looked past. */
const ROWS_ABOVE_HEADER = 20;

/** A TimelineJS column headed in Russian (`Год`) as its English header (`Year`), as the TimelineJS reader reads it. */
const timelineAlias = aliasResolver(TIMELINEJS_COLUMN_ALIASES, foldHeader);

/** Which layout a header row names: ours, TimelineJS's (its English headers or their Russian names), or neither. */
function headerLayout(header: CsvRow): 'dataset-csv' | 'timelinejs-csv' | null {
  const folded = header.cells.map((c) => foldHeader(timelineAlias(c)));
  const ours = header.cells.filter((c) => eventColumnKey(c) !== null).length;
  const theirs = folded.filter((c) => TIMELINEJS_HEADERS.has(c)).length;
  if (folded.includes('year') && theirs > ours) return 'timelinejs-csv';
  return ours > 0 ? 'dataset-csv' : null;
}

/** Which spreadsheet layout a table is in, from its header row (the first row that is not `#` metadata). */
function classifyTable(table: CsvTable): 'dataset-csv' | 'timelinejs-csv' | null {
  const header = table.rows.find((r) => metaKind(r) === undefined);
  if (table.rows.some((r) => metaKind(r) !== undefined)) return 'dataset-csv';
  return header ? headerLayout(header) : null;
}

/**
 * The layout of a row that is a header below a sheet's first rows: TimelineJS's, or ours when it
 * names every column an event needs (a row of notes naming one, `Title`, is no header).
 */
function headerBelow(r: CsvRow): 'dataset-csv' | 'timelinejs-csv' | null {
  const layout = headerLayout(r);
  return layout === 'dataset-csv' && missingColumnsProblem(r, readEventHeader(r, [])) !== null ? null : layout;
}

/**
 * A table read from its header row: a sheet whose first rows are a title or notes above its header
 * (within ROWS_ABOVE_HEADER) is read from that header, each row above it said as skipped.
 */
function classifyFromHeader(table: CsvTable): { format: 'dataset-csv' | 'timelinejs-csv'; table: CsvTable } | null {
  const format = classifyTable(table);
  if (format !== null) {
    // A header over two rows (merged cells) whose first row names every column an event needs: read as one.
    const at = table.rows.findIndex((r) => metaKind(r) === undefined);
    const merged = format === 'dataset-csv' && at >= 0 && at + 1 < table.rows.length ? twoRowHeader(table.rows[at]!, table.rows[at + 1]!) : null;
    return { format, table: merged ? { ...table, rows: [...table.rows.slice(0, at), merged, ...table.rows.slice(at + 2)] } : table };
  }
  const layouts = table.rows.slice(1, ROWS_ABOVE_HEADER + 1).map(headerBelow);
  let at = layouts.findIndex((l) => l !== null) + 1;
  if (at === 0) return null;
  const layout = layouts[at - 1]!;
  // A group's label merged over its columns in the row above the header (`Источник 1` above `название`): one header.
  const merged = layout === 'dataset-csv' ? twoRowHeader(table.rows[at - 1]!, table.rows[at]!) : null;
  const rows = merged ? [...table.rows.slice(0, at - 1), merged, ...table.rows.slice(at + 1)] : table.rows;
  if (merged) at--;
  const header = rows[at]!.row;
  const above = rows.slice(0, at).map((r) => detailedProblem('unknown-row', cellLocation(r.row), { key: 'aboveHeader', header }));
  return { format: layout, table: { ...table, rows: rows.slice(at), problems: [...table.problems, ...above] } };
}

/**
 * Reads a file's bytes or text and tells by its content which of the four inputs it is: our
 * dataset JSON, TimelineJS JSON, our spreadsheet CSV or TimelineJS's spreadsheet as CSV. The name
 * of the file plays no part. A file that is none of them gets a message saying what to do. Never throws.
 */
export function readInput(input: DatasetText | Uint8Array): ReadInput {
  if (typeof input === 'object' && 'latin1' in input) {
    // UTF-8 bytes as a one-byte string (utf8Latin1.ts): JSON is parsed from them as they are.
    const start = input.latin1.replace(/^\xEF\xBB\xBF/, '').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) return readJson(input);
    // Any other input is judged on its bytes, as a dropped file's are (decodeInput.ts).
    return readInput(latin1Bytes(input.latin1));
  }
  const decoded = decodeInput(input);
  if (!decoded.ok) return (decoded.problem === NOT_UTF8 && input instanceof Uint8Array && readLegacySheet(input)) || { ok: false, problems: [decoded.problem] };
  const start = decoded.text.trimStart();
  if (start === '') return fail('empty-file', 'is empty');
  if (start.startsWith('{') || start.startsWith('[')) return readJson(decoded.text);
  if (start.startsWith('<')) return { ok: false, problems: [detailedProblem('html-page', '(file)', { key: 'notText', what: 'html' })] };
  const table = readCsvTable(decoded.text);
  const read = classifyFromHeader(table);
  if (read === null) {
    // JSON that is neither an object nor a list (`null`, `42`, `"text"`): the validator says what it is.
    if (isJson(decoded.text)) return readJson(decoded.text);
    if (table.problems.length > 0) return { ok: false, problems: table.problems };
    return fail(
      'unknown-layout',
      'is not JSON and has no header row this app knows: a spreadsheet needs our columns (date, kind, from, title, summary, …; see public/template.csv) or TimelineJS\'s (Year, Month, Day, Headline, Text, …)',
    );
  }
  return { ok: true, ...read };
}

/**
 * Bytes that are not UTF-8 read as a spreadsheet in the Windows code page they look like, which a
 * first problem names (legacyEncoding.ts); null when they are not a spreadsheet this app knows,
 * and for JSON or HTML, which are UTF-8 by their standards.
 */
function readLegacySheet(bytes: Uint8Array): ReadInput | null {
  const { text, encoding } = decodeLegacy(bytes);
  if (/^\s*[{[<]/.test(text)) return null;
  const read = classifyFromHeader(readCsvTable(text));
  if (read === null) return null;
  read.table.problems.unshift(detailedProblem('legacy-encoding', '(file)', { key: 'legacyEncoding', encoding }));
  return { ok: true, ...read };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
