import { LIMITS } from './limits.ts';

/*
 * Splits a dataset file's JSON text into its events while the text arrives, so that a big file is
 * parsed and checked during its download instead of after it. It only handles the plain case: a
 * top-level object whose "events" list comes after "actors" (as every file written by our tools
 * does), nesting within the limit, and valid JSON. Anything else makes it give up (`failed`); the
 * caller then parses the whole text as before, which also words any error.
 */

export interface DatasetStream {
  /** Takes the next piece of text; returns the events it completed (parsed, in file order). */
  push(text: string): unknown[];
  /** The top-level fields written before "events", once the events have begun. */
  readonly head: Record<string, unknown> | null;
  /** How many events have been returned so far. */
  readonly count: number;
  /** True once the text must be parsed whole instead. */
  readonly failed: boolean;
  /** At the end of the text: the top-level object with `events: []`, or null when it failed. */
  end(): Record<string, unknown> | null;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Only JSON's own spaces: String.prototype.trim also removes others that JSON.parse rejects. */
const JSON_SPACE = /^[ \t\n\r]*$/;

type Mode = 'start' | 'head' | 'events' | 'tail' | 'done' | 'failed';

/**
 * Index just past the string whose opening quote is before `from`, or -1 when it does not end in
 * `s`. `escaped`: the text before `s` ended with an unpaired backslash (escaping `s`'s first character).
 */
function stringEnd(s: string, from: number, escaped: boolean): number {
  let q = from;
  for (;;) {
    q = s.indexOf('"', q);
    if (q < 0) return -1;
    if (q === 0 && escaped) {
      q++;
      continue;
    }
    if (q === 0 || s.charCodeAt(q - 1) !== BACKSLASH) return q + 1;
    let slashes = 1;
    for (let b = q - 2; b >= 0 && s.charCodeAt(b) === BACKSLASH; b--) slashes++;
    // Backslashes running back to the start of `s` continue those of the text before it.
    if (slashes === q && escaped) slashes++;
    if (slashes % 2 === 0) return q + 1;
    q++;
  }
}

/** Whether `s` ends with an odd run of backslashes (the next character is escaped). */
function endsWithOddBackslashes(s: string): boolean {
  let slashes = 0;
  for (let b = s.length - 1; b >= 0 && s.charCodeAt(b) === BACKSLASH; b--) slashes++;
  return slashes % 2 === 1;
}

export function datasetStream(): DatasetStream {
  let mode: Mode = 'start';
  // Text not yet consumed. In 'head' it holds everything from the start; in 'events', the events
  // not yet parsed; in 'tail' and 'done', everything after the events list.
  let buf = '';
  let pos = 0;
  let depth = 0;
  // Set when the events text read so far ends inside a string.
  let inString = false;
  // Top-level keys: whether one is expected next, the last one read and where it starts.
  let expectKey = false;
  let lastKey: string | null = null;
  let lastKeyAt = -1;
  let lastKeyEnd = -1;
  let rootAt = 0;
  let prefix = '';
  let head: Record<string, unknown> | null = null;
  // In 'events': text read but not parsed yet (the start of an unfinished event), how many
  // complete events it holds, and whether it ends with an unpaired backslash inside a string.
  let pending = '';
  let pendingCommas = 0;
  let pendingEndsWithBackslash = false;
  let count = 0;

  const fail = (): false => {
    mode = 'failed';
    buf = '';
    pending = '';
    return false;
  };

  function parseEvents(text: string, expected: number, out: unknown[]): boolean {
    let parsed: unknown;
    try {
      parsed = JSON.parse(`[${text}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(parsed) || parsed.length !== expected) return false;
    for (const e of parsed) out.push(e);
    count += expected;
    return true;
  }

  /**
   * The hot loop, over the events list: only strings, brackets and the commas between events
   * matter. It reads `piece` (the newest text, from `from`) and never text it has read before:
   * earlier text waits in `pending` until its events are complete. (Reading characters of a
   * string built with `+` is many times slower in V8 than reading the decoder's flat string.)
   * State lives in locals while it runs. Returns false when the stream failed.
   */
  function scanEvents(piece: string, from: number, out: unknown[]): boolean {
    const s = piece;
    const n = s.length;
    let i = from;
    let d = depth;
    let commas = 0;
    let comma = -1;
    let closedAt = -1;
    if (inString) {
      const end = stringEnd(s, 0, pendingEndsWithBackslash);
      if (end < 0) {
        pending += s;
        pendingEndsWithBackslash = endsWithOddBackslashes(pending);
        return true;
      }
      inString = false;
      i = end;
    }
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        const end = stringEnd(s, i + 1, false);
        if (end < 0) {
          inString = true;
          break;
        }
        i = end;
        continue;
      }
      if (c === COMMA) {
        if (d === 2) {
          comma = i;
          commas++;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++d > LIMITS.depth) return fail();
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--d === 1) {
          // The list itself must close with "]" (brackets inside events are checked by JSON.parse).
          if (c !== CLOSE_BRACKET) return fail();
          closedAt = i;
          break;
        }
      }
      i++;
    }
    depth = d;
    if (count + pendingCommas + commas > LIMITS.events) return fail();
    if (comma >= 0) {
      // Events completed by this piece: all up to its last comma between events.
      if (!parseEvents(pending + s.slice(from, comma), pendingCommas + commas, out)) return fail();
      pending = '';
      pendingCommas = 0;
      from = comma + 1;
    } else pendingCommas += commas;
    if (closedAt >= 0) {
      // The end of the list: its last event runs from the last comma (or the start) to here.
      const last = pending + s.slice(from, closedAt);
      if (JSON_SPACE.test(last)) {
        if (count > 0 || pendingCommas > 0) return fail(); // "[1, ]" is not JSON; "[ ]" is an empty list
      } else if (!parseEvents(last, pendingCommas + 1, out)) return fail();
      pending = '';
      pendingCommas = 0;
      mode = 'tail';
      buf = s.slice(closedAt + 1);
      pos = 0;
      return true;
    }
    pending += s.slice(from);
    if (inString) pendingEndsWithBackslash = endsWithOddBackslashes(pending);
    return true;
  }

  /** Everything outside the events list: the top-level keys and their values (a little text). */
  function scanOutside(): boolean {
    const s = buf;
    const n = s.length;
    let i = pos;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (mode === 'done') {
        if (!isSpace(c)) return fail();
        i++;
        continue;
      }
      if (mode === 'start') {
        if ((c === 0xfeff && i === 0) || isSpace(c)) {
          i++;
          continue;
        }
        if (c !== OPEN_BRACE) return fail();
        rootAt = i;
        mode = 'head';
        depth = 1;
        expectKey = true;
        i++;
        continue;
      }
      if (c === QUOTE) {
        const end = stringEnd(s, i + 1, false);
        // Cut off: look at this string again when more text has come (there is little text here).
        if (end < 0) break;
        if (depth === 1 && expectKey) {
          expectKey = false;
          try {
            lastKey = JSON.parse(s.slice(i, end)) as string;
          } catch {
            return fail();
          }
          lastKeyAt = i;
          lastKeyEnd = end;
          // A repeated "actors" or "events" after the events would change what they were checked against.
          if (mode === 'tail' && (lastKey === 'events' || lastKey === 'actors')) return fail();
        }
        i = end;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > LIMITS.depth) return fail();
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          if (mode !== 'tail') return fail();
          mode = 'done';
        }
      } else if (c === COMMA) {
        if (depth === 1) expectKey = true;
      } else if (c === COLON && depth === 1 && mode === 'head' && lastKey === 'events') {
        // The events list must follow; the fields before it are parsed now for their actors. The
        // key, colon and bracket are not parsed again, so nothing but spaces may come between them.
        if (!JSON_SPACE.test(s.slice(lastKeyEnd, i))) return fail();
        let j = i + 1;
        while (j < n && isSpace(s.charCodeAt(j))) j++;
        if (j === n) break; // wait for more text, and look at this colon again
        if (s.charCodeAt(j) !== OPEN_BRACKET) return fail();
        prefix = s.slice(rootAt, lastKeyAt);
        try {
          head = JSON.parse(`${prefix}"events":[]}`) as Record<string, unknown>;
        } catch {
          return fail();
        }
        mode = 'events';
        depth = 2;
        buf = s.slice(j + 1);
        pos = 0;
        return true;
      }
      i++;
    }
    pos = i;
    return true;
  }

  function push(text: string): unknown[] {
    const out: unknown[] = [];
    let piece = text;
    for (;;) {
      if (mode === 'failed') return [];
      if (mode === 'events') {
        if (!scanEvents(piece, 0, out)) return [];
        // At the end of the list, the rest of the piece (left in `buf`) is the top level again.
        if ((mode as Mode) === 'tail' && !scanOutside()) return [];
        return out;
      }
      buf += piece;
      if (!scanOutside()) return [];
      if ((mode as Mode) !== 'events') return out;
      piece = buf;
      buf = '';
    }
  }

  return {
    push,
    get head() {
      return head;
    },
    get count() {
      return count;
    },
    get failed() {
      return mode === 'failed';
    },
    end() {
      if (mode !== 'done' || inString) {
        mode = 'failed';
        return null;
      }
      try {
        const whole = JSON.parse(`${prefix}"events":[]${buf}`) as unknown;
        return typeof whole === 'object' && whole !== null && !Array.isArray(whole) ? (whole as Record<string, unknown>) : null;
      } catch {
        mode = 'failed';
        return null;
      }
    },
  };
}
