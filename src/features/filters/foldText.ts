// Every character from U+0000 to U+007F: control characters are ASCII too.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Whether every character of `text` is ASCII: then folding it is lower-casing it. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * Folds text for searching: case- and accent-insensitive in any script ("Ré" → "re",
 * "РОГОЗИН" → "рогозин", "спасёт" → "спасет"), typographic apostrophes read as "'". Letters that are letters of their own and not
 * accented forms (Cyrillic й, ї, ў) are kept, so "санкций" does not match "санкции".
 */
export function foldText(text: string): string {
  // ASCII has no accents and no language-specific cases: lower-casing is the whole fold. Over the
  // 100,000-event archive's search texts (one in ten not ASCII): 200 -> 40 ms in Node.
  if (isAscii(text)) return text.toLowerCase();
  // Unicode's default lower-casing, which is the root locale's ('und'): no language's own rules
  // (Turkish dotless i) apply. toLocaleLowerCase('und') gives the same, about five times slower in Node.
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/и\u0306/g, 'й')
    .replace(/і\u0308/g, 'ї')
    .replace(/у\u0306/g, 'ў')
    .replace(/\p{M}/gu, '')
    // A typographic apostrophe (what a phone's smart punctuation types) is an apostrophe: "Rogozin’s" finds "Rogozin's".
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * A search's words, folded, without the punctuation around each ("Nelson, senators" → "nelson",
 * "senators"; «санкции» → "санкции"); inside a word it stays ("life.ru", "Rogozin's"). The one
 * rule for what a search looks for and what the panel marks.
 */
export function searchWords(q: string): string[] {
  return foldText(q)
    .split(/\s+/)
    .map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter(Boolean);
}
