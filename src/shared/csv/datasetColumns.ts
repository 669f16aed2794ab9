/*
 * Our spreadsheet layout (data/README.md, "Spreadsheet (CSV)"): the column names, the metadata
 * rows and the list separator, written once for the writer (on the page) and the reader (in the
 * data worker and the import CLI).
 */

/** Separates the items of a multi-valued cell (recipients, replies, tags). Written as "; ". */
export const LIST_SEPARATOR = ';';
/**
 * Separates the items of a multi-valued cell with no LIST_SEPARATOR in it, as people write a list
 * ("sanctions, letters"); one item holding a comma is written with a LIST_SEPARATOR after it.
 */
export const LIST_COMMA = ',';

/** One column per event field a person fills in: [path in the event, header as written]. */
export const EVENT_COLUMNS = [
  ['id', 'id'],
  ['date', 'date'],
  ['dateEnd', 'date end'],
  ['approximate', 'approximate'],
  ['dateNote', 'date note'],
  ['timeZone', 'time zone'],
  ['kind', 'kind'],
  ['from', 'from'],
  ['to', 'to'],
  ['author', 'author'],
  ['title', 'title'],
  ['summary', 'summary'],
  ['inReplyTo', 'in reply to'],
  ['verification.status', 'verification'],
  ['verification.note', 'verification note'],
  ['tags', 'tags'],
] as const;

/**
 * Lists of records inside an event get numbered columns: `quote 1 text`, `quote 2 text`, … A
 * group's columns are [path inside the record, header after the number].
 */
export const COLUMN_GROUPS = {
  quotes: {
    label: 'quote',
    fields: [
      ['text', 'text'],
      ['lang', 'lang'],
      ['speaker', 'speaker'],
      ['translation.text', 'translation'],
      ['translation.lang', 'translation lang'],
      ['translation.by', 'translated by'],
    ],
  },
  sources: {
    label: 'source',
    fields: [
      ['title', 'title'],
      ['publisher', 'publisher'],
      ['url', 'url'],
      ['date', 'date'],
    ],
  },
  media: {
    label: 'media',
    fields: [
      ['kind', 'kind'],
      ['url', 'url'],
      ['caption', 'caption'],
      ['credit', 'credit'],
      ['alt', 'alt'],
    ],
  },
} as const;

export type GroupName = keyof typeof COLUMN_GROUPS;
export const GROUP_NAMES = Object.keys(COLUMN_GROUPS) as GroupName[];

/** The header of field `header` in record `n` (1-based) of a group: `source 2 url`. */
export const groupHeader = (group: GroupName, n: number, header: string) => `${COLUMN_GROUPS[group].label} ${n} ${header}`;

/** Rows above (or among) the events that carry the dataset's top level; the first cell names them. */
export const META_ROWS = {
  title: '#title',
  description: '#description',
  credit: '#credit',
  /** The language the dataset's texts are written in ("en"). */
  lang: '#lang',
  /** The header of the `#actor` rows that follow: which actor field each cell holds. */
  actorHeader: '#actors',
  actor: '#actor',
} as const;

/** The fields of an `#actor` row, in the order used when no `#actors` row names them. */
export const ACTOR_COLUMNS = [
  ['id', 'id'],
  ['name', 'name'],
  ['fullName', 'full name'],
  ['country', 'country'],
  ['leader', 'leader'],
  ['color', 'color'],
] as const;

/**
 * Text in another language has the column of its field with the language tag in brackets:
 * `title [ru]`, `summary [ru]`, `author [ru]`, `date note [ru]`, `verification note [ru]`,
 * `translated by [ru]` for events; `quote 1 speaker [ru]`, `quote 1 translated by [ru]` for a
 * quote; `#title [ru]`,
 * `#description [ru]`, `#translated by [ru]` rows for the dataset; `name [ru]` in the `#actors`
 * header for an actor's name. [field in the texts, header].
 */
export const EVENT_TRANSLATION_COLUMNS = [
  ['title', 'title'],
  ['summary', 'summary'],
  ['author', 'author'],
  ['dateNote', 'date note'],
  ['verificationNote', 'verification note'],
  ['by', 'translated by'],
] as const;
/**
 * A quote's notes in another language, after its number: `quote 1 speaker [ru]`, `quote 1
 * translated by [ru]` ([field in the quote's texts, header after the number]).
 */
export const QUOTE_TRANSLATION_COLUMNS = [
  ['speaker', 'speaker'],
  ['translationBy', 'translated by'],
] as const;
/** An actor's name in another language: a `name [ru]` column of the `#actors` header. */
export const ACTOR_TRANSLATION_COLUMNS = [['name', 'name']] as const;
export const DATASET_TRANSLATION_ROWS = [
  ['title', '#title'],
  ['description', '#description'],
  ['credit', '#credit'],
  ['by', '#translated by'],
] as const;

/** `title [ru]`: a header (or metadata cell) for text in language `lang`. */
export const translatedHeader = (header: string, lang: string) => `${header} [${lang}]`;

/** A header written as `title [ru]` split into `title` and `ru` (the validator checks the tag), or null. */
export function splitTranslatedHeader(cell: string): { header: string; lang: string } | null {
  const m = /^(.*?)\s*\[\s*([^\]\s]+)\s*\]$/.exec(cell.trim());
  return m ? { header: m[1]!, lang: m[2]! } : null;
}

/**
 * Cells read as true or false in the `approximate` column (any case); the writer uses the first
 * two. ИСТИНА/ЛОЖЬ are what Excel and LibreOffice write for TRUE/FALSE in Russian.
 */
export const TRUE_WORDS = ['true', 'yes', '1', 'x', 'истина', 'да'];
export const FALSE_WORDS = ['false', 'no', '0', 'ложь', 'нет'];
