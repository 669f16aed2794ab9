import { LIMITS } from '../dataset/limits.ts';
import type { NotTextKind, Problem } from '../dataset/problem.ts';
import { isNotUtf8, NOT_UTF8, SAVE_AS_CSV, strictUtf8Decoder } from '../dataset/strictUtf8.ts';
import { detailedProblem } from './detailedProblem.ts';

type DecodedInput = { ok: true; text: string } | { ok: false; problem: Problem };

const MB = Math.round(LIMITS.fileBytes / 1024 / 1024);

/**
 * The first bytes of files that are not text, and what they are: the one list of signatures
 * (null: any byte). A workbook is told to be saved as CSV; any other file to be swapped for one.
 */
const SIGNATURES: readonly { bytes: readonly (number | null)[]; key: 'workbook' | 'notText'; what: NotTextKind }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], key: 'workbook', what: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], key: 'workbook', what: 'xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], key: 'notText', what: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], key: 'notText', what: 'png' },
  { bytes: [0xff, 0xd8, 0xff], key: 'notText', what: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], key: 'notText', what: 'gif' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], key: 'notText', what: 'webp' },
];
const UTF16: Problem = { code: 'wrong-encoding', path: '(file)', message: `is UTF-16 text ("Unicode text") that cannot be decoded: ${SAVE_AS_CSV}` };
const fail = (problem: Problem): DecodedInput => ({ ok: false, problem });
const tooLarge = () => fail({ code: 'too-large', path: '(file)', message: `is larger than ${MB} MB` });

const startsWith = (b: ArrayLike<number>, magic: readonly (number | null)[]) => magic.every((m, i) => m === null || b[i] === m);

/** The problem of a file whose first bytes say it is not text, or undefined. */
function signatureProblem(start: ArrayLike<number>): Problem | undefined {
  const s = SIGNATURES.find((sig) => startsWith(start, sig.bytes));
  return s && detailedProblem('not-text', '(file)', s.key === 'workbook' ? { key: 'workbook', what: s.what } : { key: 'notText', what: s.what });
}

/** UTF-16 without a byte-order mark: text of mostly ASCII has a zero byte in every other place. */
function looksUtf16(zeroes: number, sample: number): boolean {
  return sample >= 4 && zeroes * 4 >= sample;
}

/**
 * UTF-16 (Excel's "Unicode text": tab-separated, little-endian, with a byte-order mark), by its
 * mark or, without one, by where its zero bytes fall (after an ASCII letter: little-endian); null
 * for anything else.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const sample = bytes.subarray(0, 1000);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (looksUtf16(odd + even, sample.length)) return odd >= even ? 'utf-16le' : 'utf-16be';
  // Mostly Cyrillic (a Russian sheet's "Unicode text" without its mark): fewer zero bytes, but each high byte is zero or the one its letters share.
  if (oneScript(sample, 1)) return 'utf-16le';
  if (oneScript(sample, 0)) return 'utf-16be';
  return null;
}

/**
 * Whether the bytes at every other place from `side` are UTF-16's high bytes of text in ASCII and
 * one other script: each zero (the tabs, digits and line breaks, at least one in 20 characters) or
 * the script's own (0x04 for Cyrillic). UTF-8 and the code pages hold no zero byte in text, and a
 * stray one falls among bytes of every kind.
 */
function oneScript(sample: Uint8Array, side: 0 | 1): boolean {
  const counts = new Map<number, number>();
  let n = 0;
  for (let i = side; i < sample.length; i += 2, n++) counts.set(sample[i]!, (counts.get(sample[i]!) ?? 0) + 1);
  const zeroes = counts.get(0) ?? 0;
  counts.delete(0);
  const script = Math.max(0, ...counts.values());
  return n >= 20 && zeroes * 20 >= n && (zeroes + script) * 20 >= n * 19;
}

/**
 * A file's bytes (or its text, as fetched) as text, or why it is not text this app reads:
 * UTF-8 with or without a byte-order mark is, and so is UTF-16; a workbook, an image or another
 * binary file gets a message that says what it is and what to do instead. Never throws.
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') return decodeText(input);
  if (input.length > LIMITS.fileBytes) return tooLarge();
  const binary = signatureProblem(input);
  if (binary) return fail(binary);
  const utf16 = utf16Encoding(input);
  if (utf16) {
    try {
      // The decoder drops the byte-order mark.
      return decodeText(new TextDecoder(utf16, { fatal: true }).decode(input));
    } catch {
      return fail(UTF16);
    }
  }
  const body = startsWith(input, [0xef, 0xbb, 0xbf]) ? input.subarray(3) : input;
  try {
    return decodeText(strictUtf8Decoder().decode(body));
  } catch (err) {
    if (!isNotUtf8(err)) throw err;
    return fail(NOT_UTF8);
  }
}

/** The same checks on text already decoded (a fetched body): a mis-decoded binary file shows through. */
function decodeText(text: string): DecodedInput {
  if (text.length > LIMITS.fileBytes) return tooLarge();
  const binary = signatureProblem(Array.from(text.slice(0, 12), (c) => c.charCodeAt(0)));
  if (binary) return fail(binary);
  const sample = text.slice(0, 1000);
  if (/^\uFFFD\uFFFD/.test(sample) || looksUtf16(sample.split('\0').length - 1, sample.length)) return fail(UTF16);
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
