import { describe, expect, it } from 'vitest';
import { decodeLegacy, guessCodePage } from '../../../src/shared/import/legacyEncoding.ts';

/** Text written in Windows-1252 (its letters are Latin-1's) or in Windows-1251 (А–я only, besides ASCII). */
const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cp1251 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0));
/** Text written in a code page, byte by byte from the platform's decoder of it. */
function encoder(codePage: string): (s: string) => Uint8Array {
  const decoder = new TextDecoder(codePage);
  const bytes = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
  return (s) => Uint8Array.from(s, (c) => bytes.get(c) ?? Number.NaN);
}
const cp866 = encoder('ibm866');

describe('a spreadsheet that is not UTF-8 is read in the Windows code page its bytes look like', () => {
  it('takes Russian words, whose letters stand together, for Windows-1251, single-letter words and all', () => {
    expect(guessCodePage(cp1251('date;title\n2022-03-02;Рогозин пишет партнёрам в НАСА и ЕКА\n'.replace('ё', 'е')))).toBe('windows-1251');
    expect(guessCodePage(cp1251('id,from\ne1,Роскосмос\n'))).toBe('windows-1251');
  });

  it('takes accented letters among plain ones for Windows-1252', () => {
    expect(guessCodePage(cp1252('title,summary\nCafé in Zürich,Déjà vu à Genève\n'))).toBe('windows-1252');
    expect(guessCodePage(cp1252('title\nNaïve\n'))).toBe('windows-1252');
  });

  it('decodes the bytes in the code page it names', () => {
    expect(decodeLegacy(cp1251('from\nРоскосмос\n'))).toEqual({ text: 'from\nРоскосмос\n', encoding: 'windows-1251' });
    expect(decodeLegacy(cp1252('title\nCafé\n'))).toEqual({ text: 'title\nCafé\n', encoding: 'windows-1252' });
    // « » and the long dash of Windows-1251, which Russian Excel users type.
    expect(decodeLegacy(Uint8Array.from([0xab, 0xd0, 0xee, 0xbb, 0x20, 0x97, 0x20, 0xb9, 0x31])).text).toBe('«Ро» — №1');
  });

  it('takes Russian text as Excel saves "CSV (MS-DOS)" for code page 866, not for 1251 or 1252', () => {
    const sheet = 'дата;тип;от;заголовок;описание\r\n02.03.2022;letter;Роскосмос;Письмо партнёрам;Рогозин пишет в НАСА и ЕКА, № 12\r\n';
    expect(decodeLegacy(cp866(sheet))).toEqual({ text: sheet, encoding: 'ibm866' });
    // Capitals only (an abbreviation), small letters only, and Ukrainian letters.
    expect(guessCodePage(cp866('from\nНАСА\n'))).toBe('ibm866');
    expect(guessCodePage(cp866('title\nписьмо\n'))).toBe('ibm866');
    expect(guessCodePage(cp866('title\nЇжак і їжачок\n'))).toBe('ibm866');
    // The same text in Windows-1251 and in the other code pages stays theirs.
    expect(guessCodePage(encoder('windows-1251')(sheet))).toBe('windows-1251');
    expect(guessCodePage(encoder('windows-1251')('title\nЇжак і їжачок\n'))).toBe('windows-1251');
    for (const text of ['title,summary\nCafé in Zürich,Déjà vu à Genève\n', 'title\nGrüße aus Köln\n', 'title\n1ª edición, São Paulo, ações\n']) {
      expect(guessCodePage(cp1252(text))).toBe('windows-1252');
    }
  });

  it('takes a sheet whose only such byte is "№" (0xB9) before a number or heading a column for Windows-1251, and a superscript after a letter for Windows-1252', () => {
    const windows1251 = encoder('windows-1251');
    // Before: read as Windows-1252, "¹ 5" and "¹;date".
    expect(decodeLegacy(windows1251('id;date;kind;from;title;summary\ne1;2022-03-02;letter;NASA;Letter № 5;No.5\n'))).toMatchObject({ encoding: 'windows-1251' });
    expect(decodeLegacy(windows1251('№;date;title\n1;2022-03-02;Letter №12\n')).text).toBe('№;date;title\n1;2022-03-02;Letter №12\n');
    expect(guessCodePage(windows1251('№;date;title\n1;2022-03-02;Letter\n'))).toBe('windows-1251');
    // A footnote mark or a unit after a letter or digit is Windows-1252's superscript.
    expect(guessCodePage(cp1252('title;area\nNote¹;5 m²\n'))).toBe('windows-1252');
    expect(guessCodePage(cp1252('title\nFootnote¹\n'))).toBe('windows-1252');
  });

  it('takes a "CSV (MS-DOS)" sheet whose only such byte is "№" (0xFC in code page 866) for code page 866, not for "ü" or "ь"', () => {
    // Before: read as Windows-1252, "ü;date" and "Letter ü 5".
    expect(decodeLegacy(cp866('№;date;title\r\n1;2022-03-02;Letter\r\n')).text).toBe('№;date;title\r\n1;2022-03-02;Letter\r\n');
    expect(guessCodePage(cp866('id;date;title\r\ne1;2022-03-02;Letter № 5\r\n'))).toBe('ibm866');
    expect(guessCodePage(cp866('title\r\nLetter №12\r\n'))).toBe('ibm866');
    // A Western word that starts with "ü" is not "№" before letters; Windows-1251's "№" (0xB9) stays 1251's.
    expect(guessCodePage(cp1252('title\nüber alles\n'))).toBe('windows-1252');
    expect(guessCodePage(cp1252('title\nÜber\n'))).toBe('windows-1252');
    expect(guessCodePage(encoder('windows-1251')('№;date;title\n1;2022-03-02;Letter\n'))).toBe('windows-1251');
  });

  it('looks at the start of a large file only, and quickly', () => {
    // 6 MB: before, each code page's reading of all of it took seconds.
    const row = cp866('Роскосмос;Письмо партнёрам\r\n');
    const bytes = new Uint8Array(row.length * 200_000);
    for (let at = 0; at < bytes.length; at += row.length) bytes.set(row, at);
    const start = performance.now();
    expect(guessCodePage(bytes)).toBe('ibm866');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
