import type { Problem } from '../dataset/problem.ts';
import { formatPath, quoteValue, UNTITLED_DATASET } from '../dataset/problem.ts';
import { MEDIA_KINDS } from '../dataset/vocabulary.ts';
import {
  ACTOR_COLUMNS,
  ACTOR_TRANSLATION_COLUMNS,
  COLUMN_GROUPS,
  FALSE_WORDS,
  GROUP_NAMES,
  LIST_COMMA,
  LIST_SEPARATOR,
  META_ROWS,
  TRUE_WORDS,
  splitTranslatedHeader,
  type GroupName,
} from '../csv/datasetColumns.ts';
import { foldName } from '../csv/actorNames.ts';
import { ACTOR_COLUMN_ALIASES, aliasResolver } from '../csv/columnAliases.ts';
import { actorRegistry } from './actorRegistry.ts';
import { metaKind, translationRow, type MetaKind } from './metaRows.ts';
import { checkVerification, keepRecord, type CellAt } from './completeRecords.ts';
import { inferDateOrder, readCellDate, readCellDateRange, type CellDate } from './cellDate.ts';
import { readDateWindow, type DateWindow } from './dateWindow.ts';
import { readApproximateDate, readApproximateDateRange } from './approximateDate.ts';
import { serialDates } from './serialDates.ts';
import { splitDatasetPath, type Conversion, type ImportOptions, type RawDataset } from './conversion.ts';
import { extraCellsProblem, foldHeader, repeatedHeaderProblem, unnamedCellProblems, width, type CsvRow, type CsvTable } from './csvTable.ts';
import { LONE_SOURCE_FIELD, defaultHeader, headsInRussian, missingColumnsProblem, readEventHeader, type EventColumn } from './datasetCsvHeader.ts';
import { detailedProblem, leftOut as leftOutSaid } from './detailedProblem.ts';
import { cellLocation } from './location.ts';
import { inOneAlphabet, mixedScriptLetters } from '../text/mixedScripts.ts';
import { mediaKindOf } from './mediaKind.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { titleFromText } from './titleFromText.ts';
import { sourceFromLink } from './sourceFromLink.ts';
import { languageTag } from './languageName.ts';
import { withoutZeroWidth } from '../text/zeroWidth.ts';
import { ownChild } from '../ownChild.ts';
import { mergeRepeatedActor, type ActorTextField as ActorField } from '../dataset/mergeActor.ts';
import { PATTERNS } from '../dataset/patterns.ts';
import { foldWord, isWordField, vocabularyWord } from './vocabularyWord.ts';

/** An `#actors` column named otherwise (`имя`, `цвет`) as the header it stands for. */
const actorAlias = aliasResolver(ACTOR_COLUMN_ALIASES, foldHeader);

/** Fields read as they stand (the table has already undone a spreadsheet's formula guard); every other cell is trimmed. */
const TEXT_FIELDS = new Set(['dateNote', 'author', 'title', 'summary', 'verification.note', 'text', 'speaker', 'translation.text', 'translation.by', 'publisher', 'caption', 'credit', 'alt']);
const DATE_FIELDS = new Set(['date', 'dateEnd']);
/** Required columns whose value a run of rows shares, so that a sheet may merge its cells (a title or summary is each row's own). */
const MERGED_COLUMNS = new Set(['date', 'kind', 'from']);

/** A list cell's items: at its semicolons, or at its commas when it has none (datasetColumns.ts). */
const splitList = (cell: string) =>
  cell
    .split(cell.includes(LIST_SEPARATOR) ? LIST_SEPARATOR : LIST_COMMA)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A text the file gives in another language, and where: a `#title [ru]` row, a `name [ru]` column, a `title [ru]` column. */
interface TranslatedText<P> {
  lang: string;
  field: string;
  place: P;
}

/**
 * Where each path of a translations map (`translations.ru.title`, `translations["en-GB"]`, as
 * formatPath writes the validator's paths) was read from, given its texts in the file's order: a
 * language (a tag that is none, say) is where its first text is; a text is where it was last
 * written (a later row for the same text replaces an earlier one).
 */
function translationPlaces<P>(texts: readonly TranslatedText<P>[]): Map<string, P> {
  const places = new Map<string, P>();
  for (const { lang, field, place } of texts) {
    const language = formatPath(['translations', lang]);
    if (!places.has(language)) places.set(language, place);
    places.set(formatPath(['translations', lang, field]), place);
  }
  return places;
}

/** An event column's key `translations.ru.title` read back: the tag may hold dots (`ru.x`, no tag), the field has none. */
const TRANSLATION_KEY = /^translations\.(.+)\.([^.]+)$/;

/** An actor's field as the validator's paths name it: `color`, `translations.ru.name`. */
const actorFieldPath = (field: ActorField): string => (typeof field === 'string' ? field : formatPath(['translations', field.lang, field.field]));

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let o = target;
  for (const k of keys.slice(0, -1)) o = ownChild(o, k);
  o[keys[keys.length - 1]!] = value;
}

/**
 * Our spreadsheet layout (data/README.md) read into a dataset: metadata rows for the top level
 * and the actors, a header, one row per event. Every problem is located by row and column.
 */
export function readDatasetCsv(table: CsvTable, options: ImportOptions = {}): Conversion {
  const problems: Problem[] = [...table.problems];
  const metaRows = new Map<MetaKind, number>();
  const actorRows: CsvRow[] = [];
  let actorHeader: CsvRow | undefined;
  const meta: Partial<Record<'title' | 'description' | 'credit' | 'lang', string>> = {};
  let header: CsvRow | undefined;
  const eventRows: CsvRow[] = [];
  /** Rows left out before conversion (more cells than the header: extraCellsProblem). */
  let leftOut = 0;
  const translations: Record<string, Record<string, string>> = {};
  /** The `#title [ru]` rows that gave a text, for the validator's `translations.ru.title` to be placed at. */
  const translationRows: TranslatedText<number>[] = [];

  /**
   * A metadata row's text: its second cell, or, when a separator in the text was not quoted
   * (`#credit;ТАСС; РИА Новости`), the cells it was split into, joined back with it, and said.
   */
  const metaValue = (r: CsvRow) => {
    const cells = width(r.cells);
    if (cells <= 2) return r.cells[1] ?? '';
    problems.push(detailedProblem('split-text', cellLocation(r.row), { key: 'splitText', cells: cells - 1 }));
    return r.cells.slice(1, cells).join(table.delimiter);
  };

  for (const r of table.rows) {
    const kind = metaKind(r);
    const translated = kind === undefined ? translationRow(r) : undefined;
    if (translated) {
      const value = metaValue(r);
      if (value.trim() !== '') {
        ownChild(translations, translated.lang)[translated.field] = value;
        translationRows.push({ ...translated, place: r.row });
      }
    } else if (kind === 'actor') actorRows.push(r);
    else if (kind === 'actorHeader') actorHeader = r;
    else if (kind !== undefined) {
      const value = metaValue(r);
      if (value.trim() !== '') meta[kind] = value;
      metaRows.set(kind, r.row);
    } else if (header) {
      const extra = extraCellsProblem(r, header);
      const repeated = repeatedHeaderProblem(r, header);
      if (repeated) problems.push(repeated);
      else if (extra) {
        problems.push(extra);
        leftOut++;
      } else {
        problems.push(...unnamedCellProblems(r, header));
        eventRows.push(r);
      }
    }
    else if ((r.cells[0] ?? '').trim().startsWith('#')) {
      problems.push({ code: 'unknown-row', path: cellLocation(r.row), message: `${quoteValue(r.cells[0]!.trim())} is not a metadata row (ignored); use ${Object.values(META_ROWS).join(', ')}` });
    } else header = r;
  }

  // Actors declared in #actor rows, their fields named by the #actors row or in the documented order.
  const actorFields: (string | { lang: string; field: string; header: string } | undefined)[] = actorHeader
    ? actorHeader.cells.slice(1).map((c) => {
        const split = splitTranslatedHeader(c);
        const translated = split && ACTOR_TRANSLATION_COLUMNS.find(([, h]) => foldHeader(h) === foldHeader(actorAlias(split.header)));
        if (split && translated) return { lang: split.lang, field: translated[0], header: c.trim() };
        const named = actorAlias(c);
        return ACTOR_COLUMNS.find(([k, h]) => [foldHeader(k), foldHeader(h)].includes(foldHeader(named)))?.[0] ?? (foldHeader(c) === 'colour' ? 'color' : undefined);
      })
    : ACTOR_COLUMNS.map(([k]) => k);
  // Nothing the #actors and #actor rows hold is dropped unsaid: a column they cannot name, text beyond the last.
  const actorColumns = ACTOR_COLUMNS.map(([, h]) => h).join(', ');
  actorFields.forEach((field, i) => {
    const name = actorHeader?.cells[i + 1]?.trim() ?? '';
    if (field === undefined && name !== '') problems.push({ code: 'unknown-column', path: cellLocation(actorHeader!.row, name), message: `is not a column of #actors (ignored); use ${actorColumns}` });
  });
  for (const r of actorRows) {
    const beyond = r.cells.slice(actorFields.length + 1).filter((c) => c.trim() !== '');
    if (beyond.length > 0) problems.push({ code: 'ignored-cells', path: cellLocation(r.row), message: `has text after the last column of #actors (ignored): ${beyond.slice(0, 3).map((c) => quoteValue(c.trim())).join(', ')}${beyond.length > 3 ? ` and ${beyond.length - 3} more` : ''}; name its column in the #actors row (${actorColumns})` });
  }
  const actorIds = new Set<string>();
  type DeclaredActor = Record<string, string> & { translations?: Record<string, Record<string, string>> };
  const declared: DeclaredActor[] = actorRows.map((r) => {
    const a: DeclaredActor = {};
    r.cells.slice(1).forEach((cell, i) => {
      const field = actorFields[i];
      // An actor's id, name (in any language), colour…: what names it, without zero-width characters.
      const value = withoutZeroWidth(cell);
      if (field === undefined || value.trim() === '') return;
      if (typeof field === 'object') ownChild((a.translations ??= {}), field.lang)[field.field] = value;
      else a[field] = field === 'id' || field === 'color' ? value.trim() : value;
    });
    if (a.id === undefined && a.name !== undefined) a.id = uniqueSlug(a.name, actorIds, 'actor');
    else if (a.id !== undefined) actorIds.add(a.id);
    return a;
  });
  // A row repeating an earlier #actor row's id fills in what that one leaves empty; where they differ, the first is kept. Each said, naming both rows.
  const actors: DeclaredActor[] = [];
  /** The #actor row of each of `actors`, for the validator's `actors[1]` to be placed at. */
  const keptActorRows: CsvRow[] = [];
  const actorById = new Map<string, number>();
  const actorHeaderOf = (field: string | { lang: string; field: string }) => {
    const i = actorFields.findIndex((f) => (typeof f === 'object' && typeof field === 'object' ? f.lang === field.lang && f.field === field.field : f === field));
    return actorHeader && i >= 0 ? actorHeader.cells[i + 1]!.trim() : (ACTOR_COLUMNS.find(([k]) => k === field)?.[1] ?? String(field));
  };
  /** For each kept actor, the repeated #actor row each value merged into it came from, by its path (`color`, `translations.ru.name`). */
  const addedByRow: Map<string, CsvRow>[] = [];
  declared.forEach((a, k) => {
    const r = actorRows[k]!;
    const at = a.id === undefined ? undefined : actorById.get(a.id);
    if (at === undefined) {
      if (a.id !== undefined) actorById.set(a.id, actors.length);
      actors.push(a);
      keptActorRows.push(r);
      return;
    }
    const firstRow = cellLocation(keptActorRows[at]!.row);
    const places = { at: cellLocation(r.row), first: firstRow, name: actorHeaderOf, placeOf: (field: ActorField) => cellLocation(r.row, actorHeaderOf(field)) };
    const supplied = (addedByRow[at] ??= new Map());
    problems.push(...mergeRepeatedActor(actors[at]!, a, places, (field) => supplied.set(actorFieldPath(field), r)));
  });
  // Each with its names in other languages (`name [ru]`), which name it in `from` and `to` too.
  const registry = actorRegistry(actors.filter((a) => a.id !== undefined && a.name !== undefined) as { id: string; name: string; color?: string }[]);
  const addedAt: { row: number; header: string }[] = [];

  const columns = header ? readEventHeader(header, problems) : [];
  // Without a column every event needs, every row would fail on it: one problem says so instead.
  const missing = header && missingColumnsProblem(header, columns);
  if (missing) {
    const rows = eventRows.length + leftOut;
    return { format: 'dataset-csv', dataset: { version: 1, title: meta.title ?? options.fallbackTitle ?? '', actors: [], events: [] }, problems: [missing, ...problems], leftOut: rows, refused: true, locate: (path) => path };
  }
  // A lone source column is its source's url and title alike (`sources.2.lone`: datasetCsvHeader.ts).
  const keysOf = (c: EventColumn) => (c.key.endsWith(`.${LONE_SOURCE_FIELD}`) ? ['url', 'title'].map((f) => c.key.replace(LONE_SOURCE_FIELD, f)) : [c.key]);
  const headerByKey = new Map(columns.flatMap((c) => keysOf(c).map((k) => [k, c.header] as const)));
  /** A key's column as the sheet heads it, or as it would head it (in Russian if its other columns are). */
  const russianHeads = headsInRussian(columns);
  const headerOf = (key: string): string => headerByKey.get(key) ?? defaultHeader(key, russianHeads);
  const colByKey = new Map(columns.flatMap((c) => keysOf(c).map((k) => [k, c.col] as const)));
  const dateColumns = columns.filter((c) => DATE_FIELDS.has(c.key) || /^sources\.\d+\.date$/.test(c.key));
  // The file's own evidence first; with none, the order the reader chose, else their locale's (or day first).
  const inferred = inferDateOrder(
    (function* () {
      for (const r of eventRows) for (const c of dateColumns) yield r.cells[c.col] ?? '';
    })(),
    options.dateOrder ?? options.defaultDateOrder,
  );
  const order = options.dateOrder ? { ...inferred, order: options.dateOrder } : inferred;
  if (order.conflict) {
    problems.push(detailedProblem('ambiguous-dates', '(file)', { key: 'datesConflict', order: order.order }));
  } else if (order.ambiguous !== undefined) {
    const example = readCellDate(order.ambiguous, order.order)!.iso;
    problems.push(detailedProblem('ambiguous-dates', '(file)', { key: 'datesOrder', value: order.ambiguous, example, order: order.order, chosen: options.dateOrder !== undefined }));
  }

  // Ids first, so that an id made from a title never takes one that a later row writes.
  const idColumn = columns.find((c) => c.key === 'id');
  const takenIds = new Set(idColumn ? eventRows.map((r) => withoutZeroWidth(r.cells[idColumn.col] ?? '').trim()).filter((s) => s !== '') : []);
  /**
   * Ids written with characters an id cannot hold (`A1`, `Письмо 1`, `x_y`), as the id each is
   * read as (its slug: `a1`, `pismo-1`, `x-y`); an `in reply to` cell names them either way.
   */
  const readIds = new Map<string, string>();
  for (const written of takenIds) {
    const slug = PATTERNS.slug.test(written) ? '' : slugify(written);
    if (slug !== '') readIds.set(written, slug);
  }
  for (const slug of readIds.values()) takenIds.add(slug);
  /** Per event, the numbers of its quote/source/media columns when they are not 1, 2, 3… (a set left empty). */
  const groupNumbers = new Map<number, Partial<Record<GroupName, number[]>>>();

  // Each column's field worked out once, not once per cell.
  const plan = columns.map((c) => {
    const [first, n, ...rest] = c.key.split('.');
    const group = (GROUP_NAMES as string[]).includes(first!) ? (first as GroupName) : undefined;
    const field = group ? rest.join('.') : c.key;
    const translated = TRANSLATION_KEY.exec(c.key);
    // A quote's own translations: `quote 1 speaker [ru]` fills quotes[0].translations.ru.speaker.
    const quoteTranslated = group === 'quotes' ? TRANSLATION_KEY.exec(field) : null;
    // A tag is one key, dots and all: `title [ru.x]` is language "ru.x" (refused), not "ru" with a field "x".
    const path = translated ? ['translations', translated[1]!, translated[2]!] : quoteTranslated ? ['translations', quoteTranslated[1]!, quoteTranslated[2]!] : field.split('.');
    return {
      ...c,
      group,
      n: Number(n),
      field,
      path,
      translated: translated ? { lang: translated[1]!, field: translated[2]! } : undefined,
      quoteTranslated: quoteTranslated ? { lang: quoteTranslated[1]!, field: quoteTranslated[2]! } : undefined,
    };
  });

  const fromColumn = columns.find((c) => c.key === 'from');
  /** The names the file's rows send from, as actors are matched (case and spacing aside). */
  const senders = new Set(fromColumn ? eventRows.map((r) => foldName(withoutZeroWidth(r.cells[fromColumn.col] ?? ''))) : []);

  /** By row, a `from` cell that held no visible character, as written. */
  const invisibleSenders = new Map<number, string>();
  /** The file's Excel serial days, said once (serialDates.ts). */
  const serials = serialDates();
  const events = eventRows.map((r, index) => {
    const e: Record<string, unknown> = {};
    /** A date cell's words marked the event approximate (a part of a month, ~2022): so it is, whatever the approximate column's order or word. */
    let markedApproximate = false;
    const groups: Partial<Record<GroupName, Map<number, Record<string, unknown>>>> = {};
    for (const c of plan) {
      const cell = r.cells[c.col];
      if (cell === undefined || cell.trim() === '') continue;
      // A span of days written in the date cell (7–8 марта 2022) of a row with no date end: its start and its end.
      const span = c.key === 'date' ? dateSpan(cell, r) : null;
      if (span) {
        e.date = keptDate(span.start, cell, r.row, c);
        e.dateEnd = keptDate(span.end, cell, r.row, c);
        // Marked approximate (около 7–8 марта 2022, ~7–10 March 2022): the span, the event marked approximate, said.
        if (span.approximate) {
          markedApproximate = true;
          problems.push(detailedProblem('approximate-date', cellLocation(r.row, c.header), { key: 'approximateDate', value: cell.trim(), kept: `${span.start.iso} – ${span.end.iso}` }));
        }
        continue;
      }
      // A quarter or a part of a month written in words (III квартал 2022, early March 2022): the window of its dates, said;
      // beside a date end of the row's own, from the window's start to that end (the validator says an end before it).
      const window = c.key === 'date' ? dateWindow(cell, r) : null;
      if (window) {
        e.date = window.start;
        const value = cell.trim();
        if (window.toEnd) problems.push(detailedProblem('date-window', cellLocation(r.row, c.header), { key: 'dateWindowToEnd', value, start: window.start, approximate: window.approximate }));
        else {
          e.dateEnd = window.end;
          problems.push(detailedProblem('date-window', cellLocation(r.row, c.header), { key: 'dateWindow', value, start: window.start, end: window.end, approximate: window.approximate }));
        }
        if (window.approximate) markedApproximate = true;
        continue;
      }
      // The same in the date end cell (III квартал 2022 to IV квартал 2022): where the period ends, said.
      const endWindow = c.key === 'dateEnd' && !readCellDate(withoutZeroWidth(cell), order.order) ? readDateWindow(withoutZeroWidth(cell).trim()) : null;
      if (endWindow) {
        e.dateEnd = endWindow.end;
        if (endWindow.approximate) markedApproximate = true;
        problems.push(detailedProblem('date-window', cellLocation(r.row, c.header), { key: 'dateWindowEnd', value: cell.trim(), end: endWindow.end, approximate: endWindow.approximate }));
        continue;
      }
      // A date marked approximate with a sign or a word (~2022, около 2022, circa 2022): the date, the event marked approximate, said.
      const approximate = c.key === 'date' || c.key === 'dateEnd' ? readApproximateDate(withoutZeroWidth(cell), order.order) : null;
      if (approximate) {
        e[c.key] = keptDate(approximate, cell, r.row, c);
        markedApproximate = true;
        problems.push(detailedProblem('approximate-date', cellLocation(r.row, c.header), { key: 'approximateDate', value: cell.trim(), kept: approximate.iso }));
        continue;
      }
      const value = readField(c.field, cell, r.row, c, c.group !== undefined);
      if (value === undefined) continue;
      if (c.group !== undefined) {
        const g = (groups[c.group] ??= new Map());
        let record = g.get(c.n);
        if (!record) g.set(c.n, (record = {}));
        if (c.field === LONE_SOURCE_FIELD) readLoneSource(record, cell);
        else setPath(record, c.path, value);
      } else setPath(e, c.path, value);
    }
    if (markedApproximate) e.approximate = true;
    const cellAt: CellAt = (key) => {
      const col = colByKey.get(key);
      return { header: headerOf(key), value: col === undefined ? undefined : r.cells[col] };
    };
    for (const g of GROUP_NAMES) {
      const records = groups[g];
      if (!records) continue;
      for (const [n, record] of [...records]) {
        if (g === 'media' && record.kind === undefined && typeof record.url === 'string') record.kind = mediaKindOf(record.url);
        if (g === 'sources' && typeof record.url === 'string') {
          // A source given only as a link is named after it (sourceFromLink.ts) rather than left out.
          const named = sourceFromLink(record.url);
          if (named) {
            record.title ??= named.title;
            record.publisher ??= named.publisher;
          }
        }
        if (!keepRecord(g, n, record, r.row, cellAt, problems)) records.delete(n);
      }
      if (records.size === 0) continue;
      const numbers = [...records.keys()].sort((a, b) => a - b);
      e[g] = numbers.map((n) => records.get(n)!);
      if (numbers.some((n, k) => n !== k + 1)) groupNumbers.set(index, { ...groupNumbers.get(index), [g]: numbers });
    }
    checkVerification(e, r.row, cellAt, problems);
    // A row with a summary and no title is titled from its summary's first line, as a TimelineJS slide without a headline is.
    // So is one whose title has no visible character (a zero-width space): the schema would refuse it (PATTERNS.visible).
    const invisible = typeof e.title === 'string' && !PATTERNS.visible.test(e.title) ? e.title : undefined;
    if ((e.title === undefined || invisible !== undefined) && typeof e.summary === 'string' && PATTERNS.visible.test(e.summary)) {
      const title = titleFromText(e.summary);
      e.title = title;
      const detail = invisible === undefined ? ({ key: 'noTitle', where: 'row', title } as const) : ({ key: 'invisibleTitle', where: 'row', value: invisible, title } as const);
      problems.push(detailedProblem('no-title', cellLocation(r.row, cellAt('title').header), detail));
    }
    // A row whose summary is still to be written is shown with its title repeated, as a TimelineJS slide without text is, not left out.
    if (e.summary === undefined && typeof e.title === 'string' && e.title !== '' && PATTERNS.visible.test(e.title)) {
      e.summary = e.title;
      problems.push({ code: 'no-summary', path: cellLocation(r.row, cellAt('summary').header), message: 'is empty: the summary repeats the title' });
    }
    if (e.id === undefined) {
      // The title as the row has it, or as made from its summary.
      const title = typeof e.title === 'string' ? e.title : '';
      e.id = uniqueSlug(title, takenIds, `event-${r.row}`);
    }
    e.to ??= [];
    e.sources ??= [];
    return e;
  });
  const serialNote = serials.problem();
  if (serialNote) problems.push(serialNote);

  /**
   * A lone source column's cell: an address is the source's url (named after it below, as a
   * `source 1 url` alone is: sourceFromLink.ts); other text is its title.
   */
  function readLoneSource(record: Record<string, unknown>, cell: string): void {
    const url = withoutZeroWidth(cell).trim();
    if (/^https?:\/\/\S+$/i.test(url)) record.url = url;
    else record.title = cell;
  }

  /** A date as read, said where its year had two digits or its time was left out; a serial day noted. */
  function keptDate(d: NonNullable<ReturnType<typeof readCellDate>>, cell: string, row: number, c: EventColumn): string {
    serials.add(cellLocation(row, c.header), cell, d);
    if (d.twoDigitYear) problems.push(detailedProblem('short-year', cellLocation(row, c.header), { key: 'twoDigitYear', value: cell, kept: d.iso }));
    if (d.droppedTime !== undefined) problems.push(detailedProblem('time-dropped', cellLocation(row, c.header), { key: 'timeDropped', time: d.droppedTime, kept: d.iso }));
    return d.iso;
  }

  /** A date cell that is no date but a span of days (readCellDateRange), perhaps marked approximate, in a row whose date end is empty; else null. */
  function dateSpan(raw: string, r: CsvRow): { start: CellDate; end: CellDate; approximate: boolean } | null {
    const cell = withoutZeroWidth(raw).trim();
    const endCol = colByKey.get('dateEnd');
    if (readCellDate(cell, order.order) || (endCol !== undefined && (r.cells[endCol] ?? '').trim() !== '')) return null;
    const span = readCellDateRange(cell, order.order);
    if (span) return { ...span, approximate: false };
    const marked = readApproximateDateRange(cell, order.order);
    return marked && { ...marked, approximate: true };
  }

  /** Whether a name has a character that shows (PATTERNS.visible), zero-width ones aside. */
  function shows(name: string): boolean {
    const cell = withoutZeroWidth(name).trim();
    return cell !== '' && PATTERNS.visible.test(cell);
  }

  /** A date cell that is no date but a quarter or a part of a month (readDateWindow), and whether its row has a date end of its own (`toEnd`); else null. */
  function dateWindow(raw: string, r: CsvRow): (DateWindow & { toEnd: boolean }) | null {
    const window = readDateWindow(withoutZeroWidth(raw).trim());
    const endCol = colByKey.get('dateEnd');
    return window && { ...window, toEnd: endCol !== undefined && (r.cells[endCol] ?? '').trim() !== '' };
  }

  function readField(field: string, raw: string, row: number, c: EventColumn, inGroup: boolean): unknown {
    if (TEXT_FIELDS.has(field) || field.startsWith('translations.')) return raw;
    // Every other cell names or identifies something (an id, an actor, a kind, a language, a date): no zero-width characters.
    const cell = withoutZeroWidth(raw).trim();
    // A word the format does not have is passed on as written, for the message to quote it so.
    if (inGroup && field === 'kind') return (MEDIA_KINDS as readonly string[]).find((k) => k === foldWord(cell)) ?? cell;
    if (!inGroup && isWordField(field)) {
      const id = vocabularyWord(field, cell);
      if (id !== undefined) return id;
      // A look-alike letter typed or pasted by a slip ("Пиcьмо" with a Latin "c"): read as the word it looks like, and said.
      const mixed = mixedScriptLetters(cell);
      const read = mixed ? vocabularyWord(field, inOneAlphabet(cell, mixed.alphabet)) : undefined;
      if (!mixed || read === undefined) return cell;
      problems.push(detailedProblem('mixed-script', cellLocation(row, c.header), { key: 'mixedScriptsWord', value: cell.trim(), ...mixed, field, id: read }));
      return read;
    }
    if (field === 'id') {
      const id = readIds.get(cell);
      if (id === undefined) return cell;
      // A row's number written "1." or "1)" is its number: nothing to say.
      if (c.numbering && /^\d+[.)]$/.test(cell)) return id;
      problems.push(detailedProblem('bad-format', cellLocation(row, c.header), { key: 'idRead', value: cell, id }));
      return id;
    }
    // A reply to an id written so is to the id it was read as; one to no row's id, as its slug, to be said as a link to no event (not a reason to leave the event out).
    if (field === 'inReplyTo') return splitList(cell).map((ref) => readIds.get(ref) ?? (PATTERNS.slug.test(ref) ? ref : slugify(ref) || ref));
    if (DATE_FIELDS.has(field) || (inGroup && field === 'date')) {
      const d = readCellDate(cell, order.order);
      // A source's date only dates the source: it is left out, said at its cell, and the event kept
      // (an event's own dates place it, so the validator leaves the event out and says so).
      if (!d && inGroup) {
        problems.push(leftOutSaid(detailedProblem('invalid-date', cellLocation(row, c.header), { key: 'invalidDay', value: cell }), 'value'));
        return undefined;
      }
      if (!d) return cell; // the validator says what is wrong with it
      return keptDate(d, cell, row, c);
    }
    if (field === 'approximate') {
      const word = cell.toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      return cell;
    }
    // A sender or recipient of characters none of which shows names no actor (its id would be made up):
    // a sender is then missing, said by the validator as what the cell held (invisibleCell); a recipient left out, said.
    if (field === 'from') {
      if (PATTERNS.visible.test(cell) && cell !== '') return actor(cell, row, c);
      invisibleSenders.set(row, raw.trim());
      return undefined;
    }
    if (field === 'to') {
      const names = recipients(cell);
      for (const name of names.filter((n) => !shows(n))) {
        problems.push(leftOutSaid(detailedProblem('bad-format', cellLocation(row, c.header), { key: 'badFormat', value: name, form: 'visible' }), 'value'));
      }
      return names.filter(shows).map((name) => actor(name, row, c));
    }
    if (field === 'tags') return splitList(cell);
    return cell;
  }

  /**
   * A `to` cell's names, as any list cell's (splitList): "NASA; ESA" or "NASA, ESA". A cell without
   * a semicolon whose whole text names an actor the file knows (declared, or a sender) is that one
   * actor, commas and all.
   */
  function recipients(cell: string): string[] {
    const whole = cell.trim();
    if (!whole.includes(LIST_SEPARATOR) && (registry.find(whole) !== undefined || senders.has(foldName(whole)))) return [whole];
    return splitList(cell);
  }

  function actor(name: string, row: number, c: EventColumn): string {
    const { id, added, sameIdAs } = registry.findOrAdd(name);
    if (added) {
      addedAt.push({ row, header: c.header });
      const mixed = mixedScriptLetters(name);
      if (mixed) problems.push(detailedProblem('mixed-script', cellLocation(row, c.header), { key: 'mixedScripts', value: name.trim(), ...mixed }));
      // One actor written two ways (NASA, НАСА; Roscosmos, Roscosmos.) gives two lanes: said, declared or not.
      if (sameIdAs !== undefined && !mixed) {
        problems.push(detailedProblem('actor-added', cellLocation(row, c.header), { key: 'actorSpelledOtherwise', value: name.trim(), id, other: sameIdAs }));
      } else if (actorRows.length > 0) {
        problems.push(detailedProblem('actor-added', cellLocation(row, c.header), { key: 'actorAdded', value: name, id }));
      }
    }
    return id;
  }

  let title = meta.title;
  if (title === undefined) {
    title = options.fallbackTitle ?? UNTITLED_DATASET;
    problems.push(detailedProblem('no-title', '(file)', { key: 'noTitle', where: 'sheet', title }));
  }
  if (!header) problems.push({ code: 'no-header', path: '(file)', message: 'has no header row (id, date, kind, from, to, title, summary, …)' });
  // `#lang` as a tag or a language's name (`русский`, `Russian`), as a quote's language is read. A translation into it is said by the validator (sameLanguage.ts).
  const sheetLang = meta.lang === undefined ? undefined : languageTag(withoutZeroWidth(meta.lang)) ?? withoutZeroWidth(meta.lang).trim();
  const dataset: RawDataset = { version: 1, title, actors: [...actors, ...registry.added.map((a) => ({ ...a }))], events };
  if (meta.description !== undefined) dataset.description = meta.description;
  if (meta.credit !== undefined) dataset.credit = meta.credit;
  if (sheetLang !== undefined) dataset.lang = sheetLang;
  if (Object.keys(translations).length > 0) dataset.translations = translations;

  function eventColumn(index: number, rest: string): string | undefined {
    const m = /^(quotes|sources|media)(?:\[(\d+)\](?:\.(.+))?)?$/.exec(rest);
    if (m) {
      const g = m[1] as GroupName;
      const k = Number(m[2] ?? 0);
      const n = groupNumbers.get(index)?.[g]?.[k] ?? k + 1;
      if (g === 'quotes' && m[3]?.startsWith('translations')) {
        // A quote's `speaker [ru]` column, as for the event's own translations; all its languages at once (too many), its first.
        const r = eventRows[index];
        const own = plan.filter((c) => c.group === 'quotes' && c.n === n && c.quoteTranslated);
        const texts = own.flatMap((c) => (r && (r.cells[c.col] ?? '').trim() !== '' ? [{ ...c.quoteTranslated!, place: c.header }] : []));
        return translationPlaces(texts).get(m[3]) ?? own[0]?.header;
      }
      const fields = COLUMN_GROUPS[g].fields.map(([p]) => p as string);
      const field = fields.find((f) => m[3] === undefined || f === m[3] || f.startsWith(`${m[3]}.`)) ?? fields[0]!;
      const key = `${g}.${n}.${field}`;
      return headerOf(key);
    }
    let key = rest.replace(/\[\d+\]$/, '');
    if (key === 'verification') key = 'verification.status';
    // The event's translations as a whole (more languages than allowed) are its row's, not a column's.
    if (key === '' || key === 'translations') return undefined;
    return headerOf(key);
  }

  const datasetTranslations = translationPlaces(translationRows);
  const locate = (path: string): string => {
    if (path === 'title' || path === 'description' || path === 'credit' || path === 'lang') {
      const row = metaRows.get(path);
      return row === undefined ? '(file)' : cellLocation(row);
    }
    // A `#title [ru]` row's: at its row, as the other metadata rows' are; all of them at once (too many languages), the file's.
    const translationRow = datasetTranslations.get(path);
    if (translationRow !== undefined) return cellLocation(translationRow);
    if (path === 'translations') return '(file)';
    const at = splitDatasetPath(path);
    // `events` is the file's events as a whole (none valid, too many), not its header row.
    if (!at) return path === 'events' ? '(file)' : path;
    if (at.list === 'events') {
      const r = eventRows[at.index];
      if (!r) return path;
      // A `title [ru]` column's, as the header writes it: the texts the row fills in.
      const texts = plan.flatMap((c) => (c.translated && (r.cells[c.col] ?? '').trim() !== '' ? [{ ...c.translated, place: c.header }] : []));
      return cellLocation(r.row, translationPlaces(texts).get(at.rest) ?? eventColumn(at.index, at.rest));
    }
    // A value a repeated #actor row added is said at that row (a colour that is none, a name too long).
    const declaredRow = addedByRow[at.index]?.get(at.rest) ?? addedByRow[at.index]?.get(at.rest.split('.')[0]!) ?? keptActorRows[at.index];
    if (declaredRow) {
      // A `name [ru]` column's, as the #actors row writes it: the texts the #actor row fills in.
      const texts = actorFields.flatMap((f, i) => (typeof f === 'object' && (declaredRow.cells[i + 1] ?? '').trim() !== '' ? [{ ...f, place: f.header }] : []));
      const translated = translationPlaces(texts).get(at.rest);
      if (translated !== undefined) return cellLocation(declaredRow.row, translated);
      // Any other field's, as the #actors row names it (`Colour`), else as the layout does (the column to add).
      const field = at.rest.split('.')[0];
      const col = actorHeader ? actorFields.indexOf(field) : -1;
      return cellLocation(declaredRow.row, col >= 0 ? actorHeader!.cells[col + 1]!.trim() : ACTOR_COLUMNS.find(([k]) => k === field)?.[1]);
    }
    const added = addedAt[at.index - keptActorRows.length];
    return added ? cellLocation(added.row, added.header) : path;
  };

  const valueAbove = (path: string): { value: string; at: string } | undefined => {
    const at = splitDatasetPath(path);
    const col = at?.list === 'events' && MERGED_COLUMNS.has(at.rest) ? colByKey.get(at.rest) : undefined;
    if (col === undefined || eventRows[at!.index] === undefined) return undefined;
    for (let i = at!.index - 1; i >= 0; i--) {
      const value = (eventRows[i]!.cells[col] ?? '').trim();
      if (value !== '') return { value, at: cellLocation(eventRows[i]!.row) };
    }
    return undefined;
  };

  const invisibleCell = (path: string): string | undefined => {
    const at = splitDatasetPath(path);
    const r = at?.list === 'events' && at.rest === 'from' ? eventRows[at.index] : undefined;
    return r && invisibleSenders.get(r.row);
  };

  return { format: 'dataset-csv', dataset, problems, leftOut, locate, valueAbove, invisibleCell };
}
