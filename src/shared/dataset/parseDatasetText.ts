import { LIMITS } from './limits.ts';
import { quoteText, type Problem, type ProblemCode, type ProblemDetail } from './problem.ts';
import { isolated } from '../text/isolated.ts';
import { isNotUtf8, NOT_UTF8 } from './strictUtf8.ts';
import { decodeLatin1, decodeParsedStrings, type DatasetText } from './utf8Latin1.ts';
import { validateDataset, type ValidationResult } from './validateDataset.ts';

/** Parses the text of a dataset file (or its UTF-8 bytes, utf8Latin1.ts) and validates it. Never throws. */
export function parseDatasetText(input: DatasetText): ValidationResult {
  const parsed = parseDatasetJson(input);
  // The parsed value is ours alone: the validator may keep its objects instead of copying them.
  return parsed.ok ? validateDataset(parsed.value, { owned: true }) : parsed.result;
}

/** Parses the text (or UTF-8 bytes) of a dataset file; a file that is not JSON gets its problem. Never throws. */
export function parseDatasetJson(input: DatasetText): { ok: true; value: unknown } | { ok: false; result: ValidationResult } {
  const bytes = typeof input === 'string' ? null : input.latin1;
  const text = bytes ?? (input as string);
  const fail = (code: ProblemCode, message: string, detail?: ProblemDetail) => {
    const problem: Problem = detail ? { code, path: '(file)', message, detail } : { code, path: '(file)', message };
    return { ok: false as const, result: { dataset: null, problems: [problem], fatal: true, eventCount: 0, droppedEvents: 0 } };
  };
  if (text.length > LIMITS.fileBytes) {
    return fail('too-large', `is larger than ${Math.round(LIMITS.fileBytes / 1024 / 1024)} MB`);
  }
  // A byte-order mark is harmless; editors on Windows add one.
  const bom = bytes === null ? '\uFEFF' : '\xEF\xBB\xBF';
  const body = text.startsWith(bom) ? text.slice(bom.length) : text;
  if (body.trim() === '') return fail('empty-file', 'is empty');
  const start = body.trimStart();
  if (start.startsWith('<')) return fail('html-page', 'is a web page (HTML), not JSON');
  let value: unknown;
  try {
    value = bytes === null ? JSON.parse(body) : decodeParsedStrings(JSON.parse(body));
  } catch (err) {
    if (isNotUtf8(err)) return fail(NOT_UTF8.code, NOT_UTF8.message);
    // Positions in byte text count bytes: say what is wrong in terms of the decoded text.
    if (bytes !== null) {
      try {
        return parseDatasetJson(decodeLatin1(bytes));
      } catch (notUtf8) {
        if (isNotUtf8(notUtf8)) return fail(NOT_UTF8.code, NOT_UTF8.message);
        throw notUtf8;
      }
    }
    const detail = err instanceof Error ? err.message : String(err);
    // Engines word it differently; an error at the very end of the text means the file stops early.
    const at = /position (\d+)/.exec(detail);
    const atEnd = at !== null && Number(at[1]) >= body.trimEnd().length;
    const cutOff = atEnd || /end of (JSON )?(input|data)|Unterminated|Unexpected EOF/i.test(detail);
    if (cutOff) return fail('truncated', 'is cut off before the end (incomplete JSON)');
    const place = syntaxPlace(detail, body);
    if (!place) return fail('not-json', `is not valid JSON: ${isolated(quoteText(detail))}`);
    // The parser's reason without its place, which the message says as an editor does (it was cut off in the middle before).
    const reason = detail.replace(/^JSON\.parse: /, '').replace(/ (in JSON )?at (position \d+|line \d+ column \d+).*$/s, '').replace(V8_CONTEXT, '');
    const where = `line ${place.line}, column ${place.column} (the mistake is there or just before it)`;
    return fail('not-json', `is not valid JSON: ${where}: ${isolated(quoteText(reason))}`, { key: 'jsonSyntax', ...place });
  }
  return { ok: true, value };
}

/**
 * Where a JSON parser stopped, as an editor counts it (line and column from 1): from its message's
 * line and column (Firefox) or position in `text` (Chromium); null when it says neither (Safari).
 */
function syntaxPlace(detail: string, text: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /position (\d+)/.exec(detail);
  const position = at ? Number(at[1]) : tokenPosition(detail, text);
  if (position === null) return null;
  const before = text.slice(0, position);
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** V8's words for an unexpected token, with the text around it instead of a position: `, ..."x"}},\n  ]\n}" is not valid JSON`. */
const V8_CONTEXT = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;

/**
 * Where V8 (Chromium, Node) met an unexpected token (a trailing comma's `]`, a curly quote), which
 * it says only by the text around it: up to 10 characters either side, "..." where it cut the file.
 * Null when that text is not in the file exactly once.
 */
function tokenPosition(detail: string, text: string): number | null {
  const m = /^Unexpected token '([\s\S]+?)'/.exec(detail);
  const around = V8_CONTEXT.exec(detail);
  if (!m || !around) return null;
  const context = around[2]!;
  const start = text.indexOf(context);
  if (start < 0 || text.indexOf(context, start + 1) >= 0) return null;
  // Cut before the token: it is 10 characters in; cut only after it: 10 from the end; the whole file: its first such character.
  const offset = around[1] ? 10 : around[3] ? context.length - 10 : context.indexOf(m[1]!);
  return context.startsWith(m[1]!, offset) ? start + offset : null;
}
