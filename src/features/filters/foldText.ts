/**
 * Folds text for searching: case- and accent-insensitive in any script ("Ré" → "re",
 * "РОГОЗИН" → "рогозин", "спасёт" → "спасет"). Letters that are letters of their own and not
 * accented forms (Cyrillic й, ї, ў) are kept, so "санкций" does not match "санкции".
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('und')
    .normalize('NFD')
    .replace(/и\u0306/g, 'й')
    .replace(/і\u0308/g, 'ї')
    .replace(/у\u0306/g, 'ў')
    .replace(/\p{M}/gu, '');
}
