import { LIMITS } from '../dataset/limits.ts';
import type { ProblemCode } from '../dataset/problem.ts';
import { isNotUtf8, NOT_UTF8, SAVE_AS_CSV, strictUtf8Decoder } from '../dataset/strictUtf8.ts';

type DecodedInput = { ok: true; text: string } | { ok: false; code: ProblemCode; message: string };

const MB = Math.round(LIMITS.fileBytes / 1024 / 1024);

/** Bytes that start files which are not text, and what to say about them. */
const MAGIC: readonly { bytes: readonly number[]; code: ProblemCode; message: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], code: 'not-text', message: `is a ZIP file (an Excel .xlsx or OpenDocument workbook?), not CSV or JSON: ${SAVE_AS_CSV}` },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], code: 'not-text', message: `is an old Excel workbook (.xls), not CSV: ${SAVE_AS_CSV}` },
  { bytes: [0x25, 0x50, 0x44, 0x46], code: 'not-text', message: 'is a PDF document, not CSV or JSON' },
];
const UTF16 = { ok: false, code: 'wrong-encoding', message: `is UTF-16 text ("Unicode text"), which this app does not read: ${SAVE_AS_CSV}` } as const;

const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((m, i) => b[i] === m);

/** UTF-16 without a byte-order mark: text of mostly ASCII has a zero byte in every other place. */
function looksUtf16(zeroes: number, sample: number): boolean {
  return sample >= 4 && zeroes * 4 >= sample;
}

/**
 * A file's bytes (or its text, as fetched) as text, or why it is not text this app reads:
 * UTF-8 with or without a byte-order mark is; UTF-16, a workbook or other binary file gets a
 * message that says what to do instead. Never throws.
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') return decodeText(input);
  if (input.length > LIMITS.fileBytes) return { ok: false, code: 'too-large', message: `is larger than ${MB} MB` };
  for (const m of MAGIC) if (startsWith(input, m.bytes)) return { ok: false, code: m.code, message: m.message };
  if (startsWith(input, [0xff, 0xfe]) || startsWith(input, [0xfe, 0xff])) return UTF16;
  const sample = input.subarray(0, 1000);
  if (looksUtf16(sample.filter((b) => b === 0).length, sample.length)) return UTF16;
  const body = startsWith(input, [0xef, 0xbb, 0xbf]) ? input.subarray(3) : input;
  try {
    return decodeText(strictUtf8Decoder().decode(body));
  } catch (err) {
    if (!isNotUtf8(err)) throw err;
    return { ok: false, code: NOT_UTF8.code, message: NOT_UTF8.message };
  }
}

/** The same checks on text already decoded (a fetched body): a mis-decoded binary file shows through. */
function decodeText(text: string): DecodedInput {
  if (text.length > LIMITS.fileBytes) return { ok: false, code: 'too-large', message: `is larger than ${MB} MB` };
  const codes = Array.from(text.slice(0, 4), (c) => c.charCodeAt(0));
  for (const m of MAGIC) if (startsWith(Uint8Array.from(codes), m.bytes)) return { ok: false, code: m.code, message: m.message };
  const sample = text.slice(0, 1000);
  if (/^\uFFFD\uFFFD/.test(sample) || looksUtf16(sample.split('\0').length - 1, sample.length)) return UTF16;
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
