import { isIsoDate, isIsoDay } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import { EVENT_KINDS, KEYS, PATTERNS, VERIFICATION_STATUSES, type DatasetEvent } from './schema.ts';

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

const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText && PATTERNS.slug.test(v);
const isShort = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText;
const isLong = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.longText;
// isIsoDate reads the date grammar itself, faster than PATTERNS.date (tests/shared/dates/isoDate.test.ts checks it against the grammar).
const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLang = (v: unknown): v is string => typeof v === 'string' && PATTERNS.lang.test(v);
const onlyKeys = (v: Record<string, unknown>, keys: ReadonlySet<string>): boolean => {
  for (const k in v) if (!keys.has(k)) return false;
  return true;
};

function isQuote(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, KEYS.quote)) return false;
  if (!isLong(v.text) || !isLang(v.lang)) return false;
  if (v.speaker !== undefined && !isShort(v.speaker)) return false;
  if (v.translation !== undefined) {
    const t = v.translation;
    if (!isRecord(t) || !onlyKeys(t, KEYS.translation)) return false;
    if (!isLong(t.text) || !isLang(t.lang)) return false;
    if (t.by !== undefined && !isShort(t.by)) return false;
  }
  return true;
}

function isSource(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, KEYS.source)) return false;
  if (!isShort(v.title) || !isShort(v.publisher)) return false;
  if (v.url !== undefined && (typeof v.url !== 'string' || v.url.length > LIMITS.url)) return false;
  if (v.date !== undefined && (typeof v.date !== 'string' || !isIsoDay(v.date))) return false;
  return true;
}

/** A list of at most LIMITS.listItems items, each passing `item`. */
function isList(v: unknown, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > LIMITS.listItems) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

/**
 * True when the event is certainly valid: only known fields, each of the right type and size.
 * Then the value itself is what the schema would return (nothing to strip or convert).
 */
export function isCertainlyValidEvent(raw: unknown): raw is DatasetEvent {
  if (!isRecord(raw) || !onlyKeys(raw, KEYS.event)) return false;
  const r = raw;
  if (!isSlug(r.id) || !isDate(r.date) || typeof r.kind !== 'string' || !KINDS.has(r.kind) || !isSlug(r.from)) return false;
  if (!isList(r.to, isSlug) || !isShort(r.title) || !isLong(r.summary)) return false;
  if (!isList(r.sources, isSource) || (r.sources as unknown[]).length === 0) return false;
  if (r.dateEnd !== undefined && !isDate(r.dateEnd)) return false;
  if (r.approximate !== undefined && typeof r.approximate !== 'boolean') return false;
  if (r.author !== undefined && !isShort(r.author)) return false;
  if (r.inReplyTo !== undefined && !isList(r.inReplyTo, isSlug)) return false;
  if (r.dateNote !== undefined && !isLong(r.dateNote)) return false;
  if (r.timeZone !== undefined && !isShort(r.timeZone)) return false;
  if (r.quotes !== undefined && !isList(r.quotes, isQuote)) return false;
  if (r.verification !== undefined) {
    const v = r.verification;
    if (!isRecord(v) || !onlyKeys(v, KEYS.verification)) return false;
    if (typeof v.status !== 'string' || !STATUSES.has(v.status)) return false;
    if (v.note !== undefined && !isLong(v.note)) return false;
  }
  if (r.tags !== undefined && !isList(r.tags, isShort)) return false;
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
