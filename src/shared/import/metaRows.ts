import { DATASET_TRANSLATION_ROWS, META_ROWS, splitTranslatedHeader } from '../csv/datasetColumns.ts';
import { META_ROW_ALIASES, aliasResolver } from '../csv/columnAliases.ts';
import { foldHeader, type CsvRow } from './csvTable.ts';

/*
 * Which metadata row a spreadsheet row is, by its first cell: `#title`, or as named in Russian
 * (`#заголовок`, columnAliases.ts), compared as every header is (foldHeader).
 */

export type MetaKind = keyof typeof META_ROWS;

/** A metadata row's first cell named otherwise (`#язык`) as the one it stands for (`#lang`). */
const metaAlias = aliasResolver(META_ROW_ALIASES, foldHeader);
const META_BY_CELL = new Map<string, MetaKind>(Object.entries(META_ROWS).map(([k, v]) => [foldHeader(v), k as MetaKind]));
const TRANSLATION_ROWS = new Map<string, string>(DATASET_TRANSLATION_ROWS.map(([k, cell]) => [foldHeader(cell), k]));

/** The metadata a row is, by its first cell (`#title`, `#Заголовок`), or undefined. */
export const metaKind = (r: CsvRow): MetaKind | undefined => META_BY_CELL.get(foldHeader(metaAlias(r.cells[0] ?? '')));

/** A `#title [ru]` row (`#заголовок [en]`): the language and the field of the dataset's texts it gives, or undefined. */
export function translationRow(r: CsvRow): { lang: string; field: string } | undefined {
  const split = splitTranslatedHeader(r.cells[0] ?? '');
  const field = split && TRANSLATION_ROWS.get(foldHeader(metaAlias(split.header)));
  return split && field ? { lang: split.lang, field } : undefined;
}
