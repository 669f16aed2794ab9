/*
 * Splits a dataset file's bytes, as they arrive, into the text before its events array (the
 * header), runs of whole events, and the end, without parsing anything: so that a page can parse
 * and check a large file's events while the rest downloads, in short slices, instead of in one
 * long task at the end. It follows JSON's strings, escapes and nesting on the bytes themselves
 * (UTF-8 never puts a byte below 0x80 inside a multi-byte character, so quotes and brackets are
 * found in bytes), about 14 ns a character faster than scanning decoded text (bench/NOTES.md).
 *
 * It only knows the usual layout: one object whose "events" array of objects comes after the
 * other fields and is the last of them. Anything else makes it `irregular` (it then stops
 * slicing), and the caller reads the whole file the ordinary way, which says what is wrong.
 * Bytes that are not UTF-8 throw NotUtf8Error (strictUtf8.ts) from push.
 */

import { strictUtf8Decoder } from './strictUtf8.ts';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const BOM = [0xef, 0xbb, 0xbf];

/** What one chunk of bytes completed. */
interface SlicedPiece {
  /** The file's header as JSON text (everything before the events, the array closed empty), the first time it is known. */
  header?: string;
  /** JSON array text holding the whole events completed by this chunk, if any. */
  events?: string;
}

export class EventSlicer {
  /** True once the file is not in the usual layout: nothing more is sliced. */
  irregular = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stage: 'head' | 'events' | 'tail' = 'head';
  private started = false;
  /** The bytes of a string at the top level while the header is read (the key that may be "events"). */
  private key: number[] | null = null;
  private lastKey = '';
  private readonly decoder = strictUtf8Decoder();
  /** Decodes whole events only (they start and end on ASCII bytes): never mid-character, so not streaming. */
  private readonly eventsDecoder = strictUtf8Decoder();
  private readonly head: string[] = [];
  /** The bytes of events not yet whole, from earlier chunks (copied: a caller may reuse its buffer). */
  private pending: Uint8Array[] = [];
  private tail = '';

  /**
   * `maxDepth`: how deep a file's values may nest (the file's object is level 1); a file that goes
   * deeper is not sliced, so that the ordinary way says where. Counted here while scanning, at no
   * cost, instead of by walking every parsed event again.
   */
  constructor(private readonly maxDepth = Infinity) {}

  /** Reads the next chunk of the body. */
  push(b: Uint8Array): SlicedPiece {
    if (this.irregular) return {};
    const out: SlicedPiece = {};
    const n = b.length;
    let segStart = 0;
    let lastEnd = -1;
    for (let i = 0; i < n; i++) {
      if (this.stage === 'events' && !this.inString) {
        // Nearly all of a file's bytes: its events, scanned with the state in locals (twice as fast in V8 as in fields).
        let depth = this.depth;
        let inString = false;
        let escaped = false;
        for (; i < n; i++) {
          const c = b[i]!;
          if (inString) {
            if (escaped) escaped = false;
            else if (c === BACKSLASH) escaped = true;
            else if (c === QUOTE) inString = false;
            continue;
          }
          // Only objects in the events array.
          if (depth === 2 && c !== OPEN_BRACE && c !== CLOSE_BRACKET && c !== COMMA && !isSpace(c)) return this.giveUp();
          if (c === QUOTE) inString = true;
          else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (++depth > this.maxDepth) return this.giveUp();
          }
          else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
            if (depth === 2) lastEnd = i + 1;
            else if (depth === 1) break;
          }
        }
        this.depth = depth;
        this.inString = inString;
        this.escaped = escaped;
        if (i === n) break;
        // The events array closed at i.
        if (lastEnd >= 0) out.events = this.eventsText(b.subarray(segStart, lastEnd));
        this.pending = [];
        this.stage = 'tail';
        continue;
      }
      const c = b[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.key) {
            this.lastKey = strictUtf8Decoder().decode(new Uint8Array(this.key));
            this.key = null;
          }
        } else if (this.key) this.key.push(c);
        continue;
      }
      if (this.depth === 0) {
        // One object, with only white space around it (and a byte-order mark before it).
        if (!this.started && c === OPEN_BRACE) {
          this.started = true;
          this.depth = 1;
        } else if (!isSpace(c) && (this.started || !BOM.includes(c))) return this.giveUp();
        continue;
      }
      if (this.stage === 'tail') {
        // After the events array only the file's closing brace: a field after the events is not the usual layout.
        if (c === CLOSE_BRACE) this.depth = 0;
        else if (!isSpace(c)) return this.giveUp();
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.key = [];
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 1 && c === OPEN_BRACKET && this.lastKey === 'events') {
          this.stage = 'events';
          this.head.push(this.decode(b.subarray(segStart, i + 1)));
          segStart = i + 1;
          out.header = `${this.head.join('')}]}`;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) this.depth--;
    }
    if (this.stage === 'head') this.head.push(this.decode(b.subarray(segStart)));
    else if (this.stage === 'events') {
      if (lastEnd >= 0) {
        out.events = this.eventsText(b.subarray(segStart, lastEnd));
        segStart = lastEnd;
      }
      if (segStart < n) this.pending.push(b.slice(segStart));
    }
    return out;
  }

  /** After the last chunk: true when the file was read whole in the usual layout. */
  finish(): boolean {
    if (this.irregular || this.stage !== 'tail' || this.depth !== 0 || this.inString) this.irregular = true;
    return !this.irregular;
  }

  private giveUp(): SlicedPiece {
    this.irregular = true;
    this.head.length = 0;
    this.pending = [];
    return {};
  }

  private decode(bytes: Uint8Array): string {
    return this.decoder.decode(bytes, { stream: true });
  }

  /**
   * The pending bytes and these, from the first event on, as the text of an array: put together
   * as bytes and decoded once, rather than decoded piece by piece and the strings joined and cut:
   * the string is flat, and in Chromium slicing and parsing 10,000 events took 67-71 ms instead of
   * 105-117 (bench/NOTES.md).
   */
  private eventsText(bytes: Uint8Array): string {
    const parts = [...this.pending, bytes];
    this.pending = [];
    let total = 0;
    for (const p of parts) total += p.length;
    const out = new Uint8Array(total + 2);
    out[0] = OPEN_BRACKET;
    let at = 1;
    let started = false;
    for (const p of parts) {
      let from = 0;
      // What came before the first event: the comma after the last one, and white space.
      if (!started) {
        while (from < p.length && p[from] !== OPEN_BRACE) from++;
        if (from === p.length) continue;
        started = true;
      }
      out.set(from === 0 ? p : p.subarray(from), at);
      at += p.length - from;
    }
    out[at++] = CLOSE_BRACKET;
    return this.eventsDecoder.decode(out.subarray(0, at));
  }
}
