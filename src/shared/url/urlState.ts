import { LIMITS } from '../dataset/limits.ts';
import { quoteText } from '../dataset/problem.ts';
import type { EventKind } from '../dataset/schema.ts';
import { EVENT_KINDS } from '../dataset/vocabulary.ts';
import { parseIsoDate } from '../dates/isoDate.ts';
import { LANG_CODES, languageOf, type Lang } from '../i18n/languages.ts';

/*
 * Everything a reader chooses lives in the address, so any view can be shared, embedded and
 * restored by Back. This module is the one place that reads and writes it: each parameter is
 * parsed (syntax only: whether an agency or an event exists is the dataset's to say) and
 * serialized here, and whatever is malformed becomes a notice instead of an error.
 */

export type Role = 'involving' | 'sent' | 'received';
export const ROLES: readonly Role[] = ['involving', 'sent', 'received'];
export type View = 'chart' | 'list';
const VIEWS: readonly View[] = ['chart', 'list'];
/** The List view's order by date: oldest first (the default) or newest first. */
export type ListOrder = 'oldest' | 'newest';
const LIST_ORDERS: readonly ListOrder[] = ['oldest', 'newest'];
export type ThemeChoice = 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['light', 'dark'];

/** A span of days, both inclusive, as ISO days. */
export interface DaySpan {
  start: string;
  end: string;
}

export interface UrlState {
  /** ?data=: another dataset (its policy is in datasetSource.ts). */
  data: string | null;
  agencies: string[];
  role: Role;
  kinds: EventKind[];
  q: string;
  from: string | null;
  to: string | null;
  /** ?event=: the open event. */
  event: string | null;
  view: View;
  /** ?sort=newest: the List view's order (the chart is always by date). */
  sort: ListOrder;
  theme: ThemeChoice | null;
  embed: boolean;
  /** ?window=2022-03-10..2022-04-05: the span the chart shows (nothing is filtered out). */
  window: DaySpan | null;
  /** ?lang=: the interface's language; otherwise the reader's browser languages decide. */
  lang: Lang | null;
}

export const DEFAULT_STATE: UrlState = {
  data: null,
  agencies: [],
  role: 'involving',
  kinds: [],
  q: '',
  from: null,
  to: null,
  event: null,
  view: 'chart',
  sort: 'oldest',
  theme: null,
  embed: false,
  window: null,
  lang: null,
};

/** The parameters that take one value: given more than once, the first is used, with a notice. */
export type SingleParam = 'data' | 'role' | 'q' | 'from' | 'to' | 'event' | 'view' | 'sort' | 'window' | 'theme' | 'lang' | 'embed';

/** A ?from= after its ?to= (as given), swapped. */
export interface SwappedDays {
  problem: 'swapped';
  from: string;
  to: string;
  /** Typed in the From and To fields, not read from the address: said in the fields' words. */
  typed?: boolean;
}

/** Something in the address that was not used, or not as written, and why (the notices the page shows). */
export type UrlNotice =
  | { problem: 'too-many'; param: 'agency' | 'kind'; limit: number }
  | { problem: 'not-one-of'; param: 'role' | 'kind' | 'view' | 'sort' | 'theme' | 'lang' | 'embed'; value: string; allowed: readonly string[] }
  /** A parameter that takes one value, given `times` times with different values: `value` (the first) is used. */
  | { problem: 'repeated'; param: SingleParam; times: number; value: string }
  /** ?q= longer than `limit` characters: only its first `limit` are searched for. */
  | { problem: 'too-long'; param: 'q'; limit: number }
  | { problem: 'not-a-day'; param: 'from' | 'to'; value: string }
  | SwappedDays
  | { problem: 'not-a-window'; value: string }
  /** A ?window= whose first day is after its last (`start` after `end`, as written): read the other way round. */
  | { problem: 'window-swapped'; start: string; end: string }
  /** A ?window= with none of the dataset's dates in it: the whole timeline is shown. */
  | { problem: 'window-outside'; value: string }
  /** A ?window= partly beyond the chart's days: `shown`, the days shown instead (null: the whole timeline). */
  | { problem: 'window-adjusted'; value: string; shown: DaySpan | null }
  | { problem: 'not-in-dataset'; param: 'agency'; value: string }
  | { problem: 'no-such-event'; value: string };

/** Most values read from a list parameter (agency, kind): as many as a dataset may have actors. */
export const MAX_LIST_VALUES = LIMITS.actors;
/** Longest search text read from ?q=, in characters. */
const MAX_QUERY_CHARS = 200;

/**
 * A list parameter's distinct values, from every time it is given (?agency=esa&agency=nasa reads
 * as ?agency=esa,nasa), at most MAX_LIST_VALUES of them, each cut to one character longer than
 * any id (so a cut value still matches nothing): a URL of any length costs the page a bounded
 * amount of work and a bounded number of notices.
 */
function listParam(params: URLSearchParams, key: 'agency' | 'kind', notices: UrlNotice[]): string[] {
  const values = new Set<string>();
  let read = 0;
  for (const raw of params.getAll(key)) {
    for (const part of raw.split(',', MAX_LIST_VALUES - read + 1)) {
      if (read === MAX_LIST_VALUES) {
        notices.push({ problem: 'too-many', param: key, limit: MAX_LIST_VALUES });
        return [...values];
      }
      read++;
      const v = part.trim().slice(0, LIMITS.shortText + 1);
      if (v) values.add(v);
    }
  }
  return [...values];
}

/**
 * A parameter that takes one value: the first one given that is not blank, or null. Given again
 * with another value, the first is used, with a notice (?view=list&view=chart shows the list).
 */
function single(params: URLSearchParams, key: SingleParam, notices: UrlNotice[]): string | null {
  const given = params.getAll(key).filter((v) => v.trim() !== '');
  const first = given[0];
  if (first === undefined) return null;
  if (given.some((v) => v !== first)) notices.push({ problem: 'repeated', param: key, times: given.length, value: cut(first) });
  return first;
}

/** A value as its list writes it: a language tag by its language ("ru-RU" → "ru"), any other word in lower case ("DARK" → "dark"). */
const normalised = (key: 'role' | 'view' | 'sort' | 'theme' | 'lang', v: string): string => (key === 'lang' ? (languageOf(v) ?? v) : v.trim().toLowerCase());

function oneOf<T extends string>(params: URLSearchParams, key: 'role' | 'view' | 'sort' | 'theme' | 'lang', allowed: readonly T[], notices: UrlNotice[]): T | null {
  const raw = single(params, key, notices);
  if (raw === null) return null;
  const v = normalised(key, raw);
  if ((allowed as readonly string[]).includes(v)) return v as T;
  notices.push({ problem: 'not-one-of', param: key, value: cut(raw), allowed });
  return null;
}

/** What ?embed= turns the embedded page on with (written as 1), in any case; 0, false and no turn it off. */
const EMBED_ON: readonly string[] = ['1', 'true', 'yes'];
const EMBED_OFF: readonly string[] = ['0', 'false', 'no'];

function embedParam(params: URLSearchParams, notices: UrlNotice[]): boolean {
  const raw = single(params, 'embed', notices);
  if (raw === null) return false;
  const v = raw.trim().toLowerCase();
  if (EMBED_ON.includes(v)) return true;
  if (!EMBED_OFF.includes(v)) notices.push({ problem: 'not-one-of', param: 'embed', value: cut(raw), allowed: EMBED_ON });
  return false;
}

const isDay = (v: string) => parseIsoDate(v)?.precision === 'day';
/** Untrusted text kept for a notice: short, whole characters. */
const cut = (v: string) => quoteText(v.slice(0, 4 * LIMITS.quoteChars));

/** "2022-03-10..2022-04-05" → its two days as written (in any order), or null when it is not two days. */
function dayPair(v: string): DaySpan | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v);
  return m && isDay(m[1]!) && isDay(m[2]!) ? { start: m[1]!, end: m[2]! } : null;
}

/** "2022-03-10..2022-04-05" → the span, or null when it is not two days in order. */
export function parseDaySpan(v: string): DaySpan | null {
  const pair = dayPair(v);
  return pair && pair.start <= pair.end ? pair : null;
}

export const formatDaySpan = (s: DaySpan) => `${s.start}..${s.end}`;

/**
 * A date filter's days in order: a first day after the last, as an address or a reader typed
 * them, is swapped, with the notice saying so (null when they were in order).
 */
export function daysInOrder(from: string | null, to: string | null): { from: string | null; to: string | null; swapped: SwappedDays | null } {
  return from && to && from > to ? { from: to, to: from, swapped: { problem: 'swapped', from, to } } : { from, to, swapped: null };
}

/** Reads every parameter; unknown or malformed values are left out, each with a notice. Never throws. */
export function readUrlState(params: URLSearchParams): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const data = single(params, 'data', notices);
  const agencies = listParam(params, 'agency', notices);
  const role = oneOf(params, 'role', ROLES, notices) ?? 'involving';
  // Kinds are lower-case words: ?kind=LETTER is a letter.
  const kinds = new Set<EventKind>();
  for (const k of listParam(params, 'kind', notices)) {
    const kind = k.toLowerCase();
    if ((EVENT_KINDS as readonly string[]).includes(kind)) kinds.add(kind as EventKind);
    else notices.push({ problem: 'not-one-of', param: 'kind', value: cut(k), allowed: EVENT_KINDS });
  }
  // 200 characters (code points), cut from at most twice as many code units.
  const rawQ = single(params, 'q', notices) ?? '';
  const qChars = Array.from(rawQ.slice(0, 2 * MAX_QUERY_CHARS));
  if (rawQ.length > 2 * MAX_QUERY_CHARS || qChars.length > MAX_QUERY_CHARS) notices.push({ problem: 'too-long', param: 'q', limit: MAX_QUERY_CHARS });
  const q = qChars.slice(0, MAX_QUERY_CHARS).join('');
  const day = (key: 'from' | 'to') => {
    const v = single(params, key, notices);
    if (v === null) return null;
    if (isDay(v)) return v;
    notices.push({ problem: 'not-a-day', param: key, value: cut(v) });
    return null;
  };
  const { from, to, swapped } = daysInOrder(day('from'), day('to'));
  if (swapped) notices.push(swapped);
  const event = single(params, 'event', notices);
  const view = oneOf(params, 'view', VIEWS, notices) ?? 'chart';
  const w = single(params, 'window', notices);
  let window: DaySpan | null = null;
  if (w !== null) {
    window = dayPair(w);
    if (!window) notices.push({ problem: 'not-a-window', value: cut(w) });
    else if (window.start > window.end) {
      // As ?from= after ?to= is: the days swapped, with a notice.
      notices.push({ problem: 'window-swapped', start: window.start, end: window.end });
      window = { start: window.end, end: window.start };
    }
  }
  return {
    state: {
      data,
      agencies,
      role,
      kinds: [...kinds],
      q,
      from,
      to,
      event,
      view,
      sort: oneOf(params, 'sort', LIST_ORDERS, notices) ?? 'oldest',
      theme: oneOf(params, 'theme', THEMES, notices),
      embed: embedParam(params, notices),
      window,
      lang: oneOf(params, 'lang', LANG_CODES, notices),
    },
    notices,
  };
}

/**
 * The parameters with `changes` written in (defaults remove their parameter), others (those this
 * app does not know included) left as they were.
 */
export function writeUrlState(params: URLSearchParams, changes: Partial<UrlState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | null) => {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  };
  const c = changes;
  if ('data' in c) put('data', c.data ?? null);
  if ('agencies' in c) put('agency', c.agencies?.join(',') ?? null);
  if ('role' in c) put('role', c.role && c.role !== 'involving' ? c.role : null);
  if ('kinds' in c) put('kind', c.kinds?.join(',') ?? null);
  if ('q' in c) put('q', c.q ?? null);
  if ('from' in c) put('from', c.from ?? null);
  if ('to' in c) put('to', c.to ?? null);
  if ('event' in c) put('event', c.event ?? null);
  if ('view' in c) put('view', c.view && c.view !== 'chart' ? c.view : null);
  if ('sort' in c) put('sort', c.sort && c.sort !== 'oldest' ? c.sort : null);
  if ('theme' in c) put('theme', c.theme ?? null);
  if ('embed' in c) put('embed', c.embed ? '1' : null);
  if ('window' in c) put('window', c.window ? formatDaySpan(c.window) : null);
  if ('lang' in c) put('lang', c.lang ?? null);
  return next;
}

/** The order notices are listed in: the parameters' order in the README. */
const PARAM_ORDER = ['data', 'agency', 'role', 'kind', 'q', 'from', 'to', 'event', 'view', 'sort', 'window', 'theme', 'lang', 'embed'];
const paramOf = (n: UrlNotice) =>
  'param' in n ? n.param : n.problem === 'swapped' ? 'to' : n.problem === 'not-a-window' || n.problem === 'window-swapped' || n.problem === 'window-outside' || n.problem === 'window-adjusted' ? 'window' : 'event';

/** Notices in the order of their parameters, whoever found them. */
export function inParamOrder(notices: readonly UrlNotice[]): UrlNotice[] {
  return notices
    .map((n, i) => ({ n, i, r: PARAM_ORDER.indexOf(paramOf(n)) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.n);
}

