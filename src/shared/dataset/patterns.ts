/**
 * The format's patterns, written once: the schema checks them, and so do the fast path
 * (fastEventCheck.ts), the importer and the embed's messages. A module of their own: importing
 * them does not bring the schema's library into the first script.
 */
export const PATTERNS = {
  slug: /^[a-z0-9-]+$/,
  lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
  date: /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  colour: /^#[0-9a-fA-F]{6}$/,
  /**
   * A text holds something besides spaces: a title of spaces names nothing (a mark, a list row, an
   * accessible name). An empty text matches, as its own check (minLength) says it is empty.
   */
  text: /^$|\S/,
  /**
   * A title or a name holds a visible character: one of nothing but zero-width spaces, soft hyphens,
   * bidi controls, control characters, marks with nothing to combine with (a variation selector,
   * a combining grapheme joiner) or blank fillers would be a blank mark, list row, heading and
   * accessible name. Its own rule: a tag of such characters stays valid (PATTERNS.text). An empty
   * text matches, as its own check says it is empty.
   */
  visible: /^$|[^\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]/u,
} as const;
