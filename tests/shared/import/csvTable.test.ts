import { describe, expect, it } from 'vitest';
import { extraCellsProblem, foldHeader, readCsvTable, unnamedCellProblems, type CsvRow } from '../../../src/shared/import/csvTable.ts';

/** The table's rows as [row number, ...cells], as a reader of the import's problems counts them. */
const rowsOf = (text: string) => readCsvTable(text).rows.map((r) => [r.row, ...r.cells]);

describe('readCsvTable: the delimiter, from the header row', () => {
  it('a delimiter inside a quoted header name does not decide it', () => {
    const table = readCsvTable('"Date; or dates; or none",title\n2022-03-12,Letter\n');
    expect(table.delimiter).toBe(',');
    expect(rowsOf('"Date; or dates; or none",title\n2022-03-12,Letter\n')).toEqual([
      [1, 'Date; or dates; or none', 'title'],
      [2, '2022-03-12', 'Letter'],
    ]);
  });

  it('a header name with a quoted line break is one row of the sheet, whose delimiters still count', () => {
    const text = '"Date\nof letter";from;to\n2022-03-12;Roscosmos;NASA, ESA\n';
    expect(readCsvTable(text).delimiter).toBe(';');
    expect(rowsOf(text)).toEqual([
      [1, 'Date\nof letter', 'from', 'to'],
      [2, '2022-03-12', 'Roscosmos', 'NASA, ESA'],
    ]);
  });

  it('# metadata rows above the header, quoted or not and however many, do not decide it', () => {
    const text = '#title;Letters, notes, and more\n"#description";a, b, c\n#credit;a, b\ndate;from;to\n2022-03-12;Roscosmos;NASA, ESA\n';
    expect(readCsvTable(text).delimiter).toBe(';');
    expect(rowsOf(text).slice(1)).toEqual([
      [2, '#description', 'a, b, c'],
      [3, '#credit', 'a, b'],
      [4, 'date', 'from', 'to'],
      [5, '2022-03-12', 'Roscosmos', 'NASA, ESA'],
    ]);
  });

  it('a row of spaces above the header is blank: it neither decides the delimiter nor counts as a row', () => {
    const text = '   \n\t\ndate;from;to\n2022-03-12;Roscosmos;NASA, ESA\n';
    expect(readCsvTable(text).delimiter).toBe(';');
    expect(rowsOf(text)).toEqual([
      [3, 'date', 'from', 'to'],
      [4, '2022-03-12', 'Roscosmos', 'NASA, ESA'],
    ]);
  });

  it('the delimiter a header has most of wins, though another occurs there too (a stray tab in a name)', () => {
    const text = 'date;from;to;note\tmore\n2022-03-12;Roscosmos;NASA;x\n';
    expect(readCsvTable(text).delimiter).toBe(';');
    expect(rowsOf(text)[1]).toEqual([2, '2022-03-12', 'Roscosmos', 'NASA', 'x']);
    expect(readCsvTable('date\tfrom\tto\tnote; more\n').delimiter).toBe('\t');
  });

  it('a header with no delimiter at all, or as many commas as semicolons, is read with commas', () => {
    expect(readCsvTable('date\n2022-03-12;x\n').delimiter).toBe(',');
    expect(rowsOf('date\n2022-03-12;x\n')).toEqual([
      [1, 'date'],
      [2, '2022-03-12;x'],
    ]);
    expect(readCsvTable('date,from;to\n').delimiter).toBe(',');
  });
});

describe('readCsvTable: rows and their numbers', () => {
  it('a file mixing CRLF, LF and lone CR row breaks reads one row per break, numbered as the spreadsheet numbers them', () => {
    expect(rowsOf('date,title\r\n2022-01-01,a\r\n2022-01-02,b\r2022-01-03,c\n2022-01-04,d\r\n')).toEqual([
      [1, 'date', 'title'],
      [2, '2022-01-01', 'a'],
      [3, '2022-01-02', 'b'],
      [4, '2022-01-03', 'c'],
      [5, '2022-01-04', 'd'],
    ]);
    expect(rowsOf('date,title\r\n2022-01-01,a\r2022-01-02,b\r\n')).toEqual([
      [1, 'date', 'title'],
      [2, '2022-01-01', 'a'],
      [3, '2022-01-02', 'b'],
    ]);
    expect(rowsOf('\ndate,title\r\n2022-01-01,a\r\n')).toEqual([
      [2, 'date', 'title'],
      [3, '2022-01-01', 'a'],
    ]);
  });

  it('a file mixing row breaks keeps its last row, whether a break ends it or not', () => {
    expect(rowsOf('date,title\r\n2022-01-01,a\n2022-01-02,b')).toEqual([
      [1, 'date', 'title'],
      [2, '2022-01-01', 'a'],
      [3, '2022-01-02', 'b'],
    ]);
    expect(rowsOf('date,title\r\n2022-01-01,a\n2022-01-02,b\r')).toEqual([
      [1, 'date', 'title'],
      [2, '2022-01-01', 'a'],
      [3, '2022-01-02', 'b'],
    ]);
  });

  it('a quoted cell keeps its own line break, CRLF or LF, in a file that mixes them', () => {
    expect(rowsOf('date,title\r\n2022-01-01,"two\r\nlines"\n2022-01-02,"and\nmore"\r\n')).toEqual([
      [1, 'date', 'title'],
      [2, '2022-01-01', 'two\r\nlines'],
      [3, '2022-01-02', 'and\nmore'],
    ]);
  });
});

describe('readCsvTable: Excel\'s "sep=" first line', () => {
  it('names the delimiter, whatever the header holds, and is not a row: the header is row 1', () => {
    const table = readCsvTable('sep=;\ndate, approx.;title\n2022-03-12;Letter\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      { row: 1, cells: ['date, approx.', 'title'] },
      { row: 2, cells: ['2022-03-12', 'Letter'] },
    ]);
  });

  it('is read in any case, with spaces or a tab after it, ended by LF, CRLF or CR, and may name a tab', () => {
    for (const text of ['SEP=; \r\ndate, approx.;title\r\n', 'sep=;\t\ndate, approx.;title\n', 'Sep=;\rdate, approx.;title\r']) {
      expect(readCsvTable(text).delimiter).toBe(';');
      expect(rowsOf(text)).toEqual([[1, 'date, approx.', 'title']]);
    }
    expect(readCsvTable('sep=\t\ndate, approx.\ttitle\n').rows).toEqual([{ row: 1, cells: ['date, approx.', 'title'] }]);
  });

  it('is only the first line: a cell reading "sep=;" further down is a cell', () => {
    expect(rowsOf('date,note\n2022-03-12,sep=;\n')).toEqual([
      [1, 'date', 'note'],
      [2, '2022-03-12', 'sep=;'],
    ]);
  });
});

describe('readCsvTable: cells and quotes', () => {
  it('blank rows are skipped but keep their place in the numbering, and a row of empty cells is blank, one with some empty cells not', () => {
    expect(rowsOf('date,title\n\n2022-01-01,a\n,\n , \n2022-01-02,\n,b')).toEqual([
      [1, 'date', 'title'],
      [3, '2022-01-01', 'a'],
      [6, '2022-01-02', ''],
      [7, '', 'b'],
    ]);
  });

  it('takes the apostrophe that guards a formula off each cell exactly once, and keeps any other apostrophe', () => {
    expect(rowsOf("title,note\n'=SUM(A1),''=x\n'90s,rock 'n' roll\n")).toEqual([
      [1, 'title', 'note'],
      [2, '=SUM(A1)', "'=x"],
      [3, "'90s", "rock 'n' roll"],
    ]);
  });

  it('keeps every cell as text: numbers, dates and booleans as written', () => {
    expect(rowsOf('id,year,flag\n007,2022,TRUE\n')).toEqual([
      [1, 'id', 'year', 'flag'],
      [2, '007', '2022', 'TRUE'],
    ]);
  });

  it('a quoted cell that is never closed cuts the table off at its row, said there; the rows above are kept', () => {
    const table = readCsvTable('date,title\n2022-01-01,a\n\n2022-01-02,"b\n2022-01-03,c\n');
    expect(table.rows).toEqual([
      { row: 1, cells: ['date', 'title'] },
      { row: 2, cells: ['2022-01-01', 'a'] },
    ]);
    expect(table.cutOff).toBe(true);
    expect(table.problems.map((p) => [p.code, p.path])).toEqual([['truncated', 'row 4']]);
    expect(table.problems[0]!.message).toMatch(/^a quoted cell starts in this row and is never closed, so this row and the rest of the file were left out/);
  });

  const SPREADSHEET_READING = 'a quoted cell has text after its closing quote; it was read as spreadsheets read it: the quoted text, then the rest';

  it('a quoted cell with text after its closing quote is read as spreadsheets read it (the quoted text, then the rest), said once at its row, and the table goes on', () => {
    const text = 'date,title\n2022-01-01,"Nyet" said "Roscosmos"\n2022-01-02,c\n';
    const table = readCsvTable(text);
    expect(table.cutOff).toBe(false);
    // Excel and LibreOffice read `Nyet said "Roscosmos"`; papaparse alone read `Nyet" said "Roscosmos`.
    expect(rowsOf(text).slice(1)).toEqual([
      [2, '2022-01-01', 'Nyet said "Roscosmos"'],
      [3, '2022-01-02', 'c'],
    ]);
    expect(table.problems.map((p) => [p.code, p.path, p.message])).toEqual([['bad-quotes', 'row 2', SPREADSHEET_READING]]);
  });

  it('a quoted cell with text after its closing quote and no quote further on no longer loses the rest of the file', () => {
    // papaparse alone read to the end of the file for a closing quote: rows 3 and 4 were left out.
    const text = 'date,title,summary\n2022-01-01,a,s\n2022-01-02,"Nyet" says Roscosmos,s\n2022-01-03,c,s\n';
    const table = readCsvTable(text);
    expect(table.cutOff).toBe(false);
    expect(rowsOf(text).slice(1)).toEqual([
      [2, '2022-01-01', 'a', 's'],
      [3, '2022-01-02', 'Nyet says Roscosmos', 's'],
      [4, '2022-01-03', 'c', 's'],
    ]);
    expect(table.problems.map((p) => [p.code, p.path, p.message])).toEqual([['bad-quotes', 'row 3', SPREADSHEET_READING]]);
    // Several in one file, in one row and in rows of their own, and one of them with a line break in its quotes: each row said once, in order.
    const many = '2022-01-01,"a" b,"c" d\n2022-01-02,"x\ny" z,s\n2022-01-03,e,s\n2022-01-04,"f" g,s\n';
    expect(rowsOf(`date,title,summary\n${many}`).slice(1)).toEqual([
      [2, '2022-01-01', 'a b', 'c d'],
      [3, '2022-01-02', 'x\ny z', 's'],
      [4, '2022-01-03', 'e', 's'],
      [5, '2022-01-04', 'f g', 's'],
    ]);
    expect(readCsvTable(`date,title,summary\n${many}`).problems.map((p) => p.path)).toEqual(['row 2', 'row 3', 'row 5']);
    // A semicolon file likewise.
    expect(rowsOf('date;title\n2022-01-01;"Nyet" says; Roscosmos\n2022-01-02;c\n').slice(1)).toEqual([
      [2, '2022-01-01', 'Nyet says', ' Roscosmos'],
      [3, '2022-01-02', 'c'],
    ]);
  });

  it('a quoted cell that is never closed after text after its quotes still cuts the table off there, the rows above kept', () => {
    const table = readCsvTable('date,title\n2022-01-01,a\n2022-01-02,"He said ""no"" and\n2022-01-03,c\n');
    expect(table.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(table.cutOff).toBe(true);
    expect(table.problems.map((p) => [p.code, p.path])).toEqual([['truncated', 'row 3']]);
  });

  it('reads such cells as papaparse does past 100 of them, said, rather than parse a file again without end', () => {
    const rows = Array.from({ length: 102 }, (_, i) => `2022-01-01,"t${i}" x,s`);
    const table = readCsvTable(`date,title,summary\n${rows.join('\n')}\n2022-01-02,last,s\n`);
    expect(table.rows.at(-1)).toEqual({ row: 101, cells: ['2022-01-01', 't99 x', 's'] });
    // The 101st is read by papaparse alone, here to the end of the file: cut off there, and said.
    expect(table.cutOff).toBe(true);
    expect(table.problems.at(-1)!.path).toBe('row 102');
    expect(table.problems.filter((p) => p.code === 'bad-quotes')).toHaveLength(100);
  });

  it('a well-formed file has no problems and is not cut off', () => {
    const table = readCsvTable('date,title\n2022-01-01,"a ""quoted"" word"\n');
    expect(table).toMatchObject({ problems: [], cutOff: false });
    expect(table.rows[1]!.cells).toEqual(['2022-01-01', 'a "quoted" word']);
  });
});

describe('foldHeader', () => {
  it('matches a header name whatever its case, spaces, underscores, hyphens or full-width letters', () => {
    for (const name of ['dateEnd', 'Date End', 'DATE_END', 'date-end', ' date \t- _end ', 'Ｄａｔｅ\u3000Ｅｎｄ']) expect(foldHeader(name)).toBe('dateend');
    expect(foldHeader('source 1 title')).toBe('source1title');
  });
});

describe('extraCellsProblem', () => {
  const header: CsvRow = { row: 3, cells: ['date', 'title', 'to', '', ' '] };
  const row = (cells: string[]): CsvRow => ({ row: 7, cells });

  it('says that a row has more cells than its header has, its blank cells included, at the row, with both counts', () => {
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA', 'ESA', 'CSA', 'JAXA']), header)).toMatchObject({
      code: 'extra-cells',
      path: 'row 7',
      detail: { key: 'extraCells', cells: 6, columns: 5 },
    });
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA', 'ESA']), { row: 3, cells: ['date', 'title', 'to'] })).toMatchObject({ detail: { cells: 4, columns: 3 } });
  });

  it('keeps a row no wider than a header padded with blank cells (Google Sheets and Excel pad every row to the sheet\'s width), and says its text under them at its cell', () => {
    // Before, a row with text in column 4 or 5 of this header was left out whole, as if a comma had shifted it.
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA', 'ESA']), header)).toBeNull();
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA', 'ESA', 'CSA']), header)).toBeNull();
    expect(unnamedCellProblems(row(['2022-01-01', 'a', 'NASA', 'ESA', ' CSA ']), header)).toMatchObject([
      { code: 'ignored-cells', path: 'row 7, column 4 (no header)', detail: { key: 'unnamedColumn', value: 'ESA' } },
      { code: 'ignored-cells', path: 'row 7, column 5 (no header)', detail: { key: 'unnamedColumn', value: 'CSA' } },
    ]);
    expect(unnamedCellProblems(row(['2022-01-01', 'a', 'NASA', ' ', '\u200b']), header)).toEqual([]);
  });

  it('does not count empty or space-only cells after the last filled one, in the row or its header', () => {
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA']), header)).toBeNull();
    expect(extraCellsProblem(row(['2022-01-01', 'a', 'NASA', '', ' ', '\t']), header)).toBeNull();
    expect(extraCellsProblem(row(['2022-01-01', '', '', '']), header)).toBeNull();
  });
});
