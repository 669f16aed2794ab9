import { isIsoDate, isIsoDay } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import { PATTERNS } from './patterns.ts';
import { EVENT_KINDS, KEYS, MEDIA_KINDS, VERIFICATION_STATUSES, type DatasetEvent } from './schema.ts';
import { isRecord } from '../isRecord.ts';

/*
 * A fast path for the common event: plain fields checked with typeof, in one pass, no objects
 * made. It answers only "certainly valid" (the copy zod would return) or "ask the schema":
 * anything unusual (unknown fields, wrong types, any doubt) goes to zod, which also writes the
 * messages. Its patterns, limits, words and field lists are the schema's own (schema.ts,
 * limits.ts); tests/shared/dataset/fastEventCheck.test.ts breaks a valid event once per
 * constraint of the schema and fails when this check lets one through, and a property test
 * compares both paths on random events.
 */

const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const STATUSES: ReadonlySet<string> = new Set(VERIFICATION_STATUSES);
const MEDIA: ReadonlySet<string> = new Set(MEDIA_KINDS);

const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText && PATTERNS.slug.test(v);
/** Not only spaces (PATTERNS.text): a printable ASCII first character answers without the pattern, as it does for nearly every text. */
const hasText = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c > 32 && c < 127) || PATTERNS.text.test(v);
};
const isShort = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText && hasText(v);
/** A title: a short text with a visible character (PATTERNS.visible); a printable ASCII first character is one. */
const isTitle = (v: unknown): v is string => {
  if (!isShort(v)) return false;
  const c = v.charCodeAt(0);
  return (c > 32 && c < 127) || PATTERNS.visible.test(v);
};
const isLong = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.longText && hasText(v);
// isIsoDate reads the date grammar itself, faster than PATTERNS.date (tests/shared/dates/isoDate.test.ts checks it against the grammar).
const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

const isLang = (v: unknown): v is string => typeof v === 'string' && PATTERNS.lang.test(v);
// Inside an event, a short list's includes beats Set.has (about 8 ms at 100,000 events, a source each).
const SOURCE_KEYS = [...KEYS.source];
const QUOTE_KEYS = [...KEYS.quote];
const TRANSLATION_KEYS = [...KEYS.translation];
const VERIFICATION_KEYS = [...KEYS.verification];
const MEDIA_KEYS = [...KEYS.media];
const EVENT_TEXT_KEYS = [...KEYS.eventText];
const QUOTE_TEXT_KEYS = [...KEYS.quoteText];
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]): boolean => {
  for (const k in v) if (!keys.includes(k)) return false;
  return true;
};
const onlyEventKeys = (v: Record<string, unknown>): boolean => {
  for (const k in v) if (!KEYS.event.has(k)) return false;
  return true;
};

function isQuote(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, QUOTE_KEYS)) return false;
  if (!isLong(v.text) || !isLang(v.lang)) return false;
  if (v.speaker !== undefined && !isShort(v.speaker)) return false;
  if (v.translation !== undefined) {
    const t = v.translation;
    if (!isRecord(t) || !onlyKeys(t, TRANSLATION_KEYS)) return false;
    if (!isLong(t.text) || !isLang(t.lang)) return false;
    if (t.by !== undefined && !isShort(t.by)) return false;
  }
  if (v.translations !== undefined && !isQuoteTranslations(v.translations)) return false;
  return true;
}

function isQuoteTranslations(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let n = 0;
  for (const lang in v) {
    if (++n > LIMITS.listItems || !isLang(lang)) return false;
    const t = v[lang];
    if (!isRecord(t) || !onlyKeys(t, QUOTE_TEXT_KEYS)) return false;
    if (t.speaker !== undefined && !isShort(t.speaker)) return false;
    if (t.translationBy !== undefined && !isShort(t.translationBy)) return false;
  }
  return true;
}

function isSource(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, SOURCE_KEYS)) return false;
  if (!isShort(v.title) || !isShort(v.publisher)) return false;
  if (v.url !== undefined && (typeof v.url !== 'string' || v.url.length > LIMITS.url)) return false;
  if (v.date !== undefined && (typeof v.date !== 'string' || !isIsoDay(v.date))) return false;
  return true;
}

function isMedia(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, MEDIA_KEYS)) return false;
  if (typeof v.kind !== 'string' || !MEDIA.has(v.kind)) return false;
  if (typeof v.url !== 'string' || v.url.length > LIMITS.url) return false;
  if (v.caption !== undefined && !isLong(v.caption)) return false;
  if (v.credit !== undefined && !isShort(v.credit)) return false;
  if (v.alt !== undefined && !isLong(v.alt)) return false;
  return true;
}

function isTranslations(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let n = 0;
  for (const lang in v) {
    if (++n > LIMITS.listItems || !isLang(lang)) return false;
    const t = v[lang];
    if (!isRecord(t) || !onlyKeys(t, EVENT_TEXT_KEYS)) return false;
    if (t.title !== undefined && !isTitle(t.title)) return false;
    if (t.summary !== undefined && !isLong(t.summary)) return false;
    if (t.author !== undefined && !isShort(t.author)) return false;
    if (t.dateNote !== undefined && !isLong(t.dateNote)) return false;
    if (t.verificationNote !== undefined && !isLong(t.verificationNote)) return false;
    if (t.by !== undefined && !isShort(t.by)) return false;
  }
  return true;
}

// One loop per kind of list, not one generic loop taking the item check: a call site that sees
// four different functions is not inlined, which costs ~10% at 100,000 events.
const isListSize = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= LIMITS.listItems;

function isSlugList(v: unknown): boolean {
  if (!isListSize(v)) return false;
  for (const x of v) if (!isSlug(x)) return false;
  return true;
}

/**
 * True when the event is certainly valid: only known fields, each of the right type and size.
 * Then the value itself is what the schema would return (nothing to strip or convert).
 */
export function isCertainlyValidEvent(raw: unknown): raw is DatasetEvent {
  if (!isRecord(raw) || !onlyEventKeys(raw)) return false;
  const r = raw;
  if (!isSlug(r.id) || !isDate(r.date) || typeof r.kind !== 'string' || !KINDS.has(r.kind) || !isSlug(r.from)) return false;
  if (!isSlugList(r.to) || !isTitle(r.title) || !isLong(r.summary)) return false;
  // No sources at all: the schema gives the event an empty list (a copy this path does not make).
  if (!isListSize(r.sources)) return false;
  for (const src of r.sources) if (!isSource(src)) return false;
  if (r.dateEnd !== undefined && !isDate(r.dateEnd)) return false;
  if (r.approximate !== undefined && typeof r.approximate !== 'boolean') return false;
  if (r.author !== undefined && !isShort(r.author)) return false;
  if (r.inReplyTo !== undefined && !isSlugList(r.inReplyTo)) return false;
  if (r.dateNote !== undefined && !isLong(r.dateNote)) return false;
  if (r.timeZone !== undefined && !isShort(r.timeZone)) return false;
  if (r.quotes !== undefined) {
    if (!isListSize(r.quotes)) return false;
    for (const q of r.quotes) if (!isQuote(q)) return false;
  }
  if (r.media !== undefined) {
    if (!isListSize(r.media)) return false;
    for (const m of r.media) if (!isMedia(m)) return false;
  }
  if (r.verification !== undefined) {
    const v = r.verification;
    if (!isRecord(v) || !onlyKeys(v, VERIFICATION_KEYS)) return false;
    if (typeof v.status !== 'string' || !STATUSES.has(v.status)) return false;
    if (v.note !== undefined && !isLong(v.note)) return false;
  }
  if (r.tags !== undefined) {
    if (!isListSize(r.tags)) return false;
    for (const t of r.tags) if (!isShort(t)) return false;
  }
  if (r.translations !== undefined && !isTranslations(r.translations)) return false;
  return true;
}

/** A deep copy of a JSON value (objects, arrays, primitives). */
function copyJson<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyJson) as T;
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = copyJson(v[k]);
    return out as T;
  }
  return v;
}

/** A copy of the event as the schema would return it, when it is certainly valid; otherwise null. */
export function fastEventCheck(raw: unknown): DatasetEvent | null {
  return isCertainlyValidEvent(raw) ? copyJson(raw) : null;
}
