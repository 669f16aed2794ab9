import { describeType, UNTITLED_DATASET, type LeftOut, type ProblemCode } from '../dataset/problem.ts';
import { FORM_HELP, type PatternForm } from '../dataset/patternForms.ts';
import { SAVE_AS_CSV } from '../dataset/strictUtf8.ts';
import { forms } from './plural.ts';

const characters = forms({ one: '# character', other: '# characters' });

/*
 * The problems' words in English, outside the English catalogue and the page's first script: the
 * English interface shows the validator's and the importers' own messages as written, so only they
 * (which write them), the list's counted kinds (keptProblems.ts) and the scripts loaded when a load
 * has problems (the problem list, the Google Sheets hint) need these. Every other
 * language gives its own in its catalogue (`problemTexts`), key for key.
 */
export const enProblemTexts = {
  /** A problem in a dataset, by its code (problem.ts): for a kind counted rather than listed. */
  problems: {
    'too-large': 'the file is too large',
    'empty-file': 'the file is empty',
    'html-page': 'a web page came back instead of a dataset',
    truncated: 'the file stops before its end',
    'not-json': 'the file is not JSON',
    'not-a-dataset': 'the file is not a dataset',
    'too-deep': 'the file is nested too deeply',
    required: 'is required',
    'wrong-type': 'has the wrong type',
    'wrong-version': 'has an unknown format version',
    'not-allowed': 'is not one of the allowed words',
    'too-short': 'is empty',
    'too-long': 'is too long',
    'too-few': 'has too few items',
    'too-many': 'has too many items',
    'bad-format': 'is not written in the required form',
    'invalid-date': 'is not a valid date',
    'unknown-field': 'is not a field of the format (ignored)',
    'duplicate-id': 'repeats an id used before',
    'unknown-actor': 'names an unknown actor (ignored)',
    'date-end-before-date': 'ends before it starts',
    'time-zone': 'has a time zone that does not fit the date',
    'non-https-url': 'is not an https address (shown as text, not in a downloaded dataset)',
    'missing-reply': 'replies to an event that does not exist (link ignored)',
    'reply-cycle': 'replies in a circle (link ignored)',
    'no-valid-events': 'has no valid event',
    unsourced: 'has no source: the event is shown marked "Unsourced"',
    'not-text': 'is not a text file: save it as CSV UTF-8 or JSON',
    'wrong-encoding': 'is not UTF-8 text: save it as CSV UTF-8',
    'legacy-encoding': 'is not UTF-8 text: it was read in a Windows code page',
    'unknown-layout': 'is neither a dataset, a spreadsheet nor a TimelineJS file',
    'bad-quotes': 'has a quoted cell with text after its closing quote',
    'no-header': 'has no header row',
    'unknown-column': 'is not a column of this format (ignored)',
    'duplicate-column': 'repeats an earlier column (ignored)',
    'unknown-row': 'is not a metadata row (ignored)',
    'ignored-cells': 'has text in a column its header does not name (ignored)',
    'ambiguous-dates': 'has dates whose day and month order is unclear',
    'time-dropped': 'has a time without a time zone: only the day was kept',
    'actor-added': 'names an actor that is not declared: added',
    'mixed-script': 'mixes Latin and Cyrillic letters in one word: read as a name of its own',
    'no-title': 'has no title: one was made',
    'no-summary': 'has no summary: the title is repeated',
    'not-carried-over': 'has something this app cannot show (left out)',
    'extra-cells': 'has more cells than the header has columns: the row was left out',
    'date-precision': 'has a month or day that is not a number: the date was kept less precise',
    'date-window': 'writes a period in words: read as the dates it covers',
    'approximate-date': 'writes a date as approximate: read as that date, marked approximate',
    'second-title': 'is a second title row: read as an ordinary event',
    'serial-date': "writes dates as Excel serial day numbers: read in Excel's 1900 date system",
    'short-year': 'has a year not written with four digits',
    'missing-columns': 'lacks a column every event needs',
    'incomplete-set': 'is part of a quote, source, media item or verification that lacks a field it needs: that part was left out',
    'split-text': 'has its text in several cells: they were read as one text',
    'renamed-id': 'repeats an earlier id: kept under a new id',
    'column-read-as': 'is read as another column',
    'no-original': 'translates a text that is not there: not shown',
    'same-language': "is a translation into the sheet's own language",
    'merged-actor': 'repeats an earlier actor: read as that actor',
    'row-numbers': 'numbers the rows (not read)',
  } satisfies Record<ProblemCode, string>,
  /** Problems with their values (ProblemDetail in src/shared/dataset/problem.ts), in every language. */
  problemDetails: {
    cells: forms({ one: '# cell', other: '# cells' }),
    columns: forms({ one: '# column', other: '# columns' }),
    splitText: (cells: string) => `${cells} instead of one (a text holding the separator needs quotes): they were read as one text`,
    extraCells: (cells: string, columns: string) => `${cells}, but the header has ${columns} (a comma inside a cell needs quotes): the row was left out`,
    /** `value` quoted: a cell's text under a header cell left blank. */
    unnamedColumn: (value: string) => `${value} was not read: the column has no name`,
    /** The place of such a cell, by its row and its column's number (as location.ts writes it in English). */
    unnamedCell: (row: string, column: string) => `row ${row}, column ${column} (no header)`,
    notAMonth: (value: string, kept: string) => `"${value}" is not a month number (1–12); the date was kept as ${kept}`,
    notADay: (value: string, kept: string) => `"${value}" is not a day number (1–31); the date was kept as ${kept}`,
    dayWithoutMonth: (value: string, kept: string) => `the day "${value}" has no month; the date was kept as ${kept}`,
    aboveHeader: (header: string) => `is above the header row (row ${header}): it was skipped`,
    /** `header`: the header row's number. */
    repeatedHeader: (header: string) => `repeats the header row (row ${header}), as when two sheets are pasted together: it was skipped`,
    noSuchDay: (value: string, kept: string) => `${kept} has no day "${value}"; the date was kept as ${kept}`,
    shortYear: (value: string, kept: string) => `the year "${value}" is not written with four digits: it was read as TimelineJS reads it, as ${kept}; write the year in full`,
    /** `value`: a date as the sheet writes it (12.03.22); `kept`: the day it was read as. */
    twoDigitYear: (value: string, kept: string) => `"${value}" has a two-digit year: it was read as ${kept}, as spreadsheets read such years (1930 to 2029); write the year in full to be sure`,
    /** `value` quoted; `start` and `end`: ISO dates; `approximate`: the event was marked approximate (a part of a month). */
    dateWindow: (value: string, start: string, end: string, approximate: boolean) =>
      `${value} was read as a date between ${start} and ${end}${approximate ? ', marked approximate (where such a part of a month ends is a reading)' : ''}`,
    /** `value` quoted: an Excel serial day; `kept` and `kept1904`: the day in the 1900 and the 1904 date system; `others`: otherDates, or null for none. */
    serialDates: (value: string, kept: string, kept1904: string, others: string | null) =>
      `${value} is an Excel serial day number: it was read in Excel's usual 1900 date system, as ${kept}${others === null ? '' : `, ${others}`}; in a workbook set to the 1904 date system (an option of Excel for Mac) it is ${kept1904}, 4 years and 1 day later: if so, format the cells as dates in the workbook and save it as CSV again`,
    otherDates: forms({ one: 'and so was # other date', other: 'and so were # other dates' }),
    /** `value`: a date cell as the sheet writes it (~2022, около 2022, circa 2022); `kept`: the date it was read as. */
    approximateDate: (value: string, kept: string) => `"${value}" was read as ${kept}, marked approximate`,
    /** As dateWindow, in the date end cell: `end`, where the period ends. */
    dateWindowEnd: (value: string, end: string, approximate: boolean) =>
      `${value} was read as a date end of ${end}, where the period it writes ends${approximate ? ', marked approximate (where such a part of a month ends is a reading)' : ''}`,
    /** As dateWindow, in a row with a date end of its own: `start`, where the period begins, to that end. */
    dateWindowToEnd: (value: string, start: string, approximate: boolean) =>
      `${value} was read as a date from ${start}, where the period it writes begins, to the row's date end${approximate ? ', marked approximate (where such a part of a month begins is a reading)' : ''}`,
    /** A value or name from the file inside a message, as this language quotes it (escaped: it may hold quotes or line breaks). */
    quoted: (text: string) => JSON.stringify(text),
    /** `value` quoted; `missing`: the columns it lacks, quoted and listed ("source 1 title" and "source 1 publisher"). */
    incompleteSet: (value: string, missing: string) => `${value} was left out: fill in ${missing} too`,
    /** `allowed`: the statuses, quoted and listed as alternatives. */
    unknownStatus: (value: string, allowed: string) => `${value} is not ${allowed}: the verification was left out`,
    /** `missing` listed as alternatives, `needed` as a list, each quoted. */
    missingColumns: (missing: string, needed: string) => `the header has no ${missing} column: every event needs ${needed}; the other columns may be left out (see template.csv)`,
    noValidEvents: forms({ one: 'the # event is not valid', other: 'none of the # events is valid' }),
    /** `value` quoted: an id, language tag or colour not written in its form. */
    badFormat: {
      slug: (value: string) => `${value} ${FORM_HELP.slug}`,
      lang: (value: string) => `${value} ${FORM_HELP.lang}`,
      colour: (value: string) => `${value} ${FORM_HELP.colour}`,
      text: (value: string) => `${value} ${FORM_HELP.text}`,
      visible: (value: string) => `${FORM_HELP.visible} (${value})`,
    } satisfies Record<PatternForm, (value: string) => string>,
    /** What a value of the wrong type was expected to be (wrongType's `expected`)… */
    expectedTypes: { text: 'text', number: 'a number', boolean: 'true or false', list: 'a list', object: 'an object' },
    /** …and what it is instead (`got`). */
    gotTypes: { text: describeType(''), number: describeType(0), boolean: describeType(true), list: describeType([]), object: describeType({}), null: describeType(null) },
    /** `expected` and `got`: expectedTypes and gotTypes; `value`: a text quoted, a number or true/false as written, or '' (a list, an object, null). */
    wrongType: (expected: string, got: string, value: string) => `expected ${expected}, got ${got}${value ? ` ${value}` : ''}`,
    /** `got`: a number or true/false as written, a text as gotTypes.text and the text quoted, or gotTypes (a list, an object, null); `versions`: those the app reads, as alternatives. */
    wrongVersion: (got: string, versions: string) => `is ${got}; this app reads format version ${versions}`,
    /** `value` quoted: a spreadsheet's `approximate` cell. */
    notABoolean: (value: string) => `${value} is neither true nor false (TRUE/FALSE, yes/no, x, 1/0 and ИСТИНА/ЛОЖЬ, да/нет are read too)`,
    /** `value` quoted. */
    invalidDate: (value: string) => `${value} is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00)`,
    invalidDay: (value: string) => `${value} is not a valid date (use YYYY-MM-DD)`,
    /** `value` quoted: a day past its month's end (31.04.2022); `monthEnd`: the month's last day in words. */
    dayPastMonthEnd: (value: string, monthEnd: string) => `${value} is a day that does not exist (the month ends on ${monthEnd})`,
    /** `value` quoted; `alphabet`: one of alphabets; `letters`: the odd letters, quoted, as a list. */
    mixedScripts: (value: string, alphabet: string, letters: string) =>
      `${value} mixes Latin and Cyrillic letters in one word (${alphabet}: ${letters}): it was read as a name of its own, not as the same name typed in one alphabet`,
    /** As mixedScripts, for a kind or a verification status; `read`: the word it was read as, quoted. */
    mixedScriptsWord: (value: string, alphabet: string, letters: string, read: string) =>
      `${value} mixes Latin and Cyrillic letters in one word (${alphabet}: ${letters}): it was read as the same word typed in one alphabet, ${read}`,
    alphabets: { latin: 'in Latin', cyrillic: 'in Cyrillic' },
    actorAdded: (value: string, id: string) => `${value} is not declared in an #actor row: added as actor ${id}`,
    /** `value`, `id` and `other` quoted. */
    actorSpelledOtherwise: (value: string, id: string, other: string) =>
      `${value} reads as the same id as ${other}, but is written otherwise: added as another actor, ${id}; if it is the same one, write it ${other}`,
    /** `label` quoted, or null when the era has none. */
    era: (label: string | null) => `the era ${label ? `${label} ` : ''}was not carried over (the app has no eras)`,
    background: 'the slide background was not carried over (the app has no slide backgrounds)',
    mediaParts: { thumbnail: 'thumbnail', title: 'title', link: 'link' },
    /** `parts`: mediaParts, as a list. */
    mediaPartsLeft: (parts: string) => `media ${parts} not carried over (the app shows a media item's image or link, caption, credit and alt text)`,
    titleSlideMedia: "the title slide's media was not carried over",
    titleSlideBackground: "the title slide's background was not carried over",
    secondTitleRow: 'a second title row: read as an ordinary event, as TimelineJS reads it (only the first names the timeline)',
    notATimelineType: (value: string) => `${value} is not a TimelineJS type (title, era or empty): read as an ordinary event`,
    notATime: (value: string) => `${value} is not a time of day (ignored): write it as 14:30 or 2:30 PM`,
    cosmologicalScale: 'the cosmological scale was not carried over: only events from year 1 to 9999 can be shown',
    /** `text` and `url` quoted. */
    linkNotHttps: (text: string, url: string) => `the link ${text} (${url}) is not https: its text is kept, not as a source`,
    /** `url` quoted. */
    mediaNotHttps: (url: string) => `media ${url} is not an https address: not carried over`,
    endWithoutYear: 'an end date without its year was not carried over (TimelineJS reads no end date without one): fill in the end year',
    /** `value` quoted: a caption, credit or alt text. */
    mediaTextWithoutMedia: (value: string) => `${value} was not carried over: the slide has no media for it to describe (fill in the media's address)`,
    mediaKeptAsLink: (url: string) => `media ${url} (a video, map, document or page) is kept as a link: the app does not embed it`,
    embedKeptAsLink: (url: string) => `embedded HTML in media (such as a <blockquote>) is kept as a link to ${url}, its text in the caption: the app does not embed it`,
    urlFaults: { invalid: 'is not a valid URL', 'no-scheme': 'has no https:// in front: add it', 'not-https': 'is not an https URL', spaces: 'has spaces around it', control: 'has a tab, line break or other control character in it' },
    /** `url` quoted; `fault`: urlFaults. */
    sourceUrl: (url: string, fault: string) => `${url} ${fault} (shown as text, not a link, and left out of a downloaded dataset)`,
    mediaUrl: (url: string, fault: string) => `${url} ${fault} (left out)`,
    /** `value` and `name` quoted. */
    groupSpelledOtherwise: (value: string, name: string) => `group ${value} is shown in the lane of group ${name}: groups whose names differ only in case or spacing are one actor here (TimelineJS shows two rows)`,
    embedTextKept: "embedded HTML in media (such as a <blockquote>) has no link to keep: its text was added to the slide's text",
    embeddedMedia: 'embedded HTML (such as an <iframe> or a <blockquote>) in media was not carried over: the app shows images and links only',
    /** A start date's year: the event was left out (Problem.leftOut says so); an end date's is followed by leftOut.endDate. */
    yearBefore1: (year: string) => `year ${year} is before year 1 (BCE): this app's dates start at year 1`,
    yearAfter9999: (year: string) => `year ${year} is after 9999, beyond the dates this app shows`,
    /** `value` quoted. */
    notAYear: (value: string) => `the year ${value} is not a whole number (write the year in digits, such as 2022)`,
    /** What a value is that is neither text nor a number, as the validator's English says it ("got an object"). */
    valueTypes: { object: describeType({}), list: describeType([]) },
    /** `type`: valueTypes. */
    yearOfType: (type: string) => `is ${type}, not a year (write the year in digits, such as 2022)`,
    /** What a problem left out (said after any problem that did: Problem.leftOut), or a date's end. */
    leftOut: {
      event: 'the event was left out',
      actor: 'the actor was left out',
      value: 'it was left out',
      title: `the dataset is called ${JSON.stringify(UNTITLED_DATASET)}`,
      quote: 'the quote was left out',
      source: 'the source was left out',
      media: 'the media item was left out',
      endDate: 'the end date was left out',
    } satisfies Record<LeftOut | 'endDate', string>,
    /** What the problems of a kind counted rather than listed left out, each its own (said after the kind). */
    leftOutEach: {
      event: 'their events were left out',
      actor: 'their actors were left out',
      value: 'their values were left out',
      title: `the dataset is called ${JSON.stringify(UNTITLED_DATASET)}`,
      quote: 'their quotes were left out',
      source: 'their sources were left out',
      media: 'their media items were left out',
    } satisfies Record<LeftOut, string>,
    characters,
    /** A text's length (tooLong's `length`), counted. */
    length: characters,
    /** `limit`: characters, counted. */
    titleCut: (limit: string) => `is longer than ${limit}: the title was cut`,
    /** `limit`: characters, counted. */
    textCut: (limit: string) => `is longer than ${limit}: it was cut`,
    /** `value`: the text's start, quoted; `length`: length, counted; `limit`: counted. */
    tooLong: (value: string, length: string, limit: string) => `${value} is ${length} long; the limit is ${limit}`,
    /** `text` quoted; `limit`: characters, counted. */
    linkTooLong: (text: string, limit: string) => `the link ${text} is longer than ${limit}: its text is kept, not as a source`,
    /** `id` quoted; `first`: the earlier row or actor, as the interface writes a place (`row 3`, `actors[1]`); `added`: columns (or fields) quoted, as a list, or null when the row adds nothing. */
    actorMerged: (id: string, first: string, added: string | null) =>
      `repeats actor ${id} of ${first}: ${added === null ? 'nothing new, the same actor' : `added to it: ${added}`}`,
    /** `values`: each value quoted with its column (valueInColumn), as a list. */
    actorConflict: (id: string, first: string, values: string) => `repeats actor ${id} of ${first}, whose values are kept; left out: ${values}`,
    /** As actorConflict, `values` being the first's, which the format cannot use: the repeat's are kept instead. */
    actorReplaced: (id: string, first: string, values: string) => `repeats actor ${id} of ${first}, where the format cannot use ${values}: left out there, the values here kept instead`,
    /** `columns`: each Russian header read as its English one (headerReadAs), as a list. */
    timelineHeadersInRussian: (columns: string) =>
      `has TimelineJS's columns headed in Russian, read as its English ones: ${columns}; TimelineJS itself reads only the English headers`,
    headerReadAs: (header: string, column: string) => `${header} as ${column}`,
    /** `value` quoted as the Year cell writes it (01.03.2022), `iso` the date it was read as (2022-03-01). */
    dateInYear: (value: string, iso: string) => `${value} was read as ${iso}; TimelineJS itself reads only a year's number in this column`,
    /** `value` quoted as written (`титул`), `type` the English word it was read as, quoted. */
    timelineTypeInRussian: (value: string, type: string) => `${value} was read as the type ${type}; TimelineJS itself reads only title and era`,
    /** `missing`: the fields (title, publisher) as a list; `add`: the same, quoted, as they are written in the file. */
    sourceNeedsName: (missing: string, add: string) => `has a url but no ${missing} — add ${add}`,
    /** `languages`: the limit, in languages (the form below); `values` as actorConflict's. */
    actorLanguagesFull: (id: string, first: string, languages: string, values: string) =>
      `repeats actor ${id} of ${first}, which already has ${languages}, the most an actor may have: left out: ${values}`,
    languages: forms({ one: '# language', other: '# languages' }),
    /** `languages`: the limit, in languages (the form above); `limit`: it as a number; `left`: the languages left out, quoted and listed, perhaps ending in languagesMore. */
    languagesFull: (languages: string, limit: string, left: string) => `has more than ${languages}, the most it may have: the first ${limit} were kept; left out: ${left}`,
    /** The last item of a list of languages too long to name them all: how many more. */
    languagesMore: forms({ one: '# more', other: '# more' }),
    valueInColumn: (value: string, column: string) => `${value} in ${column}`,
    /** `lang` and `ownLang` quoted: a JSON dataset's `lang`, a sheet's #lang. */
    sameLanguage: {
      dataset: (lang: string, ownLang: string) =>
        `is in the dataset's own language (${lang}; lang is ${ownLang}): its texts are kept as translations, shown instead of the originals to readers in that language; if the originals are in another language, correct lang`,
      sheet: (lang: string, ownLang: string) =>
        `is in the sheet's own language (${lang}; #lang is ${ownLang}): its texts are kept as translations, shown instead of the originals to readers in that language; if the originals are in another language, correct #lang`,
    },
    /** A translated field (ProblemDetail noOriginal) whose original is not there. */
    noOriginal: {
      author: 'translates an author the event does not have: it is not shown; fill in the author too',
      dateNote: 'translates a date note the event does not have: it is not shown; fill in the date note too',
      verificationNote: 'translates a verification note the event does not have: it is not shown; fill in the verification note too',
      speaker: 'translates a speaker the quote does not have: it is not shown; fill in the speaker too',
      translationBy: "translates a translator the quote's translation does not have: it is not shown; fill in the translator too",
    },
    /** `value` quoted; `missing`: the columns to fill in, quoted and listed. */
    emptyOriginal: (value: string, missing: string) =>
      `is empty, but its translation ${value} is filled: the quote was left out, its translation with it; fill in ${missing} with the words as said (a translation is never shown as the words themselves)`,
    /** `n`: the source's number, as a column names it. */
    /** `id` quoted: the id column as the sheet heads it. */
    rowNumbers: (id: string) => `numbers the rows; the events' ids are in ${id}, so its numbers were not read`,
    loneSource: (n: string) => `is read as source ${n}, after the sheet's numbered source columns (never in their place)`,
    renamedId: (value: string, id: string) => `${value} is used by an earlier slide: this one is ${id}`,
    /** `value` (as written) and `id` quoted. */
    /** `value` quoted; `part`: quoteLangParts. */
    quoteLang: (value: string, part: string) => `${value} is neither a language tag such as "ru" or "en-GB" nor a language's name: ${part}`,
    quoteLangParts: { quote: 'the quote was left out', translation: 'the translation was left out' },
    idRead: (value: string, id: string) => `${value} is not an id (only a-z, 0-9 and "-"): it was read as ${id}, in "in reply to" too`,
    /** `value` quoted; `above`: the row that has it, as the interface writes a place (`row 5`). */
    requiredBelowValue: (value: string, above: string) => `is required; above it, ${above} has ${value} — was this a merged cell? Fill the value into every row`,
    /** `id` and `renamed` quoted; `first`: the event (or row) that has the id, as the interface writes a place (`events[0]`, `row 5`). */
    repeatedId: (id: string, first: string, renamed: string) => `id ${id} is already used by ${first}: this event was kept as ${renamed}`,
    /** `count` and `limit`: counted. */
    tooManyEvents: (count: string, limit: string) => `has ${count} events; the limit is ${limit}`,
    /** `limit`: counted. */
    tooManyActors: (limit: string) => `has more than ${limit} actors`,
    tooManyItems: (limit: string) => `has more than ${limit} items`,
    /** `zone` and `date` quoted: an event's time zone, ignored. */
    timeZone: {
      unknown: (zone: string) => `${zone} is not a known time zone (ignored)`,
      noTime: () => 'only applies to a date with a time (ignored)',
      offset: (zone: string, date: string) => `${zone} does not match the offset of ${date} (ignored)`,
    },
    /** `id` quoted: a reply link to an event that was left out, or to an id no event has. */
    missingReply: {
      leftOut: (id: string) => `the event it names was left out: ${id} (link ignored)`,
      none: (id: string) => `no valid event has id ${id} (link ignored)`,
    },
    /** `cycle`: the ids quoted, joined by arrows (" → … → " where some are not said); `events`: the cycle's length, counted, when some are not said. */
    replyCycle: (cycle: string, events: string | null) => `reply cycle ${cycle}${events ? ` (${events})` : ''} (link ignored)`,
    /** `value` and `date` quoted. */
    endBeforeStart: (value: string, date: string) => `${value} is before date ${date}`,
    /** `title` quoted: what the timeline or the slide is called instead. */
    noTitle: {
      sheet: (title: string) => `has no #title row: the timeline is called ${title}`,
      timelinejs: (title: string) => `the timeline has no title: it is called ${title}`,
      timelinejsSheet: (title: string) => `the timeline has no title row (Type "title"): it is called ${title}`,
      slide: (title: string) => `has no headline: the title is ${title}`,
      row: (title: string) => `is empty: the title is made from the summary, ${title}`,
    },
    /** `value` and `title` quoted: a title cell with no visible character, and the title made from the summary instead. */
    invisibleTitle: {
      row: (value: string, title: string) => `${FORM_HELP.visible} (${value}): the title is made from the summary, ${title}`,
      slide: (value: string, title: string) => `${FORM_HELP.visible} (${value}): the title is ${title}`,
    },
    /** `id` quoted. */
    unknownActor: (id: string) => `unknown actor ${id}`,
    unknownRecipient: (id: string) => `unknown actor ${id} (ignored)`,
    /** `value` quoted; `allowed`: the allowed words, quoted and separated by commas. */
    notAllowed: (value: string, allowed: string) => `${value} is not one of ${allowed}`,
    /** `time` and `kept` as written; `example`: the kept day with the time and a time zone (2022-03-13T13:43:00+03:00). */
    timelineTimeDropped: (time: string) => `the time ${time} was left out: TimelineJS gives no time zone, so only the day is kept`,
    /** `value` quoted, as the cell writes it (0.5); `time`: it as HH:MM. */
    excelTimeDropped: (value: string, time: string) => `the time ${value} (${time}, written as Excel stores a time: a fraction of the day) was left out: TimelineJS gives no time zone, so only the day is kept`,
    noStartDate: 'has no start date (a year at least)',
    /** `line` and `column`: where a JSON parser stopped, counted. The parser's own reason follows it in English only. */
    jsonSyntax: (line: string, column: string) => `is not valid JSON: line ${line}, column ${column} (the mistake is there or just before it)`,
    /** `codePage`: one of codePages. */
    legacyEncoding: (codePage: string) => `is not UTF-8 text, so it was read as ${codePage}: check that its letters look right, or save it as "CSV UTF-8" to be sure`,
    /** The code pages a spreadsheet that is not UTF-8 is read in (CodePage in problem.ts), and where they come from. */
    codePages: {
      'windows-1251': 'Windows-1251 (Cyrillic), as Excel saves "CSV" in a Russian Windows',
      'windows-1252': 'Windows-1252 (Western European), as Excel saves "CSV" in an English Windows',
      ibm866: 'CP866 (Cyrillic, DOS), as Excel saves "CSV (MS-DOS)" in a Russian Windows',
    },
    /** `versions`: those the app reads, as alternatives. */
    /** `got`: gotTypes. */
    notAnObject: (got: string) => `expected an object with "version", "title", "actors" and "events", got ${got}`,
    slidesList: 'is a list of TimelineJS slides: a TimelineJS file is an object that holds them as "events": {"events": [ … ]}',
    noVersion: (versions: string) => `is required (use ${versions})`,
    timeDropped: (time: string, kept: string, example: string) => `the time ${time} was left out (kept ${kept}): a time needs its time zone, as in ${example}`,
    datesRead: (value: string, order: string, example: string) =>
      `dates such as ${value} were read ${order} (${example}); if the file writes them the other way round, read them again the other way`,
    datesReadAsChosen: (value: string, order: string, example: string) => `dates such as ${value} were read ${order} (${example}), as chosen`,
    datesConflict: (order: string) => `has dates written day first (31/12/2022) and others month first (12/31/2022); all were read ${order}: write dates as 2022-12-31`,
    /** What a refused file is, by its first bytes (NotTextKind in problem.ts). */
    fileKinds: {
      zip: 'a ZIP file (an Excel .xlsx or OpenDocument workbook?)',
      xls: 'an old Excel workbook (.xls)',
      pdf: 'a PDF document',
      png: 'an image (PNG)',
      jpeg: 'an image (JPEG)',
      gif: 'an image (GIF)',
      webp: 'an image (WebP)',
      html: 'a web page (HTML)',
    },
    workbook: (what: string) => `is ${what}, not CSV or JSON: ${SAVE_AS_CSV}`,
    notText: (what: string) => `is ${what}, not a spreadsheet or a JSON file: open a CSV or JSON file`,
    /**
     * What an embed says (FailureForReaders.tsx) where the full page says what to do, which only the
     * dataset's author can: workbook and notText, the problems wrong-encoding and unknown-layout,
     * each after loadErrors.notRead's words; html, the address's web page, a sentence of its own.
     */
    forReaders: {
      workbook: (what: string) => `is ${what}, not CSV or JSON`,
      notText: (what: string) => `is ${what}, not a spreadsheet or a JSON file`,
      wrongEncoding: 'is text in an encoding this app does not know (not UTF-8)',
      unknownLayout: "is in a layout this app does not know (neither this app's dataset or spreadsheet, nor a TimelineJS file)",
      html: 'The address returned a web page, not a CSV or JSON file (a sign-in or error page, or a page that shows the file).',
    },
  },
  /**
   * Problems as an embed's list says them (readerProblemText.ts): what is wrong and what is still
   * shown, without what to write, fill in or save instead, which only the file's author can (the
   * full page says that). Each replaces the problemDetails entry of its name, with its arguments.
   */
  readerDetails: {
    legacyEncoding: (codePage: string) => `is not UTF-8 text, so it was read as ${codePage}: a letter may be shown wrongly`,
    shortYear: (value: string, kept: string) => `the year "${value}" is not written with four digits: it was read as TimelineJS reads it, as ${kept}`,
    twoDigitYear: (value: string, kept: string) => `"${value}" has a two-digit year: it was read as ${kept}, as spreadsheets read such years (1930 to 2029)`,
    datesRead: (value: string, order: string, example: string) => `dates such as ${value} were read ${order} (${example})`,
    datesConflict: (order: string) => `has dates written day first (31/12/2022) and others month first (12/31/2022); all were read ${order}`,
    timeDropped: (time: string, kept: string) => `the time ${time} was left out (kept ${kept}): it has no time zone`,
    invalidDate: (value: string) => `${value} is not a valid date`,
    invalidDay: (value: string) => `${value} is not a valid date`,
    notABoolean: (value: string) => `${value} is neither true nor false`,
    notATime: (value: string) => `${value} is not a time of day (ignored)`,
    notAYear: (value: string) => `the year ${value} is not a whole number`,
    yearOfType: (type: string) => `is ${type}, not a year`,
    endWithoutYear: 'an end date without its year was not carried over',
    mediaTextWithoutMedia: (value: string) => `${value} was not carried over: the slide has no media for it to describe`,
    urlFaults: { invalid: 'is not a valid URL', 'no-scheme': 'has no https:// in front', 'not-https': 'is not an https URL', spaces: 'has spaces around it', control: 'has a tab, line break or other control character in it' },
    sourceNeedsName: (missing: string) => `has a url but no ${missing}`,
    incompleteSet: (value: string, missing: string) => `${value} was left out: it lacks ${missing}`,
    requiredBelowValue: (value: string, above: string) => `is required; above it, ${above} has ${value} (a merged cell?)`,
    actorSpelledOtherwise: (value: string, id: string, other: string) => `${value} reads as the same id as ${other}, but is written otherwise: added as another actor, ${id}`,
    sameLanguage: {
      dataset: (lang: string, ownLang: string) => `is in the dataset's own language (${lang}; lang is ${ownLang}): its texts are kept as translations, shown instead of the originals to readers in that language`,
      sheet: (lang: string, ownLang: string) => `is in the sheet's own language (${lang}; #lang is ${ownLang}): its texts are kept as translations, shown instead of the originals to readers in that language`,
    },
    noOriginal: {
      author: 'translates an author the event does not have: it is not shown',
      dateNote: 'translates a date note the event does not have: it is not shown',
      verificationNote: 'translates a verification note the event does not have: it is not shown',
      speaker: 'translates a speaker the quote does not have: it is not shown',
      translationBy: "translates a translator the quote's translation does not have: it is not shown",
    },
    emptyOriginal: (value: string) => `is empty, but its translation ${value} is filled: the quote was left out, its translation with it`,
    missingColumns: (missing: string, needed: string) => `the header has no ${missing} column: every event needs ${needed}`,
    workbook: (what: string) => `is ${what}, not CSV or JSON`,
    notText: (what: string) => `is ${what}, not a spreadsheet or a JSON file`,
  },
  /**
   * A kind of problem as an embed's list says it (readerProblemText.ts) where `problems` gives advice only the
   * file's author can follow ("save it as CSV UTF-8"): in a line counting those not listed, or a problem without values.
   */
  readerProblems: {
    'not-text': 'is not a text file',
    'wrong-encoding': 'is not UTF-8 text',
    'unknown-layout': 'is neither a dataset, a spreadsheet nor a TimelineJS file',
  } satisfies Partial<Record<ProblemCode, string>>,
  /** Under a failure to load a web page's address given as data (dataPageHint.ts): how to give its data instead. */
  dataPages: {
    sheet: 'A Google Sheets page is not its data: in Google Sheets, choose File › Share › Publish to web and "Comma-separated values (.csv)", then use that address.',
    timelinejsSheet: 'This TimelineJS page shows a Google Sheet: in Google Sheets, choose File › Share › Publish to web and "Comma-separated values (.csv)", then use that address.',
    publishedSheet: 'This is a published Google Sheets page, not its data; the same sheet can be read as CSV.',
    timelinejs: 'This is a TimelineJS page, not its data; the file it shows can be read here.',
    sheetCsv: 'A Google Sheet\'s CSV loads here when the sheet is published to the web: in Google Sheets, check File › Share › Publish to web ("Comma-separated values (.csv)", publishing started), then Retry.',
    load: { publishedSheet: 'Load the published sheet as CSV', timelinejs: 'Load the file it shows' },
    /**
     * In an embed, where Retry would fail again on such a page and its reader cannot publish the
     * sheet: the page itself, in a new tab (`host`: its site). `newTab` is said after the link's name.
     */
    open: { sheet: (host: string) => `Open the sheet on ${host}`, timelinejsSheet: (host: string) => `Open the timeline on ${host}` },
    newTab: '(opens in a new tab)',
  },
  /** The problems' list (ProblemList.tsx) and its download (problemsCsv.ts), both in the problems' script. */
  list: {
    /** Under a long list of problems: all of them (as many as were kept), or back to the first few; and the list as a file. */
    showAll: (n: string) => `Show all ${n}`,
    showFirst: (n: string) => `Show only the first ${n}`,
    /** A list longer than the page shows (1,000): the first ones, and the rest are in the download. */
    showMany: (n: string) => `Show the first ${n}`,
    moreInDownload: (n: string) => `and ${n} more, all in the downloaded list`,
    /** Said once "Show all", "Show only the first" or a kind changed the list: how many it lists now, of how many. */
    listedNow: (shown: string, total: string) => `Problems listed: ${shown} of ${total}.`,
    /** Before a kind of problem (`: has no source…`) repeated too often to list each: how many more there are. */
    notListed: (n: string) => `${n} more, not listed one by one`,
    download: 'Download the list (CSV)',
    /** The downloaded list's file name before ".csv", in Latin letters (slugify: «проблемы» → problemy.csv). */
    fileName: 'problems',
    columns: { where: 'Where', problem: 'Problem' },
    /** Above a long list of several kinds: buttons that show one kind (`kind` as problems[code] says it), or every kind. */
    byKind: 'Show by kind',
    everyKind: (n: string) => `Every kind (${n})`,
    kind: (kind: string, n: string) => `${kind} (${n})`,
  },
};

export type ProblemTexts = typeof enProblemTexts;
