import Papa from 'papaparse';
import type { Problem } from '../dataset/problem.ts';
import { restoreCell } from '../csv/spreadsheetSafe.ts';
import { SAVE_AS_CSV } from '../dataset/strictUtf8.ts';
import { cellLocation, unnamedCellLocation } from './location.ts';
import { detailedProblem } from './detailedProblem.ts';
import { withoutZeroWidth } from '../text/zeroWidth.ts';

/**
 * One non-blank row of a spreadsheet: its number as the spreadsheet shows it (the first row is 1)
 * and its cells, each with the apostrophe that guards a formula taken off (restoreCell), exactly once.
 */
export interface CsvRow {
  row: number;
  cells: string[];
}

export interface CsvTable {
  rows: CsvRow[];
  delimiter: ',' | ';' | '\t';
  /** Problems of the file as a table (a quote never closed, a malformed quote), located by row. */
  problems: Problem[];
  /** True when the file stops inside a quoted cell: rows from there on were left out. */
  cutOff: boolean;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter, from the header row: the first line that is not blank and not a `#` metadata row
 * (dataCsv.ts). Header names hold no delimiter, so whichever of comma, semicolon and tab occurs
 * most often there is it (a tie goes to the comma). Cells further down cannot mislead this, as they
 * can a guess from field counts: European Excel writes "a, b" unquoted in a semicolon file.
 */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  // Records are split at line breaks outside quotes: a quoted cell above the header may hold one.
  let quoted = false;
  let start = 0;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    else if ((!quoted && (ch === '\n' || ch === '\r')) || i === text.length) {
      const record = text.slice(start, i);
      start = i + 1;
      if (record.trim() === '' || /^"?#/.test(record)) {
        counts[','] = counts[';'] = counts['\t'] = 0;
        continue;
      }
      break;
    }
  }
  let best: CsvTable['delimiter'] = ',';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

/** CRLF and a lone LF or CR in one file: papaparse reads only one kind of row break. */
const hasMixedBreaks = (text: string) => text.includes('\r\n') && /(?:^|[^\r])\n|\r(?!\n)/.test(text);

/** Every row break outside quotes as LF; breaks inside quoted cells are the cells' own and stay. */
function oneKindOfBreak(text: string): string {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 13 && !quoted) {
      parts.push(text.slice(from, i), '\n');
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The line some exports put first for Excel: `sep=;` (comma, semicolon or tab). */
const SEP_LINE = /^sep=([,;\t])[ \t]*(?:\r\n|\n|\r)/i;

/**
 * The text with the quoted cell opening at `open` written as Excel and LibreOffice read it when
 * text follows its closing quote: the quoted text, then the rest up to the next delimiter or line
 * break (`"Nyet" says Roscosmos` reads `Nyet says Roscosmos`), quoted properly. Null when the cell
 * has no closing quote at all (a file cut off).
 */
function closedQuotedCell(text: string, open: number, delimiter: string): string | null {
  let close = open;
  for (;;) {
    close = text.indexOf('"', close + 1);
    if (close < 0) return null;
    if (text[close + 1] !== '"') break;
    close++;
  }
  let end = close + 1;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
  const cell = text.slice(open + 1, close).replaceAll('""', '"') + text.slice(close + 1, end);
  return `${text.slice(0, open)}"${cell.replaceAll('"', '""')}"${text.slice(end)}`;
}

/**
 * Each cell with text after its closing quote costs one more parse of the whole text (about 10 ms
 * a megabyte here): at most this many, and this many characters parsed again in all (~0.2 s).
 * A hand-edited sheet, where such cells come from, is small; past the limit the rows from the
 * next such cell are read as papaparse reads them (to a later quote, or cut off and said).
 */
const QUOTE_REPAIRS = { cells: 100, characters: 20_000_000 };

/**
 * Reads CSV text (already decoded, decodeInput.ts) into rows with papaparse: comma, semicolon or
 * tab (detectDelimiter), CRLF, LF or CR, quoted cells with line breaks. Blank rows are skipped but
 * keep their place in the numbering, so `row 12` is row 12 of the spreadsheet. A quoted cell that
 * is never closed (a cut-off file) ends the table there, with a problem. Never throws.
 */
export function readCsvTable(text: string): CsvTable {
  // Excel's "sep=;" first line names the delimiter; Excel does not show it, so the next line is row 1.
  const sep = SEP_LINE.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delimiter = sep ? (sep[1] as CsvTable['delimiter']) : detectDelimiter(text);
  let input = hasMixedBreaks(text) ? oneKindOfBreak(text) : text;
  const parse = () => Papa.parse<string[]>(input, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  let parsed = parse();
  // papaparse reads a quoted cell with text after its closing quote up to a later quote that is
  // followed by a delimiter, or, with none, to the end of the file, and every row after it was
  // lost; spreadsheets read the quoted text and then the rest of the cell. Such a cell is written
  // so, and the text parsed again (a fix of our own: papaparse has no option for it).
  const repaired = new Set<number>();
  for (let n = 0, parsedAgain = 0; n < QUOTE_REPAIRS.cells && parsedAgain + input.length <= QUOTE_REPAIRS.characters; n++, parsedAgain += input.length) {
    const bad = parsed.errors.find((e) => (e.code === 'InvalidQuotes' || e.code === 'MissingQuotes') && e.index !== undefined);
    const fixed = bad && closedQuotedCell(input, bad.index! - 1, delimiter);
    if (!bad || !fixed) break;
    repaired.add((bad.row ?? 0) + 1);
    input = fixed;
    parsed = parse();
  }
  const found: { row: number; problem: Problem }[] = [];
  const badQuoteRows = new Set<number>();
  const badQuotes = (row: number) => {
    // Said once a row, however many such cells it has.
    if (badQuoteRows.has(row)) return;
    badQuoteRows.add(row);
    found.push({ row, problem: { code: 'bad-quotes', path: cellLocation(row), message: 'a quoted cell has text after its closing quote; it was read as spreadsheets read it: the quoted text, then the rest' } });
  };
  for (const row of repaired) badQuotes(row);
  let end = parsed.data.length;
  let cutOff = false;
  for (const err of parsed.errors) {
    const row = (err.row ?? 0) + 1;
    if (err.code === 'MissingQuotes') {
      cutOff = true;
      end = Math.min(end, row - 1);
      found.push({
        row,
        problem: {
          code: 'truncated',
          path: cellLocation(row),
          message:
            'a quoted cell starts in this row and is never closed, so this row and the rest of the file were left out. ' +
            `The file may be cut off, or a cell holds a stray double quote ("): check that row, or ${SAVE_AS_CSV}`,
        },
      });
    } else if (err.code === 'InvalidQuotes') badQuotes(row);
  }
  // A row from the cut on was left out, not read: only the cut is said of it.
  const problems = found.filter((f) => f.problem.code !== 'bad-quotes' || f.row <= end).sort((a, b) => a.row - b.row).map((f) => f.problem);
  const rows: CsvRow[] = [];
  for (let i = 0; i < end; i++) {
    const cells = parsed.data[i]!;
    if (!isBlank(cells)) rows.push({ row: i + 1, cells: cells.map(restoreCell) });
  }
  return { rows, delimiter, problems, cutOff };
}

/** How a header cell is matched: case, spaces, underscores, hyphens, ё/е and zero-width characters do not count ("Date End" = "dateEnd"). */
export function foldHeader(cell: string): string {
  return withoutZeroWidth(cell).normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[\s_-]+/g, '');
}

/** A row's cells up to its last that is not empty (spreadsheets pad rows with empty cells). */
export function width(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n;
}

/**
 * The problem of a row with more cells than its header has (an unquoted comma in a cell shifts
 * every value after it), or null. Such a row is left out: its values are misaligned. The header's
 * blank cells count: Google Sheets and Excel pad every row, the header too, to the sheet's width,
 * so a row no wider than its padded header is aligned (a note typed in a column left unnamed), and
 * its text under a blank header cell is said by unnamedCellProblems.
 */
export function extraCellsProblem(row: CsvRow, header: CsvRow): Problem | null {
  const cells = width(row.cells);
  const columns = header.cells.length;
  return cells > columns ? detailedProblem('extra-cells', cellLocation(row.row), { key: 'extraCells', cells, columns }) : null;
}

/**
 * The problem of a row that repeats its header row (the header copied again lower down, as when two
 * sheets are pasted one under the other), or null: each of its cells names the header's column it
 * stands in (as the header is matched: foldHeader), and they are two at least and half the header's
 * names at least (a narrower sheet's header repeats fewer; an event titled "title" is an event).
 * Such a row holds no event, and is skipped, said at its row; read as one, its names would each be
 * called a wrong value.
 */
export function repeatedHeaderProblem(row: CsvRow, header: CsvRow): Problem | null {
  const named = row.cells.filter((c) => c.trim() !== '').length;
  const columns = header.cells.filter((c) => c.trim() !== '').length;
  const repeats = named >= 2 && named * 2 >= columns && row.cells.every((c, i) => c.trim() === '' || foldHeader(c) === foldHeader(header.cells[i] ?? ''));
  return repeats ? detailedProblem('unknown-row', cellLocation(row.row), { key: 'repeatedHeader', header: header.row }) : null;
}

/** Each text of a row under a header cell left blank, said at its cell (`row 2, column 20 (no header)`): nothing reads it. */
export function unnamedCellProblems(row: CsvRow, header: CsvRow): Problem[] {
  const problems: Problem[] = [];
  row.cells.forEach((cell, i) => {
    if (i < header.cells.length && header.cells[i]!.trim() === '' && withoutZeroWidth(cell).trim() !== '') {
      problems.push(detailedProblem('ignored-cells', unnamedCellLocation(row.row, i + 1), { key: 'unnamedColumn', value: cell.trim() }));
    }
  });
  return problems;
}
