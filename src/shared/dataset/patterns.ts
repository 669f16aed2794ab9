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
} as const;
