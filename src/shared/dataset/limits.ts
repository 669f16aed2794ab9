import type { ProblemDetail } from './problem.ts';

/** Limits that keep a hostile or broken file from freezing the page; each fails with a plain message. */
export const LIMITS = {
  /** Largest dataset file accepted, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  events: 200_000,
  actors: 500,
  /** Longest id, title, name or other short field. */
  shortText: 300,
  /** Longest summary, quote or note. */
  longText: 20_000,
  /** Longest source URL. */
  url: 2000,
  /** Most items in any list inside an event (recipients, quotes, sources, tags, replies). */
  listItems: 200,
  /** Deepest JSON nesting accepted; the format itself needs 5 levels. */
  depth: 16,
  /** How much of an offending value a message quotes. */
  quoteChars: 80,
} as const;

/**
 * Whether a text is longer than a limit as the format counts it: in characters (code points), as
 * the schema's checks and JSON Schema's maxLength do, so that an emoji counts once.
 */
export function longerThan(text: string, limit: number): boolean {
  // A code point is one or two code units: a text of at most `limit` units is short enough.
  return text.length > limit && lengthInCharacters(text) > limit;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** A text's length as the format counts it (longerThan): in characters, an emoji once. */
export function lengthInCharacters(text: string): number {
  // Code units less one for each surrogate pair (a lone surrogate counts once).
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/** Text cut to `max` characters (whole code points, as the limits count them), with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return longerThan(s, max) ? `${Array.from(s.slice(0, 2 * max)).slice(0, max - 1).join('').trimEnd()}…` : s;
}

/**
 * A text fitted to the format's limit for its field: as it is, or cut, with the detail that says so
 * (`titleCut` for a title), so that nothing is left out for a long text (a TimelineJS slide, which
 * has no limits; a dataset's title, description or credit).
 */
export function fitted(text: string, limit: number, key: 'titleCut' | 'textCut' = 'textCut'): { text: string; cut?: ProblemDetail } {
  return longerThan(text, limit) ? { text: clip(text, limit), cut: { key, limit } } : { text };
}
