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
