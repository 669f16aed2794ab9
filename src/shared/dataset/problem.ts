import type { Alphabet } from '../text/mixedScripts.ts';
import { isolated } from '../text/isolated.ts';
import { LIMITS } from './limits.ts';
import type { PatternForm } from './patternForms.ts';
import type { UrlFault } from './sourceUrl.ts';

/**
 * What kind of problem it is, for code that acts on problems (the page's error for an unusable
 * file, importers' warnings); the message says it in words for the reader. Every kind any check
 * reports is listed here, once: a new check adds its code to this union.
 */
export type ProblemCode =
  // The file as a whole (path "(file)"): nothing can be shown.
  | 'too-large' // more bytes than LIMITS.fileBytes
  | 'empty-file'
  | 'html-page' // a web page came back instead of JSON
  | 'truncated' // JSON that stops before its end
  | 'not-json'
  | 'not-a-dataset' // JSON, but not an object
  | 'too-deep' // nested deeper than LIMITS.depth
  // One value against the schema (or the top-level checks).
  | 'required'
  | 'wrong-type'
  | 'wrong-version'
  | 'not-allowed' // not one of the allowed words (kind, status)
  | 'too-short' // an empty text
  | 'too-long'
  | 'too-few' // a list with fewer items than needed
  | 'too-many' // a list with more items than allowed (actors, events, any list in an event)
  | 'bad-format' // an id, language tag or colour that does not match its pattern
  | 'invalid-date'
  | 'unknown-field'
  // Across records and links.
  | 'duplicate-id'
  | 'unknown-actor'
  | 'date-end-before-date'
  | 'time-zone' // unknown, on a date without a time, or not matching the date's offset
  | 'non-https-url' // a source URL that is not a valid https URL (shown as text)
  | 'missing-reply' // inReplyTo names no kept event
  | 'reply-cycle'
  | 'no-valid-events'
  // Kept, with a note for the reader (WARNINGS below).
  | 'unsourced' // an event with no source: shown marked "Unsourced", never given one
  // Reading a spreadsheet or a TimelineJS file (src/shared/import).
  | 'not-text' // a workbook, ZIP or PDF instead of CSV or JSON
  | 'wrong-encoding' // UTF-16, or text that is not UTF-8
  | 'legacy-encoding' // a spreadsheet whose bytes are not UTF-8, read in the Windows code page they look like (legacyEncoding.ts)
  | 'unknown-layout' // text that is none of the four inputs (or TimelineJS 2)
  | 'bad-quotes' // a quoted cell with text after its closing quote
  | 'no-header' // a spreadsheet without a header row
  | 'unknown-column' // a header cell that names no field (ignored)
  | 'duplicate-column' // a header cell naming a field an earlier one named (ignored)
  | 'unknown-row' // a "#…" row that is not a metadata row, a row above the header or one repeating it (skipped)
  | 'ignored-cells' // a spreadsheet row's text in a column its header does not name: after the last column of #actors, under a blank header cell (ignored)
  | 'ambiguous-dates' // 03/04/2022 with no evidence of the order, or both orders in one file
  | 'time-dropped' // a time of day without a time zone: only the day is kept
  | 'actor-added' // an actor named in an event but not declared: added
  | 'mixed-script' // an actor's name mixing Latin and Cyrillic letters in one word (a look-alike slip): an actor of its own; a kind or status: read as the word it looks like
  | 'no-title' // a timeline or event title made from the file name or the text
  | 'no-summary' // an event without text: the summary repeats the title
  | 'not-carried-over' // in the file, but the app has no place for it (eras, backgrounds, years before 1, embedded media)
  | 'extra-cells' // a spreadsheet row with more cells than its header has columns (left out: its values are misaligned)
  | 'date-precision' // a TimelineJS month or day that is not a plain number: the date is kept with less precision
  | 'date-window' // a spreadsheet's date cell writing a period in words (III квартал 2022, early March 2022): read as a window of dates, said
  | 'second-title' // a TimelineJS sheet's second title row: read as an ordinary event, as TimelineJS reads it
  | 'serial-date' // a spreadsheet's date cells writing Excel serial day numbers (44632): read in the 1900 date system, said once with the 1904 system's day
  | 'approximate-date' // a spreadsheet's date cell marked approximate with a sign or a word (~2022, около 2022, circa 2022): the date read, the event marked approximate, said
  | 'short-year' // a TimelineJS year of one or two digits, kept as TimelineJS reads it (22 is the year 22); a spreadsheet's 12.03.22, read as 2022
  | 'missing-columns' // a spreadsheet header without a column every event needs: nothing is read
  | 'incomplete-set' // a spreadsheet's quote, source, media item or verification without a field it needs: left out, the event kept
  | 'split-text' // a spreadsheet metadata row's text over several cells (a separator in it, unquoted): read as one text
  | 'renamed-id' // a spreadsheet row's or TimelineJS slide's id an earlier one has: kept under a new id
  | 'column-read-as' // a spreadsheet column read as another field than its name says (a lone "source" after numbered ones: source 3)
  | 'same-language' // a translation in the dataset's own language (`translations.ru` beside `lang: "ru"`, a sheet's `title [ru]` column beside #lang ru): kept, said
  | 'row-numbers' // a spreadsheet's "№" column numbering its rows beside an id column: not read, said
  | 'merged-actor' // a spreadsheet's #actor row repeating an earlier one's id: what it adds is merged into that actor
  | 'no-original'; // a translation of a text its event or quote does not have (an author): kept, never shown
  // (was: a spreadsheet column read as another field than its name says (a lone "source" after numbered ones: source 3)

/**
 * Notes rather than faults: nothing in the file is wrong, but the reader should know (an event
 * without a source; what an importer could not carry over or had to decide). `npm run validate`
 * passes with them, and fails on them only with `--strict` (for publishing).
 */
export const WARNINGS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'unsourced',
  'time-dropped',
  'ambiguous-dates',
  'actor-added',
  'no-title',
  'no-summary',
  'not-carried-over',
  'date-precision',
  'date-window',
  'approximate-date',
  'serial-date',
  'second-title',
  'short-year',
  'legacy-encoding',
  'mixed-script',
  'split-text',
  'renamed-id',
  'column-read-as',
  'no-original',
  'same-language',
  'merged-actor',
  'row-numbers',
]);

/** A translated field whose original an event or a quote may lack (translatedOriginals.ts). */
export type NoOriginalField = 'author' | 'dateNote' | 'verificationNote' | 'speaker' | 'translationBy';

/** The code pages a spreadsheet that is not UTF-8 is read in: Excel's "CSV" in a Russian and in a Western European Windows, and its "CSV (MS-DOS)" in a Russian one. */
export type CodePage = 'windows-1251' | 'windows-1252' | 'ibm866';

/** The JSON types a value can be expected to have or have instead, each said in words in every language. */
export type ValueType = 'text' | 'number' | 'boolean' | 'list' | 'object';

/** What a file that is not text (or a web page) is, by its first bytes: named in the message that refuses it. */
export type NotTextKind = 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'html';

/**
 * What a problem's message needs to be written in any language (the problem texts' `problemDetails`,
 * src/shared/i18n/problemDetailText.ts): the values, as they are in the file, and what was kept.
 */
export type ProblemDetail =
  | { key: 'extraCells'; cells: number; columns: number }
  /** A spreadsheet cell's text (`value`) under a header cell left blank: not read. */
  | { key: 'unnamedColumn'; value: string }
  /** A metadata row's text in `cells` cells instead of one: read as one text, joined with the separator. */
  | { key: 'splitText'; cells: number }
  /** A TimelineJS month or day kept out of the date (`kept`): not a number, out of range, a day without a month, or (noSuchDay) a day its month does not have. */
  | { key: 'notAMonth' | 'notADay' | 'dayWithoutMonth' | 'noSuchDay'; value: string; kept: string }
  | { key: 'shortYear'; value: string; kept: string }
  /** A row above a TimelineJS sheet's header row (at row `header`), such as a newsroom's instructions: skipped. */
  | { key: 'aboveHeader'; header: number }
  /** A spreadsheet row that repeats its header row (at row `header`), as when two sheets are pasted together: skipped. */
  | { key: 'repeatedHeader'; header: number }
  /** A spreadsheet date (`value`, as written) whose year has two digits (12.03.22): read as spreadsheets read it, as `kept`. */
  | { key: 'twoDigitYear'; value: string; kept: string }
  /** A spreadsheet date cell (`value`, as written) that names a quarter or a part of a month: read as the dates `start` to `end` (date, dateEnd), `approximate` for a part of a month. */
  | { key: 'dateWindow'; value: string; start: string; end: string; approximate: boolean }
  /** A date cell's Excel serial day (`value`, as written; `others` more in the file): read in the 1900 date system as `kept`; `kept1904` in the 1904 system. */
  | { key: 'serialDates'; value: string; kept: string; kept1904: string; others: number }
  /** A spreadsheet date cell (`value`, as written) marked approximate (~2022, около 2022, circa 2022): read as `kept`, the event marked approximate. */
  | { key: 'approximateDate'; value: string; kept: string }
  /** As dateWindow, in a row with a date end of its own: read from the window's `start` to that end. */
  | { key: 'dateWindowToEnd'; value: string; start: string; approximate: boolean }
  /** As dateWindow, in the date end cell: read as the window's `end`. */
  | { key: 'dateWindowEnd'; value: string; end: string; approximate: boolean }
  /** A quote, source, media item or verification left out: the value it had, and the columns (as the file names them) that it lacks. */
  | { key: 'incompleteSet'; value: string; missing: readonly string[] }
  /**
   * A spreadsheet's verification status (unknownStatus) or event kind (unknownKind) that names none
   * of the format's words, as written; listed by the names the legend shows, which a sheet reads in
   * every language. The verification was left out; the event, for a kind.
   */
  | { key: 'unknownStatus'; value: string }
  | { key: 'unknownKind'; value: string }
  /** A spreadsheet's `approximate` cell (as written) that is none of the words read as true or false. */
  | { key: 'notABoolean'; value: string }
  /** A file refused for what it is: a workbook (to be saved as CSV), or another file that is not a spreadsheet or JSON. */
  | { key: 'workbook'; what: NotTextKind }
  | { key: 'notText'; what: NotTextKind }
  /** A header without columns every event needs (`missing`), and all those it needs (`needed`), as headers. */
  | { key: 'missingColumns'; missing: readonly string[]; needed: readonly string[] }
  | { key: 'noValidEvents'; events: number }
  /** An id, language tag or colour (`value`, as written) that does not match its pattern (`form`). */
  | { key: 'badFormat'; value: string; form: PatternForm }
  /** A value of the wrong type: what the format `expected`, what the file has (`got`) and, for text, a number or true/false, the `value` itself. */
  | { key: 'wrongType'; expected: ValueType; got: ValueType | 'null'; value?: string | number | boolean }
  /** A format version the app does not read: what the file has (`got`, and `value` as wrongType's), and the `versions` the app reads. */
  | { key: 'wrongVersion'; got: ValueType | 'null'; value?: string | number | boolean; versions: readonly number[] }
  /**
   * A text longer than its field's `limit` that is not cut (an id, an address, a time zone, or any text of a record left out
   * for another fault): its `length`, in characters as the limit counts them, and its start (`value`, already shortened by quoteText).
   */
  | { key: 'tooLong'; value: string; length: number; limit: number }
  /** A date (or a source's day, `invalidDay`) the format does not read or that does not exist, as written. */
  | { key: 'invalidDate'; value: string }
  | { key: 'invalidDay'; value: string }
  /** An actor named in a spreadsheet (`value`, as written) but not declared: added with `id`. */
  | { key: 'actorAdded'; value: string; id: string }
  /** An actor named in an event (`value`) whose id, made from its name, an actor named otherwise (`other`) already has: a spelling of it, perhaps; added as `id`. */
  | { key: 'actorSpelledOtherwise'; value: string; id: string; other: string }
  /** A name (`value`) with a word mixing Latin and Cyrillic letters: the `letters` of the rarer `alphabet`. */
  | { key: 'mixedScripts'; value: string; alphabet: Alphabet; letters: readonly string[] }
  /** A spreadsheet's kind or verification status (`value`, as written) mixing the alphabets likewise: read as the word it looks like (`id`). */
  | { key: 'mixedScriptsWord'; value: string; alphabet: Alphabet; letters: readonly string[]; field: 'kind' | 'verification.status'; id: string }
  /** What a TimelineJS file has that the app cannot show (an era: its label, '' for none). */
  | { key: 'era'; label: string }
  | { key: 'background' }
  | { key: 'embeddedMedia' }
  /** Embedded HTML media with text but no address to link (a <blockquote> alone): its text was added to the slide's text. */
  | { key: 'embedTextKept' }
  /** A TimelineJS group (as written) that differs from an earlier group, `name`, only in case or spacing: put in its lane. */
  | { key: 'groupSpelledOtherwise'; value: string; name: string }
  /** A TimelineJS media item's parts the app has no place for, as the file gives them. */
  | { key: 'mediaPartsLeft'; parts: ('thumbnail' | 'title' | 'link')[] }
  /** The TimelineJS title slide's media or background; a cosmological scale. */
  | { key: 'titleSlideMedia' }
  | { key: 'titleSlideBackground' }
  /** A TimelineJS sheet's second row of Type title: read as an ordinary event, as TimelineJS reads it. */
  | { key: 'secondTitleRow' }
  /** A TimelineJS sheet's Type (as written) that is none of title, era or empty: read as an ordinary event. */
  | { key: 'notATimelineType'; value: string }
  /** A TimelineJS sheet's Time or End Time (as written) that is no time of day: ignored. */
  | { key: 'notATime'; value: string }
  | { key: 'cosmologicalScale' }
  /** A TimelineJS year the app cannot show: the event (`start`) or its end date was left out. */
  | { key: 'yearBefore1'; year: number; part: 'start' | 'end' }
  | { key: 'yearAfter9999'; year: number; part: 'start' | 'end' }
  /** A TimelineJS year that is not a whole number (`value`, as written): the event (`start`) or its end date was left out. */
  | { key: 'notAYear'; value: string; part: 'start' | 'end' }
  /** A TimelineJS year given as an object or a list: said as what it is, not quoted. */
  | { key: 'yearOfType'; type: 'object' | 'list'; part: 'start' | 'end' }
  /** A TimelineJS slide's link that is not https (its text and address, as written): the text is kept, not as a source. */
  | { key: 'linkNotHttps'; text: string; url: string }
  /** A TimelineJS slide's media address (as written): not https, so left out; or a video, map, document or page, kept as a link. */
  | { key: 'mediaNotHttps'; url: string }
  | { key: 'mediaKeptAsLink'; url: string }
  /** A TimelineJS end date with a month, day, time or display date but no year: not carried over. */
  | { key: 'endWithoutYear' }
  /** A TimelineJS slide's media caption, credit or alt text (`value`) with no media address: not carried over. */
  | { key: 'mediaTextWithoutMedia'; value: string }
  /** Embedded HTML media (a tweet's <blockquote>) kept as a link to the address it shows, its text in the caption. */
  | { key: 'embedKeptAsLink'; url: string }
  /** A dataset's (or our spreadsheet's) source or media URL (as written) that cannot be a link: a source is shown as text, a media item left out. */
  | { key: 'sourceUrl'; url: string; fault: UrlFault }
  | { key: 'mediaUrl'; url: string; fault: UrlFault }
  /** More events than the format's `limit` (`count` of them), more actors than its limit, or a list with more items than its limit: nothing (or the event) is read. */
  | { key: 'tooManyEvents'; count: number; limit: number }
  | { key: 'tooManyActors'; limit: number }
  | { key: 'tooManyItems'; limit: number }
  /** An event's time zone (as written) that is no known zone, on a date without a time, or whose offset is not the date's (as written): ignored. */
  | { key: 'timeZone'; zone: string; fault: 'unknown' | 'noTime' | 'offset'; date: string }
  /** A reply link to an id (as written) that no kept event has: its event was left out (`leftOut`), or no event has it. */
  | { key: 'missingReply'; id: string; leftOut: boolean }
  /** A reply link that closes a cycle: the cycle's ids, all of them (`last` empty) or its `first` three and `last` two of `events`. */
  | { key: 'replyCycle'; first: string[]; last: string[]; events: number }
  /** An end date (`value`) before its event's start (`date`), both as written. */
  /** `endLeftOut`: the end date was left out for it (a TimelineJS slide, kept at its start), not the event. */
  | { key: 'endBeforeStart'; value: string; date: string; endLeftOut?: true }
  /** A timeline (a sheet without its #title row, a TimelineJS file or sheet) or a slide without a title: it was given `title`. */
  | { key: 'noTitle'; where: 'sheet' | 'timelinejs' | 'timelinejsSheet' | 'slide' | 'row'; title: string }
  /** A spreadsheet row's title cell or a TimelineJS headline with no visible character (`value`, PATTERNS.visible): titled `title` as an empty one is (a row from its summary). */
  | { key: 'invisibleTitle'; where: 'row' | 'slide'; value: string; title: string }
  /** A TimelineJS headline longer than `limit` characters: the event is kept, its title cut. */
  | { key: 'titleCut'; limit: number }
  /** Another TimelineJS text (a slide's text, date note, group, media caption, credit or alt text; the title slide's text) longer than `limit` characters: kept, cut. */
  | { key: 'textCut'; limit: number }
  /** A TimelineJS slide's link (its text, as written) whose address is longer than `limit` characters: the text is kept, not as a source. */
  | { key: 'linkTooLong'; text: string; limit: number }
  /** A TimelineJS unique_id an earlier slide took (`value`, as written): the slide's id is `id`. */
  | { key: 'renamedId'; value: string; id: string }
  /** A spreadsheet quote with its translation (`value`) but not its text: left out, `missing` (its columns) said. */
  | { key: 'emptyOriginal'; value: string; missing: string[] }
  /** An #actor row repeating actor `id` of the row at `first` (a place): the `added` columns (as the sheet names them) filled in what that one left empty. */
  | { key: 'actorMerged'; id: string; first: string; added: string[] }
  /** As actorMerged, where the rows differ: the first's values kept, this row's `values` (in their columns) left out. */
  /** A JSON source with a url but without the `missing` fields that name it (title, publisher): left out. */
  /** A TimelineJS sheet heading its `columns` in Russian (`header`, as written), each read as its English `column`. */
  /** A repeated actor whose first gives values (`values`, as in actorConflict) the format cannot use, where the repeat's it can: the repeat's kept. */
  | { key: 'actorReplaced'; id: string; first: string; values: { column: string; value: string }[] }
  /** A TimelineJS sheet's Year (or End Year) cell holding a whole date (`value`, as written: 01.03.2022), read as `iso`. */
  | { key: 'dateInYear'; value: string; iso: string }
  | { key: 'timelineHeadersInRussian'; columns: { header: string; column: string }[] }
  /** A TimelineJS sheet's Type written in Russian (`value`, as written: `титул`), read as its English word (`type`). */
  | { key: 'timelineTypeInRussian'; value: string; type: string }
  | { key: 'sourceNeedsName'; missing: ('title' | 'publisher')[] }
  | { key: 'actorConflict'; id: string; first: string; values: { column: string; value: string }[] }
  /** As actorMerged, where the actor at `first` already has the most languages an actor may have (`limit`): this row's `values` in other languages left out. */
  | { key: 'actorLanguagesFull'; id: string; first: string; limit: number; values: { column: string; value: string }[] }
  /** Translations in more languages than a record may have (`limit`): the first kept, the languages `left` (the first of them) and `more` others left out. */
  | { key: 'languagesFull'; limit: number; left: readonly string[]; more: number }
  /** A translation in `lang`, the dataset's own language (`ownLang`: its `lang`, a sheet's #lang), `where` it is written. */
  | { key: 'sameLanguage'; lang: string; ownLang: string; where: 'dataset' | 'sheet' }
  /** A translation of a text its event or quote does not have: kept, not shown. */
  | { key: 'noOriginal'; field: NoOriginalField }
  /** A lone `source` column read as source `n`, after the sheet's numbered source columns. */
  | { key: 'loneSource'; n: number }
  /** A column that numbers the rows (`№`, `№ п/п`) in a sheet whose ids are in another column (`id`, as the sheet heads it): its numbers not read. */
  | { key: 'rowNumbers'; id: string }
  /** A spreadsheet's required cell left empty below one that has `value` (at `above`, `row 5`): perhaps a merged cell. */
  | { key: 'requiredBelowValue'; value: string; above: string }
  /** An event's id (a spreadsheet row's as read) that the event at `first` (`events[0]`, `row 5`) has already: the event was kept as `renamed`. */
  | { key: 'repeatedId'; id: string; first: string; renamed: string }
  /** A spreadsheet's id with characters an id cannot hold (`value`, as written: `A1`, `Письмо 1`), read as `id` (its slug), in replies too. */
  | { key: 'idRead'; value: string; id: string }
  /** A spreadsheet quote's `lang` or `translation lang` (`value`, as written) that is neither a tag nor a language's name: that `part` was left out. */
  | { key: 'quoteLang'; value: string; part: 'quote' | 'translation' }
  /** A spreadsheet's dates that read either way (`value`, as written, read as `example`): in `order`, as the reader chose or by default. */
  | { key: 'datesOrder'; value: string; example: string; order: 'dmy' | 'mdy'; chosen: boolean }
  /** Dates written both ways in one file: all were read in `order`. */
  | { key: 'datesConflict'; order: 'dmy' | 'mdy' }
  /** An id no actor has (as written): in `from` (the event is left out) or in `to` (`unknownRecipient`: that recipient is ignored). */
  | { key: 'unknownActor'; id: string }
  | { key: 'unknownRecipient'; id: string }
  /** A word (a kind, a precision, a status…) that is not one of the `allowed` words, as written. */
  | { key: 'notAllowed'; value: string; allowed: readonly string[] }
  /** A spreadsheet date's time of day (`time`, as written) left out for want of a time zone: only the day `kept` is. */
  | { key: 'timeDropped'; time: string; kept: string }
  /** A TimelineJS date's time of day (`time`, as written), left out: TimelineJS gives no time zone. */
  | { key: 'timelineTimeDropped'; time: string }
  /** A TimelineJS spreadsheet's Time written as Excel stores a time (`value`, a fraction of the day), read as `time` (HH:MM) and left out as any time is. */
  | { key: 'excelTimeDropped'; value: string; time: string }
  /** A TimelineJS slide with no start date: the event was left out. */
  | { key: 'noStartDate' }
  /** A dataset without its format version: the `versions` the app reads. */
  /** A file whose JSON is no object (a list, text, a number, null): what it is instead. */
  | { key: 'notAnObject'; got: ValueType | 'null' }
  /** A JSON list of TimelineJS slides, not the object that holds them as `events`. */
  | { key: 'slidesList' }
  | { key: 'noVersion'; versions: readonly number[] }
  /** A spreadsheet that is not UTF-8, read as the Windows code page its bytes look like. */
  | { key: 'legacyEncoding'; encoding: CodePage }
  /** A file that is not valid JSON, where the parser stopped: its line and column, counted from 1. */
  | { key: 'jsonSyntax'; line: number; column: number };

/** One thing wrong with a dataset: what kind (`code`), where (`events[3].date`) and what, in plain words. */
export interface Problem {
  code: ProblemCode;
  path: string;
  message: string;
  /** For a message written from the catalogues in the reader's language, not only in English. */
  detail?: ProblemDetail;
  /** What the problem left out: every language says so after the problem (`message` already does: leftOut in detailedProblem.ts). */
  leftOut?: LeftOut;
}

/**
 * What a problem left out: its event or actor; `value`, the field's value (a dataset's lang that
 * is no language tag); `title`, the dataset's title, which is then UNTITLED_DATASET.
 */
export type LeftOut = 'event' | 'actor' | 'value' | 'title' | 'quote' | 'source' | 'media';

/** A dataset's title when its own cannot be used (missing, empty, not text). */
export const UNTITLED_DATASET = 'Untitled dataset';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path as a reader of the file would write it: `events[3].sources[0].url`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${isolated(JSON.stringify(quoteText(seg)))}]`;
  }
  return out === '' ? '(file)' : out;
}

/** Shortens untrusted text for a message: at most LIMITS.quoteChars characters, whole code points. */
export function quoteText(value: string): string {
  // A code point is at most two code units: a longer value has more characters than are quoted,
  // and is never split into characters whole (a URL parameter may be a megabyte long).
  const chars = Array.from(value.slice(0, 2 * LIMITS.quoteChars));
  if (value.length <= 2 * LIMITS.quoteChars && chars.length <= LIMITS.quoteChars) return value;
  return `${chars.slice(0, LIMITS.quoteChars - 1).join('')}…`;
}

/**
 * Quotes any JSON value for a message, e.g. `"2022-02-30"`, `42`, `an object`; a text isolated,
 * so that its right-to-left characters or bidi controls cannot reorder the message (isolated.ts).
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return isolated(JSON.stringify(quoteText(value)));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return describeType(value);
}

/** What a JSON value is, and the value itself when it is text, a number or true/false: what a problem's detail says the file has (wrongType, wrongVersion). */
export function valueGot(value: unknown): { got: ValueType | 'null'; value?: string | number | boolean } | null {
  if (value === null) return { got: 'null' };
  if (typeof value === 'string') return { got: 'text', value };
  if (typeof value === 'number') return { got: 'number', value };
  if (typeof value === 'boolean') return { got: 'boolean', value };
  if (Array.isArray(value)) return { got: 'list' };
  return typeof value === 'object' ? { got: 'object' } : null;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

export function problemToString(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
