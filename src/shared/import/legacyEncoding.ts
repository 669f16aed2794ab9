import type { CodePage } from '../dataset/problem.ts';

/*
 * A spreadsheet saved as plain "CSV" by Excel on Windows is in the system's code page, not UTF-8:
 * Windows-1251 in a Russian Windows, Windows-1252 in an English or Western European one; saved as
 * "CSV (MS-DOS)" in a Russian Windows, it is in the DOS code page 866. Such a file is read in the
 * code page its bytes look like, and the reader is told which (the problem `legacy-encoding`), so
 * that letters read wrongly are never shown without a word.
 *
 * Which code page: the bytes are decoded in each, and each reading is scored by how much of what it
 * makes of the bytes above 0x7F is text a person types (plausibleScore). A wrong code page turns
 * Cyrillic into box-drawing signs and control characters (866 read as 1251: `ђ®бЄ®б¬®б` for
 * `Роскосмос`), into words that mix alphabets or cases, or into runs of accented Latin letters that
 * no Western word has (1251 read as 1252: `Ðîñêîñìîñ`).
 */

/** The code pages tried, in the order a tie is settled (Windows-1252 first, as before code page 866 was read). */
const CODE_PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'ibm866'];

/** Letters of the Russian, Ukrainian and Belarusian alphabets, all that Windows-1251 and code page 866 hold for Russian text. */
const CYRILLIC = /[А-яЁёІіЇїЄєҐґЎў]/;
/** Latin letters: ASCII's, Latin-1's (not × or ÷) and Windows-1252's others (Œ œ Š š Ž ž Ÿ). */
const LATIN = /[A-Za-zÀ-ÖØ-öø-ÿŒœŠšŽžŸ]/;
/** A character no one types in a spreadsheet: a C1 control (an unused byte), the replacement character, box drawing, blocks and shapes (code page 866's graphics), √ and ∙. */
const JUNK = /[\u0080-\u009f\ufffd\u2500-\u25ff\u221a\u2219]/;
/** Letters that are signs rather than words' letters, scored as neither (Spanish `1ª`, `nº`; µ). */
const SIGN_LETTERS = /[ªºµ]/;

const isUpper = (c: string) => c !== c.toLowerCase();
const isLower = (c: string) => c !== c.toUpperCase();

/** Whether a word is written in one of the cases words are: all small, all capitals, or a capital then small letters. */
function wordCase(letters: readonly string[]): boolean {
  return letters.every((c) => !isLower(c)) || letters.slice(1).every((c) => !isUpper(c));
}

/**
 * How plausible a word with letters above ASCII is, counted in those letters: plus each when the
 * word is in one alphabet and a word's case, minus each when not (mixed alphabets, a letter of
 * neither, capitals inside). A Latin word earns only for accented letters that stand alone: Western
 * words have one among plain letters (`Zürich`), and a Cyrillic word read as Latin runs them together.
 */
function wordScore(letters: readonly string[]): number {
  const high = (c: string | undefined) => c !== undefined && c > '\u007f';
  const count = letters.filter(high).length;
  if (count === 0) return 0;
  const cyrillic = letters.every((c) => CYRILLIC.test(c));
  const latin = letters.every((c) => LATIN.test(c));
  if (!(cyrillic || latin) || !wordCase(letters)) return -count;
  if (cyrillic) return count;
  return letters.filter((c, i) => high(c) && !high(letters[i - 1]) && !high(letters[i + 1])).length;
}

/**
 * Whether a sign stands where it is typed: `№` before a number or alone in its cell (heading a
 * column of numbers), not after a letter or digit nor before a letter; a superscript digit after one
 * (a footnote, m²). The byte 0xB9 is `№` in Windows-1251 and `¹` in Windows-1252, and in a Russian
 * sheet with no Cyrillic letter it is the only byte that tells the code page; where it stands tells
 * which sign it is.
 */
function signInPlace(sign: string, before: string, after: string): boolean {
  const word = (c: string) => /[\p{L}\p{N}]/u.test(c);
  if (sign === '№') return !word(before) && !/\p{L}/u.test(after);
  return /[¹²³]/.test(sign) && word(before);
}

/**
 * How much a sign where it is typed counts: `№` twice, for code page 866 writes it as 0xFC, which
 * the Windows code pages read as a letter standing alone (`ü 5`, `ь 5`), and a letter alone counts
 * once (wordScore): without, a "CSV (MS-DOS)" sheet whose only such byte is `№` read as Windows-1252.
 */
const signWeight = (sign: string) => (sign === '№' ? 2 : 1);

/**
 * How plausible a decoding is as typed text: its words scored (wordScore), minus one for each
 * character no one types (JUNK), plus signWeight for each sign where it is typed (signInPlace).
 */
function plausibleScore(text: string): number {
  let score = 0;
  for (const m of text.matchAll(/\p{L}+|[^\p{L}\p{ASCII}]/gu)) {
    const s = m[0];
    if (/^\p{L}/u.test(s)) {
      score += s
        .split(SIGN_LETTERS)
        .map((w) => wordScore(Array.from(w)))
        .reduce((a, b) => a + b, 0);
    } else if (JUNK.test(s)) score--;
    else if (signInPlace(s, text[m.index - 1] ?? '', text[m.index + s.length] ?? '')) score += signWeight(s);
  }
  return score;
}

/** How many bytes above 0x7F the guess looks at: enough to tell, and quick in a file of tens of megabytes. */
const SAMPLE_HIGH_BYTES = 4000;

/** The file's start up to the line that holds its SAMPLE_HIGH_BYTES-th byte above 0x7F (the whole file when it has fewer). */
function sample(bytes: Uint8Array): Uint8Array {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! > 0x7f && ++high >= SAMPLE_HIGH_BYTES) {
      const end = bytes.indexOf(0x0a, i);
      return end === -1 ? bytes : bytes.subarray(0, end);
    }
  }
  return bytes;
}

/** Which code page the bytes look like: the one whose reading of them is the most plausible text (plausibleScore). */
export function guessCodePage(bytes: Uint8Array): CodePage {
  const start = sample(bytes);
  let best: { encoding: CodePage; score: number } | undefined;
  for (const encoding of CODE_PAGES) {
    const score = plausibleScore(new TextDecoder(encoding).decode(start));
    if (best === undefined || score > best.score) best = { encoding, score };
  }
  return best!.encoding;
}

/** The bytes as text in the code page they look like (a byte-order mark, which no code page has, is not expected). */
export function decodeLegacy(bytes: Uint8Array): { text: string; encoding: CodePage } {
  const encoding = guessCodePage(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
