import { quoteValue, type Problem } from '../dataset/problem.ts';
import { REQUIRED } from '../dataset/schema.ts';
import {
  COLUMN_GROUPS,
  EVENT_COLUMNS,
  EVENT_TRANSLATION_COLUMNS,
  GROUP_NAMES,
  QUOTE_TRANSLATION_COLUMNS,
  groupHeader,
  splitTranslatedHeader,
  translatedHeader,
  type GroupName,
} from '../csv/datasetColumns.ts';
import { EVENT_COLUMN_ALIASES, GROUP_FIELD_ALIASES, GROUP_LABEL_ALIASES, LONE_SOURCE_COLUMNS, ROW_NUMBER_COLUMNS } from '../csv/columnAliases.ts';
import { foldHeader, type CsvRow } from './csvTable.ts';
import { detailedProblem } from './detailedProblem.ts';
import { cellLocation } from './location.ts';

/** One column of the events' header: where it is, what it is called in the file, and the field it fills. */
export interface EventColumn {
  col: number;
  header: string;
  /** `date`, `verification.note`, or for numbered columns `sources.2.url` (group, number from 1, field). */
  key: string;
  /** The column numbers the rows (`№`: ROW_NUMBER_COLUMNS), read as the ids of a sheet without an id column. */
  numbering?: true;
}

/** Each header's folded name and its aliases' (`дата` for `date`: columnAliases.ts), to `value`. */
const named = <V>(header: string, value: V, aliases: Readonly<Record<string, readonly string[]>> | undefined): [string, V][] =>
  [header, ...(aliases?.[header] ?? [])].map((n) => [foldHeader(n), value]);

const EVENT_KEYS = new Map<string, string>(EVENT_COLUMNS.flatMap(([path, header]) => [...named(header, path, EVENT_COLUMN_ALIASES), [foldHeader(path), path]]));
EVENT_KEYS.set('verificationstatus', 'verification.status');
const GROUP_LABELS = new Map<string, GroupName>(GROUP_NAMES.flatMap((g) => named(COLUMN_GROUPS[g].label, g, GROUP_LABEL_ALIASES)));
const GROUP_FIELDS = new Map<GroupName, Map<string, string>>(
  GROUP_NAMES.map((g) => [g, new Map(COLUMN_GROUPS[g].fields.flatMap(([path, header]) => [...named(header, path, GROUP_FIELD_ALIASES[COLUMN_GROUPS[g].label]), [foldHeader(path), path]]))]),
);
/** A group's label (Latin or Cyrillic, perhaps in the plural: `sources`), its number, its field. */
const NUMBERED = /^([a-zа-я]+?)s?(\d+)(.+)$/;

/** A translator is named so in a quote's columns and in the event's alike. */
const TRANSLATION_ALIASES = { ...EVENT_COLUMN_ALIASES, 'translated by': GROUP_FIELD_ALIASES.quote!['translated by']! };
const TRANSLATION_KEYS = new Map<string, string>(EVENT_TRANSLATION_COLUMNS.flatMap(([k, header]) => named(header, k, TRANSLATION_ALIASES)));
const QUOTE_TRANSLATION_KEYS = new Map<string, string>(QUOTE_TRANSLATION_COLUMNS.flatMap(([k, header]) => [...named(header, k, GROUP_FIELD_ALIASES.quote), [foldHeader(k), k]]));

/** The field a header cell names (`translations.ru.title` for `title [ru]`, `quotes.1.translations.ru.speaker` for `quote 1 speaker [ru]`), or null. */
export function eventColumnKey(cell: string): string | null {
  const translated = splitTranslatedHeader(cell);
  if (translated) {
    const folded = foldHeader(translated.header);
    const field = TRANSLATION_KEYS.get(folded);
    if (field) return `translations.${translated.lang}.${field}`;
    const m = NUMBERED.exec(folded);
    const quoteField = m && GROUP_LABELS.get(m[1]!) === 'quotes' ? QUOTE_TRANSLATION_KEYS.get(m[3]!) : undefined;
    return quoteField && Number(m![2]) >= 1 ? `quotes.${Number(m![2])}.translations.${translated.lang}.${quoteField}` : null;
  }
  const folded = foldHeader(cell);
  const plain = EVENT_KEYS.get(folded);
  if (plain) return plain;
  const m = NUMBERED.exec(folded);
  const group = m ? GROUP_LABELS.get(m[1]!) : undefined;
  const field = group ? GROUP_FIELDS.get(group)!.get(m![3]!) : undefined;
  return group && field && Number(m![2]) >= 1 ? `${group}.${Number(m![2])}.${field}` : null;
}

/** Whether a cell names a numbered group without a field (`Источник 1`, `Source 2`), as a merged cell over its columns does. */
function isGroupLabel(cell: string): boolean {
  const m = /^([a-zа-я]+?)s?(\d+)$/.exec(foldHeader(cell));
  return m !== null && GROUP_LABELS.has(m[1]!) && Number(m[2]) >= 1;
}

/**
 * A header written over two rows, as a sheet with merged cells is saved: a group's label merged
 * over its columns (`Источник 1` above `название` and `издание`), the other columns' names in one
 * row or the other (merged down the two rows, saved in the first). Returns the one header row
 * (`Источник 1 название`, `Источник 1 издание`, the lower row's number), or null when the rows are
 * not such a header: a label that heads no column of its group, a cell in both rows that is no
 * group's, or a result that lacks a column every event needs.
 */
export function twoRowHeader(upper: CsvRow, lower: CsvRow): CsvRow | null {
  let label = '';
  let labelled = false;
  const cells: string[] = [];
  const width = Math.max(upper.cells.length, lower.cells.length);
  for (let col = 0; col < width; col++) {
    const top = (upper.cells[col] ?? '').trim();
    const below = (lower.cells[col] ?? '').trim();
    // A group's label heads the columns after it until the next cell of the upper row.
    if (top !== '') label = isGroupLabel(top) ? top : '';
    const inGroup = label !== '' && below !== '' && eventColumnKey(`${label} ${below}`) !== null;
    if (inGroup) labelled = true;
    else if (top !== '' && below !== '') return null;
    cells.push(inGroup ? `${label} ${below}` : below || (label === top ? '' : top));
  }
  const header = { row: lower.row, cells };
  return labelled && missingColumnsProblem(header, readEventHeader(header, [])) === null ? header : null;
}

const LONE_SOURCE = new Set(LONE_SOURCE_COLUMNS.map(foldHeader));
const ROW_NUMBERS = new Set(ROW_NUMBER_COLUMNS.map(foldHeader));
/** Whether a header cell names a column that numbers the rows (`№`, `№ п/п`: ROW_NUMBER_COLUMNS). */
export const isRowNumberHeader = (cell: string): boolean => ROW_NUMBERS.has(foldHeader(cell));
/**
 * The field a lone `source` column (columnAliases.ts) fills in its source, `sources.2.lone`: the
 * url when the cell is an address, else the title (readDatasetCsv.ts).
 */
export const LONE_SOURCE_FIELD = 'lone';

/** The events' header row read: its known columns, and a problem for each unknown or repeated one. */
export function readEventHeader(header: CsvRow, problems: Problem[]): EventColumn[] {
  const columns: EventColumn[] = [];
  const seen = new Map<string, number>();
  const numbering: { col: number; header: string }[] = [];
  header.cells.forEach((cell, col) => {
    const name = cell.trim();
    if (name === '') return;
    if (isRowNumberHeader(name)) {
      numbering.push({ col, header: name });
      return;
    }
    const key = eventColumnKey(name) ?? (LONE_SOURCE.has(foldHeader(name)) ? `sources.0.${LONE_SOURCE_FIELD}` : null);
    if (key === null) {
      problems.push({ code: 'unknown-column', path: cellLocation(header.row, name), message: 'is not a column of this format (ignored)' });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ code: 'duplicate-column', path: cellLocation(header.row, name), message: `repeats column ${first + 1} (${quoteValue(header.cells[first]!.trim())}); this one was ignored` });
      return;
    }
    seen.set(key, col);
    columns.push({ col, header: name, key });
  });
  // A column numbering the rows: the ids of a sheet that has no id column, else said and not read.
  const ids = columns.find((c) => c.key === 'id');
  numbering.forEach((c, i) => {
    if (i === 0 && !ids) columns.push({ ...c, key: 'id', numbering: true });
    else problems.push(detailedProblem('row-numbers', cellLocation(header.row, c.header), { key: 'rowNumbers', id: ids?.header ?? numbering[0]!.header }));
  });
  columns.sort((a, b) => a.col - b.col);
  // A lone source column is the source after the sheet's numbered ones: it never fills one of their cells.
  const lone = columns.find((c) => c.key === `sources.0.${LONE_SOURCE_FIELD}`);
  if (lone) {
    const n = 1 + Math.max(0, ...columns.map((c) => /^sources\.(\d+)\./.exec(c.key)).map((m) => Number(m?.[1] ?? 0)));
    lone.key = `sources.${n}.${LONE_SOURCE_FIELD}`;
    if (n > 1) problems.push(detailedProblem('column-read-as', cellLocation(header.row, lone.header), { key: 'loneSource', n }));
  }
  return columns;
}

/** Whether a sheet heads its columns in Russian (`дата`, `источник 1 ссылка`): then a column it lacks is named in Russian too. */
export const headsInRussian = (columns: readonly EventColumn[]): boolean => columns.some((c) => /[а-яё]/i.test(c.header));

/**
 * The header a spreadsheet would use for a key that has no column in the file: the format's, or
 * with `russian` its first Russian name (columnAliases.ts), as the sheet's other columns are named.
 */
export function defaultHeader(key: string, russian = false): string {
  const say = (header: string, aliases: Readonly<Record<string, readonly string[]>> | undefined) => (russian && aliases?.[header]?.[0]) || header;
  const inGroup = (g: GroupName, n: number, header: string) =>
    russian ? `${say(COLUMN_GROUPS[g].label, GROUP_LABEL_ALIASES)} ${n} ${say(header, GROUP_FIELD_ALIASES[COLUMN_GROUPS[g].label])}` : groupHeader(g, n, header);
  const plain = EVENT_COLUMNS.find(([path]) => path === key);
  if (plain) return say(plain[1], EVENT_COLUMN_ALIASES);
  const [group, n, ...field] = key.split('.');
  if (group === 'translations' && n !== undefined) {
    const spec = EVENT_TRANSLATION_COLUMNS.find(([k]) => k === field.join('.'));
    if (spec) return translatedHeader(say(spec[1], TRANSLATION_ALIASES), n);
  }
  const g = group as GroupName;
  // `quotes.1.translations.ru.speaker`: the tag may hold dots, the field has none.
  if (g === 'quotes' && field[0] === 'translations' && field.length >= 3) {
    const spec = QUOTE_TRANSLATION_COLUMNS.find(([k]) => k === field.at(-1));
    if (spec) return translatedHeader(inGroup(g, Number(n), spec[1]), field.slice(1, -1).join('.'));
  }
  const spec = COLUMN_GROUPS[g]?.fields.find(([path]) => path === field.join('.'));
  return spec ? inGroup(g, Number(n), spec[1]) : key;
}

/** Fields the format requires that the reader fills in itself: an id made from the title, no recipient. */
const MADE_BY_READER: readonly string[] = ['id', 'to'];
/** The columns every sheet needs, as headers: the event's required fields the reader cannot make. */
const REQUIRED_KEYS = REQUIRED.event.filter((k) => !MADE_BY_READER.includes(k));

/** The problem of a header without a column every event needs, or null: every row would fail on it. */
export function missingColumnsProblem(header: CsvRow, columns: readonly EventColumn[]): Problem | null {
  const present = new Set(columns.map((c) => c.key));
  const missing = REQUIRED_KEYS.filter((k) => !present.has(k));
  if (missing.length === 0) return null;
  const name = (k: string) => defaultHeader(k, headsInRussian(columns));
  return detailedProblem('missing-columns', cellLocation(header.row), { key: 'missingColumns', missing: missing.map(name), needed: REQUIRED_KEYS.map(name) });
}
