import type { Actor, Dataset, DatasetEvent, Quote as DatasetQuote } from '../dataset/schema.ts';
import { actorLookup } from './actorNames.ts';
import {
  ACTOR_COLUMNS,
  ACTOR_TRANSLATION_COLUMNS,
  COLUMN_GROUPS,
  DATASET_TRANSLATION_ROWS,
  EVENT_COLUMNS,
  EVENT_TRANSLATION_COLUMNS,
  GROUP_NAMES,
  LIST_COMMA,
  LIST_SEPARATOR,
  META_ROWS,
  QUOTE_TRANSLATION_COLUMNS,
  groupHeader,
  translatedHeader,
} from './datasetColumns.ts';
import type { CsvSeparator } from './excelSeparator.ts';
import { csvField, EXCEL_BOM } from './spreadsheetSafe.ts';

export type CsvDataset = Pick<Dataset, 'title' | 'description' | 'credit' | 'lang' | 'translations'> & { actors: readonly Actor[]; events: readonly DatasetEvent[] };

/** The value at a dotted path (`verification.status`) of a record, if any; the path split once (`keys`). */
function valueAt(record: object, keys: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of keys) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Each column's path in the record, split at its dots once rather than once per row. */
const splitPaths = (columns: readonly (readonly [string, string])[]) => columns.map(([path]) => [path, path.split('.')] as const);
const EVENT_PATHS = splitPaths(EVENT_COLUMNS);
const GROUP_PATHS = new Map(GROUP_NAMES.map((g) => [g, splitPaths(COLUMN_GROUPS[g].fields).map(([, keys]) => keys)]));

// One item holding a comma gets a separator after it, or reading it back would split it at the comma.
const joinList = (items: readonly string[]) => (items.length === 1 && items[0]!.includes(LIST_COMMA) ? `${items[0]!}${LIST_SEPARATOR}` : items.join(`${LIST_SEPARATOR} `));

function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return joinList(v.map(String));
  return String(v);
}

/** While the writer reads the events before its first row, it pauses (an empty piece) after this many. */
const PAUSE_EVERY = 2_000;

/**
 * A dataset in our spreadsheet layout (data/README.md), after a byte-order mark (EXCEL_BOM): metadata rows (`#title`, `#actor`, …),
 * a header, then one row per event, with numbered columns for its quotes, sources and media
 * (as many as the event with the most needs, at least one set), each quote's followed by its
 * notes in each language any quote has (`quote 1 speaker [ru]`); cells separated by `separator`
 * (excelSeparator.ts). Reading it back (readDatasetCsv.ts) gives the same dataset.
 */
export function datasetCsv(d: CsvDataset, separator: CsvSeparator = ','): string {
  let text = '';
  for (const piece of datasetCsvPieces(d, separator)) text += piece;
  return text;
}

/**
 * datasetCsv's text in pieces, in order: each row with its line break, and before the first an
 * empty piece every PAUSE_EVERY events while the events are measured (how many quote, source and
 * media columns, which languages), so that a caller building a file in slices can pause there.
 */
export function* datasetCsvPieces(d: CsvDataset, separator: CsvSeparator = ','): Generator<string, void, undefined> {
  const lookup = actorLookup(d.actors);
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  // A name stands for its actor when reading it back finds that actor; otherwise the id is written.
  const actorCell = (id: string) => {
    const name = names.get(id);
    return name !== undefined && !name.includes(LIST_SEPARATOR) && lookup(name) === id ? name.trim() : id;
  };
  // A loop, not Math.max(...lengths): one argument per event overflows the stack at about 150,000 events.
  const counts = Object.fromEntries(GROUP_NAMES.map((g) => [g, 1])) as Record<(typeof GROUP_NAMES)[number], number>;
  // A language's columns when any event has text in it, in the order the languages first appear.
  const eventLangs = new Set<string>();
  const quoteLangs = new Set<string>();
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i]!;
    for (const g of GROUP_NAMES) {
      const n = ((e[g] as unknown[] | undefined) ?? []).length;
      if (n > counts[g]) counts[g] = n;
    }
    if (e.translations) for (const lang of Object.keys(e.translations)) eventLangs.add(lang);
    if (e.quotes) for (const q of e.quotes) if (q.translations) for (const lang of Object.keys(q.translations)) quoteLangs.add(lang);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield '';
  }
  const line = (cells: readonly string[]) => `${cells.map(csvField).join(separator)}\r\n`;

  yield `${EXCEL_BOM}${line([META_ROWS.title, d.title])}`;
  if (d.description !== undefined) yield line([META_ROWS.description, d.description]);
  if (d.credit !== undefined) yield line([META_ROWS.credit, d.credit]);
  if (d.lang !== undefined) yield line([META_ROWS.lang, d.lang]);
  for (const [lang, texts] of Object.entries(d.translations ?? {})) {
    for (const [k, h] of DATASET_TRANSLATION_ROWS) if (texts[k] !== undefined) yield line([translatedHeader(h, lang), texts[k]]);
  }
  // A language's name column when any actor has a name in it.
  const actorLangs = [...new Set(d.actors.flatMap((a) => Object.keys(a.translations ?? {})))];
  yield line([META_ROWS.actorHeader, ...ACTOR_COLUMNS.map(([, h]) => h), ...actorLangs.flatMap((lang) => ACTOR_TRANSLATION_COLUMNS.map(([, h]) => translatedHeader(h, lang)))]);
  for (const a of d.actors) {
    const translated = actorLangs.flatMap((lang) => ACTOR_TRANSLATION_COLUMNS.map(([k]) => cellText(a.translations?.[lang]?.[k])));
    yield line([META_ROWS.actor, ...ACTOR_COLUMNS.map(([k]) => cellText(a[k])), ...translated]);
  }
  yield line([]);

  const langs = [...eventLangs];
  const header: string[] = EVENT_COLUMNS.map(([, h]) => h);
  for (const lang of langs) for (const [, h] of EVENT_TRANSLATION_COLUMNS) header.push(translatedHeader(h, lang));
  for (const g of GROUP_NAMES) {
    for (let n = 1; n <= counts[g]; n++) {
      for (const [, h] of COLUMN_GROUPS[g].fields) header.push(groupHeader(g, n, h));
      if (g === 'quotes') for (const lang of quoteLangs) for (const [, h] of QUOTE_TRANSLATION_COLUMNS) header.push(translatedHeader(groupHeader(g, n, h), lang));
    }
  }
  yield line(header);

  for (const e of d.events) {
    const row = EVENT_PATHS.map(([path, keys]) => {
      if (path === 'from') return actorCell(e.from);
      if (path === 'to') return joinList(e.to.map(actorCell));
      return cellText(valueAt(e, keys));
    });
    for (const lang of langs) for (const [k] of EVENT_TRANSLATION_COLUMNS) row.push(cellText(e.translations?.[lang]?.[k]));
    for (const g of GROUP_NAMES) {
      const records = (e[g] as object[] | undefined) ?? [];
      for (let n = 0; n < counts[g]; n++) {
        const r = records[n];
        for (const keys of GROUP_PATHS.get(g)!) row.push(r ? cellText(valueAt(r, keys)) : '');
        if (g === 'quotes') {
          const texts = (r as DatasetQuote | undefined)?.translations;
          for (const lang of quoteLangs) for (const [k] of QUOTE_TRANSLATION_COLUMNS) row.push(cellText(texts?.[lang]?.[k]));
        }
      }
    }
    yield line(row);
  }
}
