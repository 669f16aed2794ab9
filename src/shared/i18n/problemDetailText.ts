import type { ProblemDetail } from '../dataset/problem.ts';
import { quoteText, UNTITLED_DATASET } from '../dataset/problem.ts';
import { isolated } from '../text/isolated.ts';
import { EVENT_KINDS, VERIFICATION_STATUSES } from '../dataset/vocabulary.ts';
import type { Messages } from './catalogues/en.ts';
import type { ProblemTexts } from './problemTexts.ts';
import { placeText } from './placeText.ts';
import { formatDateInWords } from '../dates/formatEventDate.ts';
import { parseIsoDate } from '../dates/isoDate.ts';
import { monthEndPassed } from '../dates/monthEndPassed.ts';
import { makeFormat, type Format } from './format.ts';

const formats = new WeakMap<Messages, Format>();

/** A problem with its values (ProblemDetail) in the language of `t`, whose problem texts are `texts`. */
export function problemDetailText(d: ProblemDetail, t: Messages, texts: ProblemTexts): string {
  let f = formats.get(t);
  if (!f) formats.set(t, (f = makeFormat(t)));
  const m = texts.problemDetails;
  // The file's own text, shortened as every quoted value is and quoted as the language quotes,
  // unable to reorder the sentence around it (isolated.ts).
  const q = (value: string) => isolated(m.quoted(quoteText(value)));
  if (d.key === 'splitText') return m.splitText(f.plural(m.cells, d.cells));
  if (d.key === 'extraCells') return m.extraCells(f.plural(m.cells, d.cells), f.plural(m.columns, d.columns));
  if (d.key === 'unnamedColumn') return m.unnamedColumn(q(d.value));
  if (d.key === 'actorMerged') return m.actorMerged(q(d.id), placeText(d.first, t), d.added.length === 0 ? null : f.list(d.added.map(q)));
  if (d.key === 'actorConflict' || d.key === 'actorReplaced') return m[d.key](q(d.id), placeText(d.first, t), f.list(d.values.map((v) => m.valueInColumn(q(v.value), q(v.column)))));
  if (d.key === 'dateInYear') return m.dateInYear(q(d.value), d.iso);
  if (d.key === 'timelineTypeInRussian') return m.timelineTypeInRussian(q(d.value), q(d.type));
  if (d.key === 'timelineHeadersInRussian') return m.timelineHeadersInRussian(f.list(d.columns.map((c) => m.headerReadAs(q(c.header), q(c.column)))));
  if (d.key === 'sourceNeedsName') return m.sourceNeedsName(f.list(d.missing), f.list(d.missing.map(q)));
  if (d.key === 'languagesFull') {
    const left = [...d.left.map(q), ...(d.more > 0 ? [f.plural(m.languagesMore, d.more)] : [])];
    return m.languagesFull(f.plural(m.languages, d.limit), f.count(d.limit), f.list(left));
  }
  if (d.key === 'actorLanguagesFull')
    return m.actorLanguagesFull(q(d.id), placeText(d.first, t), f.plural(m.languages, d.limit), f.list(d.values.map((v) => m.valueInColumn(q(v.value), q(v.column)))));
  if (d.key === 'sameLanguage') return m.sameLanguage[d.where](q(d.lang), q(d.ownLang));
  if (d.key === 'noOriginal') return m.noOriginal[d.field];
  if (d.key === 'emptyOriginal') return m.emptyOriginal(q(d.value), f.list(d.missing.map(q)));
  if (d.key === 'incompleteSet') return m.incompleteSet(q(d.value), f.list(d.missing.map(q)));
  if (d.key === 'workbook' || d.key === 'notText') return m[d.key](m.fileKinds[d.what]);
  if (d.key === 'missingColumns') return m.missingColumns(f.orList(d.missing.map(q)), f.list(d.needed.map(q)));
  // A row number, not a count (no thousands separator), as every place says it.
  if (d.key === 'aboveHeader' || d.key === 'repeatedHeader') return m[d.key](String(d.header));
  if (d.key === 'loneSource') return m.loneSource(String(d.n));
  if (d.key === 'rowNumbers') return m.rowNumbers(q(d.id));
  if (d.key === 'noValidEvents') return f.plural(m.noValidEvents, d.events);
  if (d.key === 'badFormat') return m.badFormat[d.form](q(d.value));
  // What the file has instead: a text quoted, a number or true/false as written, or nothing more (a list, an object, null).
  const given = (value: string | number | boolean | undefined) => (value === undefined ? '' : typeof value === 'string' ? q(value) : String(value));
  if (d.key === 'wrongType') return m.wrongType(m.expectedTypes[d.expected], m.gotTypes[d.got], given(d.value));
  // The versions the app reads, as the file writes them (not counts). A version is a number: one the app does not
  // read (or true/false) is said as written, a text as text and quoted, anything else as what it is.
  const versions = (v: readonly number[]) => f.orList(v.map(String));
  if (d.key === 'wrongVersion') return m.wrongVersion(d.got === 'text' ? `${m.gotTypes.text} ${given(d.value)}` : d.value === undefined ? m.gotTypes[d.got] : given(d.value), versions(d.versions));
  if (d.key === 'invalidDate' || d.key === 'invalidDay') {
    // 31.04.2022: its form is read, its day does not exist; how to write a date would not help.
    const monthEnd = monthEndPassed(d.value);
    return monthEnd ? m.dayPastMonthEnd(q(d.value), formatDateInWords(parseIsoDate(monthEnd)!, f.dates)) : m[d.key](q(d.value));
  }
  if (d.key === 'mixedScripts') return m.mixedScripts(q(d.value), m.alphabets[d.alphabet], f.list(d.letters.map(q)));
  if (d.key === 'mixedScriptsWord') {
    // The word in the reader's language, as the legend names it.
    const names: Readonly<Record<string, string>> = d.field === 'kind' ? t.kinds : t.status;
    return m.mixedScriptsWord(q(d.value), m.alphabets[d.alphabet], f.list(d.letters.map(q)), q(names[d.id] ?? d.id));
  }
  if (d.key === 'actorAdded') return m.actorAdded(q(d.value), q(d.id));
  if (d.key === 'actorSpelledOtherwise') return m.actorSpelledOtherwise(q(d.value), q(d.id), q(d.other));
  if (d.key === 'era') return m.era(d.label === '' ? null : q(d.label));
  if (d.key === 'background' || d.key === 'embeddedMedia' || d.key === 'embedTextKept' || d.key === 'titleSlideMedia' || d.key === 'titleSlideBackground' || d.key === 'secondTitleRow' || d.key === 'cosmologicalScale') return m[d.key];
  if (d.key === 'notATimelineType' || d.key === 'notATime') return m[d.key](q(d.value));
  if (d.key === 'mediaPartsLeft') return m.mediaPartsLeft(f.list(d.parts.map((part) => m.mediaParts[part])));
  // A start date's year left its event out, which the problem says (Problem.leftOut); an end date's, only the end date.
  const endLeftOut = (part: 'start' | 'end') => (part === 'end' ? `: ${m.leftOut.endDate}` : '');
  // The year as the file writes it: not a count (no thousands separator).
  if (d.key === 'yearBefore1' || d.key === 'yearAfter9999') return m[d.key](String(d.year)) + endLeftOut(d.part);
  if (d.key === 'notAYear') return m.notAYear(q(d.value)) + endLeftOut(d.part);
  if (d.key === 'yearOfType') return m.yearOfType(m.valueTypes[d.type]) + endLeftOut(d.part);
  if (d.key === 'linkNotHttps') return m.linkNotHttps(q(d.text), q(d.url));
  if (d.key === 'endWithoutYear') return m.endWithoutYear;
  if (d.key === 'mediaTextWithoutMedia') return m.mediaTextWithoutMedia(q(d.value));
  if (d.key === 'mediaNotHttps' || d.key === 'mediaKeptAsLink' || d.key === 'embedKeptAsLink') return m[d.key](q(d.url));
  if (d.key === 'sourceUrl' || d.key === 'mediaUrl') return m[d.key](q(d.url), m.urlFaults[d.fault]);
  if (d.key === 'renamedId' || d.key === 'idRead') return m[d.key](q(d.value), q(d.id));
  if (d.key === 'quoteLang') return m.quoteLang(q(d.value), m.quoteLangParts[d.part]);
  if (d.key === 'titleCut' || d.key === 'textCut') return m[d.key](f.plural(m.characters, d.limit));
  if (d.key === 'tooLong') return m.tooLong(q(d.value), f.plural(m.length, d.length), f.count(d.limit));
  if (d.key === 'linkTooLong') return m.linkTooLong(q(d.text), f.plural(m.characters, d.limit));
  if (d.key === 'groupSpelledOtherwise') return m.groupSpelledOtherwise(q(d.value), q(d.name));
  if (d.key === 'requiredBelowValue') return m.requiredBelowValue(q(d.value), placeText(d.above, t));
  if (d.key === 'repeatedId') return m.repeatedId(q(d.id), placeText(d.first, t), q(d.renamed));
  if (d.key === 'tooManyEvents') return m.tooManyEvents(f.count(d.count), f.count(d.limit));
  if (d.key === 'tooManyActors') return m.tooManyActors(f.count(d.limit));
  if (d.key === 'tooManyItems') return m.tooManyItems(f.count(d.limit));
  if (d.key === 'timeZone') return m.timeZone[d.fault](q(d.zone), q(d.date));
  if (d.key === 'missingReply') return m.missingReply[d.leftOut ? 'leftOut' : 'none'](q(d.id));
  if (d.key === 'replyCycle') {
    const said = (ids: readonly string[]) => ids.map(q).join(' → ');
    return d.last.length === 0 ? m.replyCycle(said(d.first), null) : m.replyCycle(`${said(d.first)} → … → ${said(d.last)}`, f.plural(t.events, d.events));
  }
  if (d.key === 'endBeforeStart') return m.endBeforeStart(q(d.value), q(d.date)) + (d.endLeftOut ? `: ${m.leftOut.endDate}` : '');
  // A file with no title and no name to take one from is called as the page calls such a dataset.
  if (d.key === 'noTitle') return m.noTitle[d.where](q(d.title === UNTITLED_DATASET ? t.dataset.untitled : d.title));
  if (d.key === 'dateWindow') return m.dateWindow(q(d.value), d.start, d.end, d.approximate);
  if (d.key === 'serialDates') return m.serialDates(q(d.value), d.kept, d.kept1904, d.others === 0 ? null : f.plural(m.otherDates, d.others));
  if (d.key === 'dateWindowEnd') return m.dateWindowEnd(q(d.value), d.end, d.approximate);
  if (d.key === 'dateWindowToEnd') return m.dateWindowToEnd(q(d.value), d.start, d.approximate);
  if (d.key === 'invisibleTitle') return m.invisibleTitle[d.where](q(d.value), q(d.title));
  if (d.key === 'datesOrder') return (d.chosen ? m.datesReadAsChosen : m.datesRead)(q(d.value), t.dataset.dateOrders[d.order], d.example);
  if (d.key === 'datesConflict') return m.datesConflict(t.dataset.dateOrders[d.order]);
  if (d.key === 'unknownActor' || d.key === 'unknownRecipient') return m[d.key](q(d.id));
  if (d.key === 'notAllowed') return m.notAllowed(q(d.value), d.allowed.map(q).join(', '));
  if (d.key === 'timelineTimeDropped') return m.timelineTimeDropped(d.time);
  if (d.key === 'excelTimeDropped') return m.excelTimeDropped(q(d.value), d.time);
  if (d.key === 'noStartDate') return m.noStartDate;
  if (d.key === 'jsonSyntax') return m.jsonSyntax(String(d.line), String(d.column));
  if (d.key === 'legacyEncoding') return m.legacyEncoding(m.codePages[d.encoding]);
  if (d.key === 'notAnObject') return m.notAnObject(m.gotTypes[d.got]);
  if (d.key === 'slidesList') return m.slidesList;
  if (d.key === 'noVersion') return m.noVersion(versions(d.versions));
  if (d.key === 'timeDropped') return m.timeDropped(d.time, d.kept, withTimeZone(d.kept, d.time));
  // A sheet reads the legend's names in any language (vocabularyWord.ts): the reader's are the ones to offer.
  if (d.key === 'unknownStatus') return m.unknownStatus(q(d.value), f.orList(VERIFICATION_STATUSES.map((s) => q(t.status[s]))));
  if (d.key === 'notABoolean') return m.notABoolean(q(d.value));
  if (d.key === 'unknownKind') return m.notAllowed(q(d.value), EVENT_KINDS.map((k) => q(t.kinds[k])).join(', '));
  // The value is the file's own text: shortened and isolated as every quoted value is.
  return m[d.key](isolated(quoteText(d.value)), d.kept);
}

/** A time of day as a sheet writes it (9:05, 13:43:10, or as the US writes it, 1:45 PM, 12:05 a.m.). */
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])\.? ?m\.?)?$/i;

/** A day and a time of day as the format writes a time, in 24 hours, with an example time zone: 2022-03-13T09:05:00+03:00 (13:45:00 for 1:45 PM). */
function withTimeZone(day: string, time: string): string {
  const [, h = '', minutes = '', seconds = '00', half] = TIME_OF_DAY.exec(time.trim()) ?? [];
  const hours = half === undefined ? Number(h) : (Number(h) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  return `${day}T${String(hours).padStart(2, '0')}:${minutes}:${seconds}+03:00`;
}
