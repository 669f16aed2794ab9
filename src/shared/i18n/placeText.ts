import { readLocation } from '../import/location.ts';
import { isolated } from '../text/isolated.ts';
import type { Messages } from './catalogues/en.ts';

/** Where a problem is, in the interface's words: `строка 12, столбец «date»`; a JSON path (`events[3].date`) as written. */
export function placeText(path: string, t: Messages): string {
  const place = readLocation(path);
  if (!place) return path;
  if ('file' in place) return t.dataset.places.file;
  const row = String(place.row);
  // A cell under a blank header cell: said in the reader's language once the problems' words are loaded, else as written (English).
  if (place.unnamedColumn !== undefined) return t.problemTexts?.problemDetails.unnamedCell(row, String(place.unnamedColumn)) ?? path;
  // The column's name is the file's text: isolated, as every quoted value is.
  return place.column === undefined ? t.dataset.places.row(row) : t.dataset.places.cell(row, isolated(place.column));
}
