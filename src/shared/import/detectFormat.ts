import { parseDatasetJson } from '../dataset/parseDatasetText.ts';
import type { Problem, ProblemCode } from '../dataset/problem.ts';
import { decodeLatin1, type DatasetText } from '../dataset/utf8Latin1.ts';
import { META_ROWS } from '../csv/datasetColumns.ts';
import { decodeInput } from './decodeInput.ts';
import { foldHeader, readCsvTable, type CsvTable } from './csvTable.ts';
import { eventColumnKey } from './datasetCsvHeader.ts';

/** An input read and told apart by its content: parsed JSON, or a table of rows. */
export type ReadInput =
  | { ok: true; format: 'dataset-json' | 'timelinejs-json'; value: unknown }
  | { ok: true; format: 'dataset-csv' | 'timelinejs-csv'; table: CsvTable }
  | { ok: false; problems: Problem[] };

const fail = (code: ProblemCode, message: string): ReadInput => ({ ok: false, problems: [{ code, path: '(file)', message }] });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Header cells of TimelineJS's spreadsheet template that our layout does not use. */
const TIMELINEJS_HEADERS = new Set(['year', 'month', 'day', 'headline', 'text', 'displaydate', 'endyear', 'media', 'group', 'type']);

/** Which JSON this is: our dataset, a TimelineJS 3 file, or (refused with a message) the older TimelineJS 2 layout. */
export function classifyJson(value: unknown): 'dataset-json' | 'timelinejs-json' | { message: string } {
  if (!isRecord(value)) return 'dataset-json'; // the validator says what is wrong with it
  if (isRecord(value.timeline) && value.events === undefined) {
    return { message: 'is in the older TimelineJS 2 layout ({"timeline": …}), which this app does not read: it reads TimelineJS 3 files (JSON or spreadsheet)' };
  }
  if (value.version !== undefined || value.actors !== undefined) return 'dataset-json';
  const slides = Array.isArray(value.events) ? value.events : [];
  const slideLike = (s: unknown) => isRecord(s) && (s.start_date !== undefined || isRecord(s.text) || s.unique_id !== undefined);
  return slides.some(slideLike) || Array.isArray(value.eras) || isRecord(value.title) ? 'timelinejs-json' : 'dataset-json';
}

/** Which spreadsheet layout a table is in, from its header row (the first row that is not `#` metadata). */
function classifyTable(table: CsvTable): 'dataset-csv' | 'timelinejs-csv' | null {
  const metaCells = new Set<string>(Object.values(META_ROWS));
  const header = table.rows.find((r) => !metaCells.has(foldHeader(r.cells[0] ?? '')));
  if (table.rows.some((r) => metaCells.has(foldHeader(r.cells[0] ?? '')))) return 'dataset-csv';
  if (!header) return null;
  const folded = header.cells.map(foldHeader);
  const ours = header.cells.filter((c) => eventColumnKey(c) !== null).length;
  const theirs = folded.filter((c) => TIMELINEJS_HEADERS.has(c)).length;
  if (folded.includes('year') && theirs > ours) return 'timelinejs-csv';
  return ours > 0 ? 'dataset-csv' : null;
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
    return readInput(decodeLatin1(input.latin1));
  }
  const decoded = decodeInput(input);
  if (!decoded.ok) return fail(decoded.code, decoded.message);
  const start = decoded.text.trimStart();
  if (start === '') return fail('empty-file', 'is empty');
  if (start.startsWith('{') || start.startsWith('[')) return readJson(decoded.text);
  if (start.startsWith('<')) return fail('html-page', 'is a web page (HTML), not a dataset, a TimelineJS file or a spreadsheet');
  const table = readCsvTable(decoded.text);
  const format = classifyTable(table);
  if (format === null) {
    if (table.problems.length > 0) return { ok: false, problems: table.problems };
    return fail(
      'unknown-layout',
      'is not JSON and has no header row this app knows: a spreadsheet needs our columns (date, kind, from, title, summary, …; see public/template.csv) or TimelineJS\'s (Year, Month, Day, Headline, Text, …)',
    );
  }
  return { ok: true, format, table };
}

function readJson(text: DatasetText): ReadInput {
  const parsed = parseDatasetJson(text);
  if (!parsed.ok) return { ok: false, problems: parsed.result.problems };
  const kind = classifyJson(parsed.value);
  return typeof kind === 'string' ? { ok: true, format: kind, value: parsed.value } : fail('unknown-layout', kind.message);
}

