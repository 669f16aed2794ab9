import { describe, expect, it } from 'vitest';
import { decodeLegacy, guessCodePage } from '../../../src/shared/import/legacyEncoding.ts';

/** Text written in Windows-1252 (its letters are Latin-1's) or in Windows-1251 (А–я only, besides ASCII). */
const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cp1251 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0));

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
});
