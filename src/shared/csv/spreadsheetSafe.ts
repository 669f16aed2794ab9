/*
 * The one rule for spreadsheet formulas in CSV (OWASP "CSV injection"), shared by the CSV export
 * and the CSV importer: a cell a spreadsheet could run as a formula gets a leading apostrophe on
 * the way out, and the importer takes exactly that apostrophe off again.
 *
 * A spreadsheet may read our comma-separated file with `;` or tab as its separator (Excel does in
 * many locales), and such a reader treats quotes in mid-field as text: `a,"x;=1+1"` becomes the
 * fields `a,"x` and `=1+1"`; and it ends the row at a line break inside such a quoted cell, so
 * that `a,"x\n=1+1;"` gives a next row starting with the field `=1+1`. So the rule is applied to
 * every segment of a cell between `,`, `;`, tab and line breaks, and the apostrophe goes at the
 * start of the segment that needs it (`x;'=1+1`, `x\n'=1+1`): one at the start of the cell would
 * not reach the formula that such a reader sees.
 */

/** Where a reader using another separator, or ignoring quotes in mid-field, could start a new field or row. */
const SEPARATORS = /([,;\t\r\n])/;

/**
 * A segment a spreadsheet could run as a formula: after any whitespace (every Unicode space, line
 * breaks, NBSP), control or invisible format character (zero-width space, bidi marks), one of
 * = + - @ or their full-width and small forms (and the minus sign).
 */
const FORMULA = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/u;

/** OWASP also lists a tab or carriage return as the cell's first character; a line feed starts a row as a carriage return does. */
const CELL_START = /^[\t\r\n]/;

const APOSTROPHE = "'";

/**
 * Whether the segment starting at `parts[i]` gets (or, restoring, got) an apostrophe. A segment
 * that already starts with one gets another, so that restoreCell can tell them apart.
 */
function needsApostrophe(segment: string, isFirst: boolean, cell: string): boolean {
  return segment.startsWith(APOSTROPHE) || FORMULA.test(segment) || (isFirst && CELL_START.test(cell));
}

/** The cell with an apostrophe before every segment a spreadsheet could run as a formula. */
export function neutralizeCell(value: string): string {
  const parts = value.split(SEPARATORS);
  for (let i = 0; i < parts.length; i += 2) {
    if (needsApostrophe(parts[i]!, i === 0, value)) parts[i] = APOSTROPHE + parts[i]!;
  }
  return parts.join('');
}

/**
 * The inverse of neutralizeCell, for the importer: takes off exactly the apostrophes it would
 * have added; any other apostrophe (`'90s`, `rock,'n roll`) is the cell's own text.
 */
export function restoreCell(cell: string): string {
  const parts = cell.split(SEPARATORS);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    if (!part.startsWith(APOSTROPHE)) continue;
    const rest = part.slice(1);
    if (needsApostrophe(rest, i === 0, i === 0 ? cell.slice(1) : '')) parts[i] = rest;
  }
  return parts.join('');
}

/**
 * One CSV field: neutralized, then quoted as RFC 4180 says when it holds a comma, quote or line
 * break, and also when it holds a semicolon or tab, so that no separator of any reader is bare.
 */
export function csvField(value: string): string {
  // Most cells are empty or hold no separator: one segment, checked without splitting (the same result, faster at 200,000 rows).
  const safe = value === '' ? '' : SEPARATORS.test(value) ? neutralizeCell(value) : needsApostrophe(value, true, value) ? APOSTROPHE + value : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What a CSV this app writes starts with: Excel reads one without it in the system's code page, so that "–" or «Роскосмос» came out garbled; every reader here skips it (decodeInput.ts). */
export const EXCEL_BOM = '\uFEFF';
