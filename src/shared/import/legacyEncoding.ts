import type { CodePage } from '../dataset/problem.ts';

/*
 * A spreadsheet saved as plain "CSV" by Excel on Windows is in the system's code page, not UTF-8:
 * Windows-1251 in a Russian Windows, Windows-1252 in an English or Western European one. Such a
 * file is read in the code page its bytes look like, and the reader is told which (the problem
 * `legacy-encoding`), so that letters read wrongly are never shown without a word.
 */

/** Bytes from which both code pages hold letters: Cyrillic А–я in Windows-1251, accented Latin À–ÿ in Windows-1252. */
const LETTERS_FROM = 0xc0;

/**
 * Which code page the bytes look like. Cyrillic words are written wholly in bytes ≥ 0xC0, so such
 * bytes mostly stand next to one another; Western European text has one accented letter among
 * plain ASCII ones ("Zürich", "café"), so they mostly stand alone.
 */
export function guessCodePage(bytes: Uint8Array): CodePage {
  let letters = 0;
  let together = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < LETTERS_FROM) continue;
    letters++;
    if ((bytes[i - 1] ?? 0) >= LETTERS_FROM || (bytes[i + 1] ?? 0) >= LETTERS_FROM) together++;
  }
  return together * 2 > letters ? 'windows-1251' : 'windows-1252';
}

/** The bytes as text in the code page they look like (a byte-order mark, which no code page has, is not expected). */
export function decodeLegacy(bytes: Uint8Array): { text: string; encoding: CodePage } {
  const encoding = guessCodePage(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
