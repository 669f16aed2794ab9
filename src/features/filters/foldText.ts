/** Folds text for searching: case- and accent-insensitive in any script ("Ré" → "re", "РОГОЗИН" → "рогозин"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/ё/g, 'е');
}
