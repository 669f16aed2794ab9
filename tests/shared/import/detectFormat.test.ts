import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/shared/import/detectFormat.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { inferDateOrder, readCellDate } from '../../../src/shared/import/cellDate.ts';

const message = (input: string | Uint8Array) => {
  const r = readInput(input);
  return r.ok ? r.format : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
};

describe('readInput tells the four inputs apart by content, not by name', () => {
  it('our JSON, TimelineJS JSON, our CSV and TimelineJS CSV', () => {
    expect(message(readFileSync('data/roscosmos-iss-2022.json', 'utf8'))).toBe('dataset-json');
    expect(message('{"events": [{"start_date": {"year": 2022}}]}')).toBe('timelinejs-json');
    expect(message(readFileSync('data/roscosmos-iss-2022.csv', 'utf8'))).toBe('dataset-csv');
    expect(message('Year,Month,Day,Headline,Text\n2022,3,12,H,T\n')).toBe('timelinejs-csv');
  });

  it('reads UTF-16 (Excel\'s "Unicode text", tab-separated) with or without a mark, little- or big-endian, Cyrillic included', () => {
    // Before, it was refused: "which this app does not read".
    const sheet = 'Year\tMonth\tDay\tHeadline\tText\n2022\t3\t12\tРогозин\tПисьмо\n';
    const le = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    for (const bytes of [Uint8Array.from([0xff, 0xfe, ...le(sheet)]), le(sheet), Uint8Array.from([0xfe, 0xff, ...be(sheet)]), be(sheet)]) {
      const r = importInput(bytes);
      expect(r.format).toBe('timelinejs-csv');
      expect(r.dataset?.events.map((e) => e.title)).toEqual(['Рогозин']);
    }
    // Without its mark and mostly Cyrillic (fewer zero bytes than letters, all on one side): before, 'has no header row this app knows'.
    const russian = 'Год\tМесяц\tДень\tЗаголовок\tТекст\tГруппа\r\n2022\t3\t1\tПисьмо Роскосмоса\tТекст письма\tРоскосмос\r\n';
    for (const bytes of [le(russian), be(russian)]) expect(importInput(bytes).dataset?.events.map((e) => [e.title, e.from])).toEqual([['Письмо Роскосмоса', 'roskosmos']]);
    // UTF-8 with a stray NUL is not taken for UTF-16.
    expect(importInput(new TextEncoder().encode('Год,Заголовок,Текст\n2022,Письмо\u0000 Роскосмоса,Текст письма\n')).format).toBe('timelinejs-csv');
    // A lone surrogate is not text: said, with what to do.
    expect(message(Uint8Array.from([0xff, 0xfe, ...le('id,date\n'), 0x00, 0xd8, 0x41, 0x00]))).toMatch(/UTF-16 .*cannot be decoded.*"CSV UTF-8"/);
  });

  it('refuses a ZIP (an .xlsx renamed .csv), an old .xls, and JSON or an unknown table that is not UTF-8, saying what to do', () => {
    expect(message(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatch(/ZIP file .*"CSV UTF-8"/);
    expect(message(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(/old Excel workbook .*"CSV UTF-8"/);
    // JSON is UTF-8 by its standard; a table with no header this app knows is not read in a code page either.
    expect(message(Uint8Array.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]))).toMatch(/^\(file\): is not UTF-8 text .*"CSV UTF-8"/);
    expect(message(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x2c, 0x78, 0x0a]))).toMatch(/^\(file\): is not UTF-8 text .*"CSV UTF-8"/);
  });

  it('reads a spreadsheet that Excel saved as "CSV" in a Russian or an English Windows in that code page, and says so first', () => {
    const russian = Uint8Array.from([
      ...new TextEncoder().encode('date;kind;from;title;summary\n2022-03-02;letter;NASA;'),
      // "Роскосмос" in Windows-1251
      0xd0, 0xee, 0xf1, 0xea, 0xee, 0xf1, 0xec, 0xee, 0xf1,
      ...new TextEncoder().encode(';s\n'),
    ]);
    const read = readInput(russian);
    expect(read.ok && 'table' in read && read.format).toBe('dataset-csv');
    if (!read.ok || !('table' in read)) return;
    expect(read.table.rows[1]?.cells[3]).toBe('Роскосмос');
    expect(read.table.problems[0]).toMatchObject({ code: 'legacy-encoding', path: '(file)', detail: { key: 'legacyEncoding', encoding: 'windows-1251' } });
    expect(read.table.problems[0]?.message).toBe('is not UTF-8 text, so it was read as Windows-1251 (Cyrillic), as Excel saves "CSV" in a Russian Windows: check that its letters look right, or save it as "CSV UTF-8" to be sure');
    const western = readInput(Uint8Array.from([...new TextEncoder().encode('Year,Month,Day,Headline,Text\n2022,3,12,Caf'), 0xe9, ...new TextEncoder().encode(',T\n')]));
    expect(western.ok && 'table' in western && western.format).toBe('timelinejs-csv');
    if (!western.ok || !('table' in western)) return;
    expect(western.table.rows[1]?.cells[3]).toBe('Café');
    expect(western.table.problems[0]?.detail).toEqual({ key: 'legacyEncoding', encoding: 'windows-1252' });
    // Excel's "CSV (MS-DOS)" in a Russian Windows, headed in Russian: before, refused as not UTF-8.
    const dos = readInput(new Uint8Array(readFileSync('tests/fixtures/code-pages/ru-msdos-cp866.csv')));
    expect(dos.ok && 'table' in dos && dos.format).toBe('dataset-csv');
    if (!dos.ok || !('table' in dos)) return;
    expect(dos.table.rows.slice(1).map((r) => r.cells[4])).toEqual(['заголовок', 'Рогозин требует снять санкции', 'НАСА отвечает']);
    expect(dos.table.problems[0]?.detail).toEqual({ key: 'legacyEncoding', encoding: 'ibm866' });
    // A Russian Windows' "CSV" whose only byte above ASCII is "№" (0xB9): before, read as Windows-1252, "Letter ¹ 5".
    const numbered = readInput(Uint8Array.from([...new TextEncoder().encode('date,kind,from,title,summary\n2022-03-02,letter,NASA,Letter '), 0xb9, ...new TextEncoder().encode(' 5,s\n')]));
    if (!numbered.ok || !('table' in numbered)) throw new Error('not read');
    expect(numbered.table.rows[1]?.cells[3]).toBe('Letter № 5');
    expect(numbered.table.problems[0]?.detail).toEqual({ key: 'legacyEncoding', encoding: 'windows-1251' });
  });

  it('names an image or a PDF by its first bytes rather than calling it UTF-16 or a Windows code page, whatever its name', () => {
    expect(message(readFileSync('tests/fixtures/open-file/photo.png'))).toBe('(file): is an image (PNG), not a spreadsheet or a JSON file: open a CSV or JSON file');
    expect(message(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x80, 0xff, 0xfe]))).toMatch(/^\(file\): is an image \(PNG\)/);
    expect(message(Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0x80]))).toMatch(/is an image \(JPEG\)/);
    expect(message(new TextEncoder().encode('GIF87a'))).toMatch(/is an image \(GIF\)/);
    expect(message(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 9, 9, 9, 9, 0x57, 0x45, 0x42, 0x50]))).toMatch(/is an image \(WebP\)/);
    expect(message(readFileSync('tests/fixtures/open-file/doc.pdf'))).toBe('(file): is a PDF document, not a spreadsheet or a JSON file: open a CSV or JSON file');
    // RIFF that is not WebP (a WAV file) is not called an image.
    expect(message(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 9, 9, 9, 9, 0x57, 0x41, 0x56, 0x45]))).not.toMatch(/image/);
  });

  it('refuses an empty file, an HTML page and a table without a known header', () => {
    expect(message('\uFEFF  \n')).toBe('(file): is empty');
    expect(message('<!doctype html><p>Not found')).toMatch(/web page/);
    expect(message('a,b,c\n1,2,3\n')).toMatch(/no header row this app knows/);
  });
});

describe('spreadsheet dates', () => {
  it('reads ISO dates as they are, slash and dot dates by the order, and Excel serial days', () => {
    expect(readCellDate('2022-03-12T10:00:00+03:00', 'dmy')).toEqual({ iso: '2022-03-12T10:00:00+03:00' });
    expect(readCellDate('12/03/2022', 'dmy')).toEqual({ iso: '2022-03-12' });
    expect(readCellDate('12/03/2022', 'mdy')).toEqual({ iso: '2022-12-03' });
    expect(readCellDate('12.03.2022', 'mdy')).toEqual({ iso: '2022-03-12' });
    expect(readCellDate('44632', 'dmy')).toEqual({ iso: '2022-03-12', serial1904: '2026-03-13' });
    expect(readCellDate('44632.75', 'dmy')).toEqual({ iso: '2022-03-12', droppedTime: '18:00', serial1904: '2026-03-13' });
    // The day's last seconds are its last minute, not 00:00 of the same day (before: '00:00').
    expect(readCellDate('44632.99999', 'dmy')).toEqual({ iso: '2022-03-12', droppedTime: '23:59', serial1904: '2026-03-13' });
    expect(readCellDate('2022-03-12 13:43', 'dmy')).toEqual({ iso: '2022-03-12', droppedTime: '13:43' });
    // A month without a day is read to the month (it was refused before the month-year forms were read).
    expect(readCellDate('March 2022', 'dmy')).toEqual({ iso: '2022-03' });
    expect(readCellDate('spring 2022', 'dmy')).toBeNull();
    expect(readCellDate('весна 2022', 'dmy')).toBeNull();
  });

  it("reads a date cell shown with a time at midnight (Excel's date and time format) as the day, with no time to say was left out; a US time with AM or PM as a time", () => {
    // Before, "07.03.2022 0:00" gave every row of such a sheet a note that its time was left out, and "3/7/2022 1:45 PM" was no date.
    expect(readCellDate('07.03.2022 0:00', 'dmy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('07.03.2022 00:00:00', 'dmy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('2022-03-07 00:00', 'dmy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('3/7/2022 12:00 AM', 'mdy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('3/7/2022 1:45 PM', 'mdy')).toEqual({ iso: '2022-03-07', droppedTime: '1:45 PM' });
    expect(readCellDate('3/7/2022 12:00 p.m.', 'mdy')).toEqual({ iso: '2022-03-07', droppedTime: '12:00 p.m.' });
    expect(readCellDate('07.03.2022 0:01', 'dmy')).toEqual({ iso: '2022-03-07', droppedTime: '0:01' });
  });

  it("reads Excel's default long dates: Russian with its weekday (вторник, 1 марта 2022 г.), US with its weekday and the month first (Tuesday, March 1, 2022)", () => {
    // Before, each was no date: the event was left out.
    expect(readCellDate('вторник, 1 марта 2022 г.', 'dmy')).toEqual({ iso: '2022-03-01' });
    expect(readCellDate('Вторник, 1 марта 2022', 'dmy')).toEqual({ iso: '2022-03-01' });
    expect(readCellDate('Tuesday, March 1, 2022', 'dmy')).toEqual({ iso: '2022-03-01' });
    expect(readCellDate('March 1, 2022', 'dmy')).toEqual({ iso: '2022-03-01' });
    expect(readCellDate('Tue, Mar 1, 2022', 'dmy')).toEqual({ iso: '2022-03-01' });
    expect(readCellDate('Tuesday, 1 March 2022', 'dmy')).toEqual({ iso: '2022-03-01' });
    // A weekday is not checked against the day (Excel writes its own), but only a weekday's name is let go.
    expect(readCellDate('весна, 1 марта 2022', 'dmy')).toBeNull();
    expect(readCellDate('March 30, 2022', 'dmy')).toEqual({ iso: '2022-03-30' });
    expect(readCellDate('February 30, 2022', 'dmy')).toBeNull();
  });

  it('reads only a five-digit number as an Excel serial day (1927 to 2173), so that 202203 (a month typed yyyymm) is not a day in 2453', () => {
    // Before, 5 to 7 digits were serial days: "202203" was read as 2453-01-08 and shown there without a word, "2958466" said as "10000-01-01".
    expect(readCellDate('10000', 'dmy')).toEqual({ iso: '1927-05-18', serial1904: '1931-05-19' });
    expect(readCellDate('99999', 'dmy')).toEqual({ iso: '2173-10-13', serial1904: '2177-10-14' });
    expect(readCellDate('202203', 'dmy')).toBeNull();
    expect(readCellDate('2958466', 'dmy')).toBeNull();
  });

  it('refuses a day that does not exist as the cell writes it, so that the problem quotes the sheet and not its ISO reading', () => {
    expect(readCellDate('30.02.2022', 'dmy')).toBeNull();
    expect(readCellDate('02/30/2022', 'mdy')).toBeNull();
    expect(readCellDate('12/13/2022', 'dmy')).toBeNull();
    expect(readCellDate('2022-02-30 13:43', 'dmy')).toBeNull();
    expect(readCellDate('29.02.2024', 'dmy')).toEqual({ iso: '2024-02-29' });
  });

  it("reads Excel's d-mmm-yy dates in English and Russian (07-Mar-22, 7-мар-2022, 07.мар.22) and a date written year first with slashes or dots (2022/03/07)", () => {
    // Before, each was no date: the row was left out ("is not a valid date").
    expect(readCellDate('07-Mar-2022', 'mdy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('7-Mar-22', 'dmy')).toEqual({ iso: '2022-03-07', twoDigitYear: true });
    expect(readCellDate('7-мар-2022', 'dmy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('07.мар.22', 'dmy')).toEqual({ iso: '2022-03-07', twoDigitYear: true });
    expect(readCellDate('2022/03/07', 'mdy')).toEqual({ iso: '2022-03-07' });
    expect(readCellDate('2022.3.7', 'dmy')).toEqual({ iso: '2022-03-07' });
    // Still no date: a day that does not exist, a word that is no month, a month-year (мар.22) read as before.
    expect(readCellDate('31-Feb-2022', 'dmy')).toBeNull();
    expect(readCellDate('07-Foo-2022', 'dmy')).toBeNull();
    expect(readCellDate('2022/02/30', 'dmy')).toBeNull();
    expect(readCellDate('мар.22', 'dmy')).toEqual({ iso: '2022-03', twoDigitYear: true });
  });

  it('takes the order from the file when a date shows it, and says when the file contradicts itself', () => {
    expect(inferDateOrder(['03/04/2022', '25/04/2022'])).toEqual({ order: 'dmy' });
    expect(inferDateOrder(['03/04/2022', '04/25/2022'])).toEqual({ order: 'mdy' });
    expect(inferDateOrder(['03/04/2022'])).toEqual({ order: 'dmy', ambiguous: '03/04/2022' });
    expect(inferDateOrder(['25/04/2022', '04/25/2022'])).toEqual({ order: 'dmy', conflict: true });
  });
});
