import { isIsoDate, isIsoDay } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import type { DatasetEvent } from './schema.ts';
import { EVENT_KINDS } from './vocabulary.ts';

/*
 * A fast path for the common event: plain fields checked with typeof, in one pass, no objects
 * made but the result. It answers only "certainly valid" (the copy zod would return) or "ask
 * the schema": anything unusual (quotes, verification, unknown fields, any doubt) goes to zod,
 * which also writes the messages. A property test compares both on random events.
 */

const SLUG = /^[a-z0-9-]+$/;
const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const SIMPLE_KEYS: ReadonlySet<string> = new Set(['id', 'date', 'dateEnd', 'approximate', 'kind', 'from', 'to', 'author', 'title', 'summary', 'inReplyTo', 'sources', 'tags']);

const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText && SLUG.test(v);
const isShort = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.shortText;
const isLong = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.longText;
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && DATE_SHAPE.test(v) && isIsoDate(v);

function slugList(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > LIMITS.listItems) return false;
  for (const x of v) if (!isSlug(x)) return false;
  return true;
}

/** The event as the schema would return it, when it is certainly valid; otherwise null. */
export function fastEventCheck(raw: unknown): DatasetEvent | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  for (const k in r) if (!SIMPLE_KEYS.has(k)) return null;
  if (!isSlug(r.id) || !isDate(r.date) || typeof r.kind !== 'string' || !KINDS.has(r.kind) || !isSlug(r.from)) return null;
  if (!slugList(r.to) || !isShort(r.title) || !isLong(r.summary)) return null;
  if (!Array.isArray(r.sources) || r.sources.length === 0 || r.sources.length > LIMITS.listItems) return null;
  const sources: DatasetEvent['sources'] = [];
  for (const s of r.sources) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return null;
    const src = s as Record<string, unknown>;
    for (const k in src) if (k !== 'title' && k !== 'publisher' && k !== 'url' && k !== 'date') return null;
    if (!isShort(src.title) || !isShort(src.publisher)) return null;
    const out: DatasetEvent['sources'][number] = { title: src.title, publisher: src.publisher };
    if (src.url !== undefined) {
      if (typeof src.url !== 'string' || src.url.length > 2000) return null;
      out.url = src.url;
    }
    if (src.date !== undefined) {
      if (typeof src.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(src.date) || !isIsoDay(src.date)) return null;
      out.date = src.date;
    }
    sources.push(out);
  }
  const e: DatasetEvent = { id: r.id, date: r.date, kind: r.kind as DatasetEvent['kind'], from: r.from, to: [...r.to], title: r.title, summary: r.summary, sources };
  if (r.dateEnd !== undefined) {
    if (!isDate(r.dateEnd)) return null;
    e.dateEnd = r.dateEnd;
  }
  if (r.approximate !== undefined) {
    if (typeof r.approximate !== 'boolean') return null;
    e.approximate = r.approximate;
  }
  if (r.author !== undefined) {
    if (!isShort(r.author)) return null;
    e.author = r.author;
  }
  if (r.inReplyTo !== undefined) {
    if (!slugList(r.inReplyTo)) return null;
    e.inReplyTo = [...r.inReplyTo];
  }
  if (r.tags !== undefined) {
    if (!Array.isArray(r.tags) || r.tags.length > LIMITS.listItems) return null;
    for (const t of r.tags) if (!isShort(t)) return null;
    e.tags = [...(r.tags as string[])];
  }
  return e;
}
