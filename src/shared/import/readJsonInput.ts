import { parseDatasetJson } from '../dataset/parseDatasetText.ts';
import type { Problem } from '../dataset/problem.ts';
import type { DatasetText } from '../dataset/utf8Latin1.ts';
import type { CsvTable } from './csvTable.ts';
import { isRecord } from '../isRecord.ts';
import { detailedProblem } from './detailedProblem.ts';

/*
 * JSON inputs told apart without the rest of the importer: the data worker reads our dataset JSON
 * with this alone, and loads the importer (importerScript.ts) only for any other input.
 */

/** An input read and told apart by its content: parsed JSON, or a table of rows. */
export type ReadInput =
  | { ok: true; format: 'dataset-json' | 'timelinejs-json'; value: unknown }
  | { ok: true; format: 'dataset-csv' | 'timelinejs-csv'; table: CsvTable }
  | { ok: false; problems: Problem[] };

/** Which JSON this is: our dataset, a TimelineJS 3 file, or (refused with a message) the older TimelineJS 2 layout. */
function classifyJson(value: unknown): 'dataset-json' | 'timelinejs-json' | Problem {
  const slideLike = (s: unknown) => isRecord(s) && (s.start_date !== undefined || isRecord(s.text) || s.unique_id !== undefined);
  // TimelineJS's slides without the object around them: said as what they are.
  if (Array.isArray(value) && value.some(slideLike)) return detailedProblem('unknown-layout', '(file)', { key: 'slidesList' });
  if (!isRecord(value)) return 'dataset-json'; // the validator says what is wrong with it
  if (isRecord(value.timeline) && value.events === undefined) {
    return { code: 'unknown-layout', path: '(file)', message: 'is in the older TimelineJS 2 layout ({"timeline": …}), which this app does not read: it reads TimelineJS 3 files (JSON or spreadsheet)' };
  }
  if (value.version !== undefined || value.actors !== undefined) return 'dataset-json';
  const slides = Array.isArray(value.events) ? value.events : [];
  return slides.some(slideLike) || Array.isArray(value.eras) || isRecord(value.title) ? 'timelinejs-json' : 'dataset-json';
}

/** Whether a file's text (or UTF-8 bytes) starts, after any byte-order mark and whitespace, as JSON does: with `{` or `[`. */
export function startsAsJson(text: DatasetText): boolean {
  const s = typeof text === 'string' ? text : text.latin1;
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*[{[]/.test(s.slice(0, 1024));
}

/** JSON text (or UTF-8 bytes) parsed and told apart: our dataset or TimelineJS's; the older TimelineJS 2 layout is refused. Never throws. */
export function readJson(text: DatasetText): ReadInput {
  const parsed = parseDatasetJson(text);
  if (!parsed.ok) return { ok: false, problems: parsed.result.problems };
  const kind = classifyJson(parsed.value);
  return typeof kind === 'string' ? { ok: true, format: kind, value: parsed.value } : { ok: false, problems: [kind] };
}
