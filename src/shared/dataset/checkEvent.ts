import type * as z from 'zod/mini';
import { parseIsoDate } from '../dates/isoDate.ts';
import { detailedProblem, leftOut } from '../import/detailedProblem.ts';
import { isCertainlyValidEvent } from './fastEventCheck.ts';
import { checkedTranslations, hasProtoLanguage, TRANSLATIONS } from './headerText.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';
import { eventSchema, type DatasetEvent, type EventTranslation, type QuoteTranslation } from './schema.ts';
import { sourceUrlFault } from './sourceUrl.ts';
import { isValidTimeZone, zoneOffsetMinutes } from './timeZone.ts';
import { unknownEventFields } from './unknownFields.ts';
import { zodIssueProblem } from './zodIssueProblem.ts';
import { isRecord } from '../isRecord.ts';
import { fitted } from './limits.ts';
import { EVENT_ORIGINALS, EVENT_TRANSLATED_FIELDS, QUOTE_ORIGINALS, QUOTE_TRANSLATED_FIELDS } from './translatedOriginals.ts';
import type { LeftOut, NoOriginalField } from './problem.ts';

/** What checking one event needs to know about the rest of the file. */
export interface EventContext {
  actorIds: ReadonlyMap<string, number>;
  /** Where in the file the event kept with this id sits, if one was kept before. */
  keptAt(id: string): number | undefined;
  /** An id made from `id` (`a-2`, `a-3`, …) that no event of the file has, now taken: for an event repeating a kept one's id. */
  freeId(id: string): string;
  /** The value is the caller's to change: a valid event is kept as it is instead of copied. */
  owned: boolean;
}

/**
 * Checks events[i] on its own (schema) and against the actors and the events kept before it.
 * Returns the event to keep, or null when it is left out; every problem goes to `out`. A bad
 * recipient, time zone, source URL or media URL is ignored and the event kept, and so is a bad
 * translation (cut to its limit or left out) and a text over its limit (cut); an event without a source is kept with a warning. Reply links are checked once every event is known (replyGraph.ts).
 */
export function checkEvent(raw: unknown, i: number, context: EventContext, out: Problem[]): DatasetEvent | null {
  const at = (...rest: PathSegment[]): PathSegment[] => ['events', i, ...rest];
  // The common, plain event takes the fast path; everything else goes through the schema.
  let e: DatasetEvent | null = isCertainlyValidEvent(raw) ? (context.owned ? raw : { ...raw }) : null;
  /** Where in the file each kept quote, source and media item is, where a broken one before it was left out. */
  let itemIndex: ItemIndex = {};
  const item = (list: ItemList, k: number) => itemIndex[list]?.[k] ?? k;
  if (!e) {
    const parsed = eventSchema.safeParse(raw, { reportInput: true });
    if (parsed.success && !hasProtoLanguageInside(raw)) {
      unknownEventFields(raw, at(), out);
      e = { ...parsed.data };
    } else {
      const kept = keptDespiteTextFaults(raw, parsed.success ? [] : parsed.error.issues, at(), out);
      if (!kept) return null;
      e = kept.event;
      itemIndex = kept.itemIndex;
    }
  }

  // An event repeating a kept event's id is kept under a new one, said with both (nothing the file gives is lost); a reply to the id is to the first.
  const first = context.keptAt(e.id);
  if (first !== undefined) {
    const renamed = context.freeId(e.id);
    out.push(detailedProblem('renamed-id', formatPath(at('id')), { key: 'repeatedId', id: e.id, first: formatPath(['events', first]), renamed }));
    e.id = renamed;
  }
  if (!context.actorIds.has(e.from)) {
    out.push(leftOut(detailedProblem('unknown-actor', formatPath(at('from')), { key: 'unknownActor', id: e.from }), 'event'));
    return null;
  }
  // Most events have neither an end date nor a time zone: their date is not read again here.
  if (e.dateEnd !== undefined) {
    const start = parseIsoDate(e.date)!;
    const end = parseIsoDate(e.dateEnd)!;
    if (end.end <= start.start) {
      out.push(leftOut(detailedProblem('date-end-before-date', formatPath(at('dateEnd')), { key: 'endBeforeStart', value: e.dateEnd, date: e.date }), 'event'));
      return null;
    }
  }
  if (e.timeZone !== undefined) {
    const start = parseIsoDate(e.date)!;
    const problem = timeZoneProblem(e.timeZone, start.start, start.offsetMinutes);
    if (problem) {
      out.push(detailedProblem('time-zone', formatPath(at('timeZone')), { key: 'timeZone', zone: e.timeZone, fault: problem, date: e.date }));
      delete e.timeZone;
    }
  }
  if (!e.to.every((id) => context.actorIds.has(id))) {
    const to: string[] = [];
    e.to.forEach((id, k) => {
      if (context.actorIds.has(id)) to.push(id);
      else out.push(detailedProblem('unknown-actor', formatPath(at('to', k)), { key: 'unknownRecipient', id }));
    });
    e.to = to;
  }
  for (let k = 0; k < e.sources.length; k++) {
    const url = e.sources[k]!.url;
    if (url === undefined) continue;
    const fault = sourceUrlFault(url);
    if (fault) out.push(detailedProblem('non-https-url', formatPath(at('sources', item('sources', k), 'url')), { key: 'sourceUrl', url, fault }));
  }
  if (e.sources.length === 0) out.push({ code: 'unsourced', path: formatPath(at('sources')), message: 'has no source: the event is shown marked "Unsourced"' });
  if (e.media) {
    // An image is loaded from its address, so one that is not https is left out, not shown as text.
    const media = e.media.filter((m, k) => {
      const fault = sourceUrlFault(m.url);
      if (fault) out.push(detailedProblem('non-https-url', formatPath(at('media', item('media', k), 'url')), { key: 'mediaUrl', url: m.url, fault }));
      return fault === null;
    });
    if (media.length < e.media.length) e.media = media;
    if (e.media.length === 0) delete e.media;
  }
  if (e.inReplyTo && e.inReplyTo.length === 0) delete e.inReplyTo;
  if (e.translations || e.quotes) translationsWithoutOriginal(e, at, (k) => item('quotes', k), out);
  return e;
}

/** Says each translation of a text the event or a quote does not have: kept, but never shown (translatedOriginals.ts). */
function translationsWithoutOriginal(e: DatasetEvent, at: (...rest: PathSegment[]) => PathSegment[], quoteAt: (k: number) => number, out: Problem[]): void {
  const say = (path: PathSegment[], field: NoOriginalField) => out.push(detailedProblem('no-original', formatPath(at(...path, field)), { key: 'noOriginal', field }));
  for (const [lang, texts] of Object.entries(e.translations ?? {})) {
    for (const field of EVENT_TRANSLATED_FIELDS) if (texts[field] !== undefined && EVENT_ORIGINALS[field](e) === undefined) say(['translations', lang], field);
  }
  e.quotes?.forEach((q, k) => {
    for (const [lang, texts] of Object.entries(q.translations ?? {})) {
      for (const field of QUOTE_TRANSLATED_FIELDS) if (texts[field] !== undefined && QUOTE_ORIGINALS[field](q) === undefined) say(['quotes', quoteAt(k), 'translations', lang], field);
    }
  });
}

/** The lists of an event whose items are left out one by one when broken, and what each item is called. */
const ITEM_LISTS = { quotes: 'quote', sources: 'source', media: 'media' } as const satisfies Record<string, LeftOut>;
type ItemList = keyof typeof ITEM_LISTS;
/** For each list that lost a broken item, the place in the file of each item kept. */
type ItemIndex = Partial<Record<ItemList, number[]>>;

/** The list and the item of the list that an issue is in (not the list as a whole), or undefined. */
function itemOf(issue: z.core.$ZodIssue): { list: ItemList; k: number } | undefined {
  const [list, k] = issue.path;
  return typeof list === 'string' && Object.hasOwn(ITEM_LISTS, list) && typeof k === 'number' ? { list: list as ItemList, k } : undefined;
}

/**
 * An event whose only faults are in its translations, in texts over their limits or in its
 * quotes, sources or media items: kept, its translations checked one language and one text at a
 * time as the dataset's are (headerText.ts), a text over its limit cut to it (a title, a summary,
 * a quote, a source's title, a tag…), a wrong translation left out, a broken quote, source or
 * media item left out (the others keep their places in messages), each said. Any other fault
 * leaves the event out, every fault said.
 */
function keptDespiteTextFaults(raw: unknown, issues: readonly z.core.$ZodIssue[], path: PathSegment[], out: Problem[]): { event: DatasetEvent; itemIndex: ItemIndex } | null {
  const leftOutWhole = () => {
    for (const issue of issues) out.push(leftOut(zodIssueProblem(issue, path), 'event'));
    return null;
  };
  // The event's translations, and a quote's (quotes[k].translations), are checked on their own below.
  const inTranslations = (issue: z.core.$ZodIssue) => issue.path[0] === 'translations' || (issue.path[0] === 'quotes' && issue.path[2] === 'translations');
  const breaksItem = (issue: z.core.$ZodIssue) => !inTranslations(issue) && !canCut(issue) && itemOf(issue) !== undefined;
  if (!isRecord(raw) || !issues.every((issue) => inTranslations(issue) || canCut(issue) || breaksItem(issue))) return leftOutWhole();
  const broken = issues.filter(breaksItem);
  const brokenItems = new Set(broken.map((issue) => `${issue.path[0] as string} ${issue.path[1] as number}`));
  const isBroken = (list: PathSegment, k: PathSegment) => brokenItems.has(`${String(list)} ${String(k)}`);
  // A text over its limit in a broken item is not cut: the item is left out.
  const cuts = issues.filter((issue) => !inTranslations(issue) && !breaksItem(issue) && !isBroken(issue.path[0] as PathSegment, issue.path[1] as PathSegment));
  // Copied only on this rare path: the texts are cut in the copy, the file's event left as it is.
  const { translations, ...rest } = cuts.length > 0 ? (structuredClone(raw) as Record<string, unknown>) : raw;
  const quoteTranslations = new Map<number, unknown>();
  if (Array.isArray(rest.quotes)) {
    rest.quotes = rest.quotes.map((q: unknown, k) => {
      if (!isRecord(q) || q.translations === undefined || isBroken('quotes', k)) return q;
      const { translations: texts, ...quote } = q;
      quoteTranslations.set(k, texts);
      return quote;
    });
  }
  const cutProblems: Problem[] = [];
  for (const issue of cuts) {
    const keys = issue.path as PathSegment[];
    const holder = keys.slice(0, -1).reduce<unknown>((v, k) => (isRecord(v) || Array.isArray(v) ? (v as Record<PathSegment, unknown>)[k] : undefined), rest);
    // An object's text, or a list's (a tag).
    if (!isRecord(holder) && !Array.isArray(holder)) return leftOutWhole();
    const texts = holder as Record<PathSegment, unknown>;
    const key = keys.at(-1)!;
    const value = texts[key];
    if (typeof value !== 'string') return leftOutWhole();
    const f = fitted(value, Number((issue as z.core.$ZodIssueTooBig).maximum), key === 'title' ? 'titleCut' : 'textCut');
    texts[key] = f.text;
    if (f.cut) cutProblems.push(detailedProblem('too-long', formatPath([...path, ...keys]), f.cut));
  }
  // Unknown fields are said where the file has them, the broken items' too.
  const unknown: Problem[] = [];
  unknownEventFields(rest, path, unknown);
  const itemIndex: ItemIndex = {};
  for (const list of Object.keys(ITEM_LISTS) as ItemList[]) {
    const items = rest[list];
    if (!Array.isArray(items) || !items.some((_, k) => isBroken(list, k))) continue;
    itemIndex[list] = items.flatMap((_, k) => (isBroken(list, k) ? [] : [k]));
    // A list left empty is as no list: the event's sources then default to none (said: unsourced).
    const keptItems = items.filter((_, k) => !isBroken(list, k));
    rest[list] = keptItems.length > 0 ? keptItems : undefined;
  }
  const parsed = eventSchema.safeParse(rest, { reportInput: true });
  if (!parsed.success) return leftOutWhole();
  out.push(...cutProblems);
  const linkOnly = linkOnlySources(raw.sources, broken);
  for (const issue of broken) {
    const { list, k } = itemOf(issue)!;
    const missing = list === 'sources' && isMissingName(issue) ? linkOnly.get(k) : undefined;
    // A source given only as its link: said once, at the source, where its first missing name is.
    if (missing) {
      if (issue.path[2] === missing[0]) out.push(leftOut(detailedProblem('required', formatPath([...path, 'sources', k]), { key: 'sourceNeedsName', missing }), 'source'));
    } else out.push(leftOut(zodIssueProblem(issue, path), ITEM_LISTS[list]));
  }
  out.push(...unknown);
  const e: DatasetEvent = { ...parsed.data };
  for (const key of Object.keys(ITEM_LISTS)) if ((e as Record<string, unknown>)[key] === undefined && key !== 'sources') delete (e as Record<string, unknown>)[key];
  const kept = (list: ItemList, k: number) => (itemIndex[list] ? itemIndex[list].indexOf(k) : k);
  for (const [k, texts] of quoteTranslations) {
    const checked = checkedTranslations<QuoteTranslation>(texts, TRANSLATIONS.quote, [...path, 'quotes', k, 'translations'], out);
    if (checked) e.quotes![kept('quotes', k)] = { ...e.quotes![kept('quotes', k)]!, translations: checked };
  }
  const checked = checkedTranslations<EventTranslation>(translations, TRANSLATIONS.event, [...path, 'translations'], out);
  if (checked) e.translations = checked;
  return { event: e, itemIndex };
}

/** A source's fields that name it, which a source given only as its link lacks. */
const SOURCE_NAME_FIELDS = ['title', 'publisher'] as const;
type SourceNameField = (typeof SOURCE_NAME_FIELDS)[number];

/** An issue of a source's title or publisher that is not there at all. */
const isMissingName = (issue: z.core.$ZodIssue): boolean =>
  issue.path.length === 3 && SOURCE_NAME_FIELDS.includes(issue.path[2] as SourceNameField) && issue.code === 'invalid_type' && issue.input === undefined;

/**
 * The sources (by place in the file) given with a link but without a title or publisher, and which
 * of the two each lacks: said once each, telling the author what to add, since the format does not
 * name a source after its link as a spreadsheet does (sourceFromLink.ts).
 */
function linkOnlySources(sources: unknown, broken: readonly z.core.$ZodIssue[]): Map<number, SourceNameField[]> {
  const found = new Map<number, SourceNameField[]>();
  if (!Array.isArray(sources)) return found;
  for (const issue of broken) {
    const at = itemOf(issue);
    if (at?.list !== 'sources' || !isMissingName(issue)) continue;
    const source: unknown = sources[at.k];
    if (!isRecord(source) || typeof source.url !== 'string' || source.url.trim() === '') continue;
    const missing = found.get(at.k) ?? [];
    missing.push(issue.path[2] as SourceNameField);
    found.set(at.k, missing);
  }
  for (const missing of found.values()) missing.sort((a, b) => SOURCE_NAME_FIELDS.indexOf(a) - SOURCE_NAME_FIELDS.indexOf(b));
  return found;
}

/** Whether the event's translations or a quote's have a "__proto__" language (hasProtoLanguage), which only the slow path says. */
function hasProtoLanguageInside(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  return hasProtoLanguage(raw.translations) || (Array.isArray(raw.quotes) && raw.quotes.some((q: unknown) => isRecord(q) && hasProtoLanguage(q.translations)));
}

/**
 * A text over its limit, which can be cut to it and say so. Not an id or a link to one (cut, it
 * would name another record), an address (it would lead elsewhere) or a time zone (it would name none).
 */
const canCut = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'too_big' && issue.origin === 'string' && !issue.path.some((key) => typeof key === 'string' && UNCUT_EVENT_KEYS.has(key));

/** An event's fields (at any depth) whose value over its limit is never cut: the event is left out. */
export const UNCUT_EVENT_KEYS: ReadonlySet<string> = new Set(['id', 'from', 'to', 'inReplyTo', 'url', 'timeZone']);

/** What is wrong with an event's time zone given its date, or null. */
function timeZoneProblem(timeZone: string, start: number, offsetMinutes: number | undefined): 'unknown' | 'noTime' | 'offset' | null {
  if (!isValidTimeZone(timeZone)) return 'unknown';
  if (offsetMinutes === undefined) return 'noTime';
  if (zoneOffsetMinutes(timeZone, start) !== offsetMinutes) return 'offset';
  return null;
}
