import { isIsoDate, isIsoDay } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import type { DatasetEvent } from './schema.ts';
import { EVENT_FIELDS, EVENT_KINDS, VERIFICATION_STATUSES } from './vocabulary.ts';

/*
 * A fast path for the common event: plain fields checked with typeof, in one pass, no objects
 * made. It answers only "certainly valid" (the copy zod would return) or "ask
 * the schema": anything unusual (unknown fields, wrong types, any doubt) goes to zod,
 * which also writes the messages. A property test compares both on random events.
 */

const SLUG = /^[a-z0-9-]+$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const STATUSES: ReadonlySet<string> = new Set(VERIFICATION_STATUSES);
const EVENT_KEYS: ReadonlySet<string> = new Set(EVENT_FIELDS);

const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText && SLUG.test(v);
const isShort = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText;
const isLong = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.longText;
// isIsoDate reads the format's grammar itself (tests/shared/dates/isoDate.test.ts checks it against it).
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && isIsoDate(v);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLang = (v: unknown): v is string => typeof v === 'string' && LANG.test(v);

function isQuote(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const k in v) if (k !== 'text' && k !== 'lang' && k !== 'speaker' && k !== 'translation') return false;
  if (!isLong(v.text) || !isLang(v.lang)) return false;
  if (v.speaker !== undefined && !isShort(v.speaker)) return false;
  if (v.translation !== undefined) {
    const t = v.translation;
    if (!isRecord(t)) return false;
    for (const k in t) if (k !== 'text' && k !== 'lang' && k !== 'by') return false;
    if (!isLong(t.text) || !isLang(t.lang)) return false;
    if (t.by !== undefined && !isShort(t.by)) return false;
  }
  return true;
}

function slugList(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > LIMITS.listItems) return false;
  for (const x of v) if (!isSlug(x)) return false;
  return true;
}

/**
 * True when the event is certainly valid: only known fields, each of the right type and size.
 * Then the value itself is what the schema would return (nothing to strip or convert).
 */
export function isCertainlyValidEvent(raw: unknown): raw is DatasetEvent {
  if (!isRecord(raw)) return false;
  const r = raw;
  for (const k in r) if (!EVENT_KEYS.has(k)) return false;
  if (!isSlug(r.id) || !isDate(r.date) || typeof r.kind !== 'string' || !KINDS.has(r.kind) || !isSlug(r.from)) return false;
  if (!slugList(r.to) || !isShort(r.title) || !isLong(r.summary)) return false;
  if (!Array.isArray(r.sources) || r.sources.length === 0 || r.sources.length > LIMITS.listItems) return false;
  for (const src of r.sources) {
    if (!isRecord(src)) return false;
    for (const k in src) if (k !== 'title' && k !== 'publisher' && k !== 'url' && k !== 'date') return false;
    if (!isShort(src.title) || !isShort(src.publisher)) return false;
    if (src.url !== undefined && (typeof src.url !== 'string' || src.url.length > 2000)) return false;
    if (src.date !== undefined && (typeof src.date !== 'string' || !isIsoDay(src.date))) return false;
  }
  if (r.dateEnd !== undefined && !isDate(r.dateEnd)) return false;
  if (r.approximate !== undefined && typeof r.approximate !== 'boolean') return false;
  if (r.author !== undefined && !isShort(r.author)) return false;
  if (r.inReplyTo !== undefined && !slugList(r.inReplyTo)) return false;
  if (r.dateNote !== undefined && !isLong(r.dateNote)) return false;
  if (r.timeZone !== undefined && !isShort(r.timeZone)) return false;
  if (r.quotes !== undefined) {
    if (!Array.isArray(r.quotes) || r.quotes.length > LIMITS.listItems) return false;
    for (const q of r.quotes) if (!isQuote(q)) return false;
  }
  if (r.verification !== undefined) {
    const v = r.verification;
    if (!isRecord(v)) return false;
    for (const k in v) if (k !== 'status' && k !== 'note') return false;
    if (typeof v.status !== 'string' || !STATUSES.has(v.status)) return false;
    if (v.note !== undefined && !isLong(v.note)) return false;
  }
  if (r.tags !== undefined) {
    if (!Array.isArray(r.tags) || r.tags.length > LIMITS.listItems) return false;
    for (const t of r.tags) if (!isShort(t)) return false;
  }
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
