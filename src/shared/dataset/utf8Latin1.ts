/*
 * A file's UTF-8 bytes held as a one-byte string, one character per byte, and JSON read from it.
 *
 * Why: Chromium decodes a UTF-8 file that holds even a few non-ASCII characters into a two-byte
 * string. For a 31 MB archive with 1% non-ASCII bytes that decoding takes about 440 ms in a page,
 * against about 200 ms to build the one-byte string, and JSON.parse reads a one-byte string no
 * slower. JSON's own syntax is ASCII, so JSON.parse of the byte string yields the same tree; only
 * the strings that hold non-ASCII bytes are then decoded, one by one.
 */

import { DecodedText } from './decodedText.ts';
import { isNotUtf8, strictUtf8Decoder } from './strictUtf8.ts';

/** UTF-8 bytes as a one-byte string: character i is byte i. */
interface Latin1Utf8 {
  readonly latin1: string;
}

/** A dataset file's text: decoded, or its UTF-8 bytes as they came (see above). */
export type DatasetText = string | Latin1Utf8;

const utf8 = new TextDecoder();
const strictUtf8 = strictUtf8Decoder();

/**
 * `chunk` as one-byte strings pushed onto `parts`: ASCII runs through the decoder's fast path.
 * Returns how many of its bytes are not ASCII.
 */
function pushLatin1(chunk: Uint8Array, parts: string[]): number {
  const n = chunk.length;
  let nonAscii = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && chunk[j]! < 0x80) j++;
    if (j > i) parts.push(utf8.decode(chunk.subarray(i, j)));
    if (j === n) break;
    let k = j;
    while (k < n && chunk[k]! >= 0x80) k++;
    nonAscii += k - j;
    // A run of non-ASCII bytes is short (one word of a quote); 8,192 at most per call keeps the
    // argument list well within the engine's limits.
    for (let s = j; s < k; s += 8192) parts.push(String.fromCharCode.apply(null, chunk.subarray(s, Math.min(k, s + 8192)) as unknown as number[]));
    i = k;
  }
  return nonAscii;
}

const NON_ASCII = /[\x80-\xff]/;

/** The bytes of byte text. */
export function latin1Bytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** Byte text decoded from UTF-8; bytes that are not UTF-8 throw NotUtf8Error (strictUtf8.ts). */
export function decodeLatin1(s: string): string {
  return strictUtf8.decode(latin1Bytes(s));
}

const fix = (s: string) => (NON_ASCII.test(s) ? decodeLatin1(s) : s);

/**
 * Decodes, in place, every string and key of a value parsed from byte text. Iterative: a hostile
 * file nested thousands of levels deep must not overflow the stack (the validator refuses it after).
 * for…in rather than Object.keys: no array per object (at 100,000 events, ~60 ms less in Node).
 */
export function decodeParsedStrings(root: unknown): unknown {
  if (typeof root === 'string') return fix(root);
  // Keys repeat on every event ("id", "date", ...): each distinct key is tested once per file.
  const oddKeys = new Map<string, boolean>();
  const isOddKey = (k: string) => {
    let odd = oddKeys.get(k);
    if (odd === undefined) oddKeys.set(k, (odd = NON_ASCII.test(k)));
    return odd;
  };
  const stack: object[] = typeof root === 'object' && root !== null ? [root] : [];
  for (let o = stack.pop(); o !== undefined; o = stack.pop()) {
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v: unknown = o[i];
        if (typeof v === 'string') {
          if (NON_ASCII.test(v)) o[i] = decodeLatin1(v);
        } else if (typeof v === 'object' && v !== null) stack.push(v);
      }
      continue;
    }
    const rec = o as Record<string, unknown>;
    let oddKey = false;
    // JSON.parse makes plain objects: every enumerable key is an own one.
    for (const k in rec) {
      if (isOddKey(k)) oddKey = true;
      const v = rec[k];
      if (typeof v === 'string') {
        // An own "__proto__" (JSON.parse makes one) is a plain data property: assigning it is safe.
        if (NON_ASCII.test(v)) rec[k] = decodeLatin1(v);
      } else if (typeof v === 'object' && v !== null) stack.push(v);
    }
    if (oddKey) {
      // Re-add every key in order, so the decoded ones keep their places (defineProperty: a key may be "__proto__").
      const keys = Object.keys(rec);
      const entries = keys.map((k) => [fix(k), rec[k]] as const);
      for (const k of keys) delete rec[k];
      for (const [k, v] of entries) Object.defineProperty(rec, k, { value: v, writable: true, enumerable: true, configurable: true });
    }
  }
  return root;
}

/** Past this share of non-ASCII bytes, decoding string by string would cost more than decoding the file. */
const MAX_NON_ASCII_SHARE = 1 / 16;
/** The share is judged once this much has arrived (or at the end of a smaller file). */
const JUDGE_AFTER_BYTES = 256 * 1024;

/**
 * Collects a body's chunks as they arrive: a mostly-ASCII file stays byte text, any other is
 * decoded (from the moment the share of non-ASCII is known). Text that is only ever wanted
 * decoded goes through DecodedText alone.
 */
export class BodyTextCollector {
  private decoded: DecodedText | null = null;
  private readonly parts: string[] = [];
  private bytes = 0;
  private nonAscii = 0;

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (!this.decoded) {
      this.nonAscii += pushLatin1(chunk, this.parts);
      if (this.bytes < JUDGE_AFTER_BYTES || this.nonAscii <= this.bytes * MAX_NON_ASCII_SHARE) return;
      // Mostly non-ASCII: decode from here on, starting with what arrived so far.
      this.decoded = new DecodedText();
      this.decoded.push(latin1Bytes(this.parts.join('')));
      this.parts.length = 0;
      return;
    }
    this.decoded.push(chunk);
  }

  finish(): DatasetText {
    if (this.decoded) return this.decoded.finish();
    const latin1 = this.parts.join('');
    // All ASCII: the bytes are the text.
    if (this.nonAscii === 0) return latin1;
    // A \u escape beside raw non-ASCII bytes could stand for a character that decoding would
    // take for a byte: such a (rare) file is decoded whole.
    if (this.nonAscii > this.bytes * MAX_NON_ASCII_SHARE || latin1.includes('\\u')) {
      try {
        return decodeLatin1(latin1);
      } catch (err) {
        // Not UTF-8: left as bytes, for the reader to say what they are (UTF-16, a code page: decodeInput.ts).
        if (!isNotUtf8(err)) throw err;
      }
    }
    return { latin1 };
  }
}
