import { parseIsoDate } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import { formatPath, quoteValue, describeType, type PathSegment, type Problem } from './problem.ts';
import {
  actorSchema,
  datasetSchema,
  eventSchema,
  KEYS,
  type Actor,
  type Dataset,
  type DatasetEvent,
} from './schema.ts';
import { zodIssueProblem } from './zodIssueProblem.ts';
import { isCertainlyValidEvent } from './fastEventCheck.ts';

export interface ValidationResult {
  /** The usable part of the dataset, or null when nothing can be shown. */
  dataset: Dataset | null;
  /** Every problem found, in file order. */
  problems: Problem[];
  /** True when the file cannot be shown at all (wrong shape, no valid event). */
  fatal: boolean;
  /** How many events the file holds and how many were left out. */
  eventCount: number;
  droppedEvents: number;
}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(value: unknown, known: ReadonlySet<string>, path: PathSegment[], out: Problem[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      out.push({ code: 'unknown-field', path: formatPath(path), message: `unknown field ${quoteValue(key)} (ignored)` });
    }
  }
}

function eachRecord(list: unknown, cb: (v: unknown, i: number) => void): void {
  if (Array.isArray(list)) list.forEach(cb);
}

function unknownEventKeys(raw: unknown, path: PathSegment[], out: Problem[]): void {
  unknownKeys(raw, KEYS.event, path, out);
  if (!isRecord(raw)) return;
  eachRecord(raw.quotes, (q, i) => {
    unknownKeys(q, KEYS.quote, [...path, 'quotes', i], out);
    if (isRecord(q)) unknownKeys(q.translation, KEYS.translation, [...path, 'quotes', i, 'translation'], out);
  });
  eachRecord(raw.sources, (s, i) => unknownKeys(s, KEYS.source, [...path, 'sources', i], out));
  unknownKeys(raw.verification, KEYS.verification, [...path, 'verification'], out);
}

/**
 * Whether a JSON value nests deeper than `limit`, measured without recursion (a hostile file cannot
 * overflow the stack) and without building a path per node (a 100,000-event file makes no garbage).
 * Returns the path to the first too-deep value, or null.
 */
export function exceedsDepth(value: unknown, limit: number): PathSegment[] | null {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let tooDeep = false;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) {
      tooDeep = true;
      break;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        const item = (v as Record<string, unknown>)[k];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return tooDeep ? pathToDepth(value, limit) : null;
}

/** The path to the first value at `limit` levels deep (only run once a file is known to be too deep). */
function pathToDepth(value: unknown, limit: number): PathSegment[] {
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= limit) return path;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    else for (const [k, item] of Object.entries(v)) stack.push({ v: item, path: [...path, k] });
  }
  return [];
}

function fatal(problems: Problem[], eventCount = 0): ValidationResult {
  return { dataset: null, problems, fatal: true, eventCount, droppedEvents: eventCount };
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offset of an IANA zone at an instant, in minutes east of UTC. */
function zoneOffsetMinutes(timeZone: string, at: number): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(at);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return Math.round((local - Math.floor(at / 60_000) * 60_000) / 60_000);
  } catch {
    return null;
  }
}

/*
 * An https URL that the URL parser certainly accepts: a plain host name (the last label starts
 * with a letter, so it is never read as an IPv4 address; no punycode labels, which the parser
 * checks), an optional port below 65536 and a path, query or fragment of printable ASCII
 * without spaces or quotes. Checking this shape is far cheaper than constructing a URL, which at
 * 100,000 sources costs over half a second in a browser worker.
 */
const PLAIN_HTTPS_URL =
  /^https:\/\/(?:(?!xn--)[a-z0-9][a-z0-9-]*\.)*(?!xn--)[a-z][a-z0-9-]*(?::(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]*)?$/;

/** Reports an https problem for a source URL, or null when the URL is fine. */
export function sourceUrlProblem(url: string): string | null {
  if (PLAIN_HTTPS_URL.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${quoteValue(url)} is not a valid URL`;
  }
  if (parsed.protocol !== 'https:') return `${quoteValue(url)} is not an https URL`;
  if (url !== url.trim()) return `${quoteValue(url)} has spaces around it`;
  return null;
}

/** Finds reply cycles with an iterative depth-first search; returns the edges that close a cycle. */
function findCycleEdges(
  events: readonly DatasetEvent[],
  index: ReadonlyMap<string, number>,
): { from: number; replyIndex: number; cycle: string[] }[] {
  const state = new Uint8Array(events.length); // 0 new, 1 on the current path, 2 done
  const found: { from: number; replyIndex: number; cycle: string[] }[] = [];
  for (let root = 0; root < events.length; root++) {
    if (state[root] !== 0) continue;
    const path: number[] = [root];
    const cursor: number[] = [0];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const replies = events[node]!.inReplyTo ?? [];
      const k = cursor[top]!;
      if (k >= replies.length) {
        state[node] = 2;
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[top] = k + 1;
      const next = index.get(replies[k]!);
      if (next === undefined) continue;
      if (state[next] === 1) {
        const from = path.indexOf(next);
        const cycle = [...path.slice(from), next].map((i) => events[i]!.id);
        found.push({ from: node, replyIndex: k, cycle });
      } else if (state[next] === 0) {
        state[next] = 1;
        path.push(next);
        cursor.push(0);
      }
    }
  }
  return found;
}

export interface ValidateOptions {
  /**
   * The caller hands the value over (it was just parsed from text): valid events are then used as
   * they are instead of copied, which at 100,000 events saves much memory and garbage collection.
   */
  owned?: boolean;
}

/** What the top level of a dataset yields: its fields and actors, or why nothing can be shown. */
type HeaderCheck =
  | { fatal: ValidationResult }
  | { fatal?: undefined; title: string; description?: string; credit?: string; actors: Actor[]; actorIds: Map<string, number>; problems: Problem[] };

/** Checks everything but the events themselves: the shape, version, limits, title and the actors. */
function checkHeader(input: unknown): HeaderCheck {
  const problems: Problem[] = [];
  if (!isRecord(input)) {
    return {
      fatal: fatal([
        {
          code: 'not-a-dataset',
          path: '(file)',
          message: `expected an object with "version", "title", "actors" and "events", got ${describeType(input)}`,
        },
      ]),
    };
  }
  const rawEvents = input.events;
  const count = Array.isArray(rawEvents) ? rawEvents.length : 0;
  if (input.version !== 1) {
    problems.push({
      code: input.version === undefined ? 'required' : 'wrong-version',
      path: 'version',
      message: input.version === undefined ? 'is required (use 1)' : `expected 1, got ${quoteValue(input.version)}`,
    });
  }
  if (!Array.isArray(input.actors)) {
    problems.push({ code: 'wrong-type', path: 'actors', message: `expected a list of actors, got ${describeType(input.actors)}` });
  }
  if (!Array.isArray(rawEvents)) {
    problems.push({ code: 'wrong-type', path: 'events', message: `expected a list of events, got ${describeType(rawEvents)}` });
  }
  if (problems.length > 0 || !Array.isArray(input.actors) || !Array.isArray(rawEvents)) {
    return { fatal: fatal(problems, count) };
  }
  if (input.actors.length > LIMITS.actors) {
    return { fatal: fatal([{ code: 'too-many', path: 'actors', message: `has more than ${LIMITS.actors} actors` }], count) };
  }
  if (count > LIMITS.events) {
    return { fatal: fatal([{ code: 'too-many', path: 'events', message: `has ${count} events; the limit is ${LIMITS.events}` }], count) };
  }

  unknownKeys(input, KEYS.dataset, [], problems);

  let title = 'Untitled dataset';
  const titleCheck = datasetSchema.def.shape.title.safeParse(input.title, { reportInput: true });
  if (titleCheck.success) title = titleCheck.data;
  else problems.push(zodIssueProblem(titleCheck.error.issues[0]!, ['title']));

  const header: HeaderCheck = { title, actors: [], actorIds: new Map(), problems };
  if (input.description !== undefined) {
    const d = datasetSchema.def.shape.description.safeParse(input.description, { reportInput: true });
    if (d.success) header.description = d.data;
    else problems.push(zodIssueProblem(d.error.issues[0]!, ['description']));
  }
  if (input.credit !== undefined) {
    const c = datasetSchema.def.shape.credit.safeParse(input.credit, { reportInput: true });
    if (c.success) header.credit = c.data;
    else problems.push(zodIssueProblem(c.error.issues[0]!, ['credit']));
  }

  // Actors: a bad actor is left out; events that name it then report an unknown actor.
  input.actors.forEach((raw, i) => {
    const parsed = actorSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(zodIssueProblem(issue, ['actors', i]));
      return;
    }
    unknownKeys(raw, KEYS.actor, ['actors', i], problems);
    const first = header.actorIds.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate-id',
        path: formatPath(['actors', i, 'id']),
        message: `duplicate id ${quoteValue(parsed.data.id)} (first used by actors[${first}])`,
      });
      return;
    }
    header.actorIds.set(parsed.data.id, i);
    header.actors.push(parsed.data);
  });
  return header;
}

/**
 * Checks events one at a time, in file order, against known actors, then (`finish`) the reply
 * links, which need every event. Events with a problem in themselves are left out; a bad link
 * (unknown recipient, missing or cyclic reply) is removed and its event kept.
 */
function eventChecker(actorIds: ReadonlyMap<string, number>, options: ValidateOptions = {}) {
  const problems: Problem[] = [];
  // Kept events live in two parallel arrays and one Map (id → position among the kept), not in an
  // object each: at 100,000 events every surviving allocation costs GC time.
  const kept: DatasetEvent[] = [];
  const keptAt: number[] = [];
  const index = new Map<string, number>();
  // Ids of events left out, so a reply to one can say so.
  const leftOutIds = new Set<unknown>();

  /** Checks the event at events[i]; returns it (to keep) or null (left out, problems noted). */
  function add(raw: unknown, i: number): DatasetEvent | null {
    const e = check(raw, i);
    if (e) {
      index.set(e.id, kept.length);
      kept.push(e);
      keptAt.push(i);
    } else if (isRecord(raw)) leftOutIds.add(raw.id);
    return e;
  }

  function check(raw: unknown, i: number): DatasetEvent | null {
    const at = (...rest: PathSegment[]): PathSegment[] => ['events', i, ...rest];
    // The common, plain event takes the fast path; everything else goes through the schema.
    let e: DatasetEvent | null = isCertainlyValidEvent(raw) ? (options.owned ? raw : { ...raw }) : null;
    if (!e) {
      const parsed = eventSchema.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(zodIssueProblem(issue, at()));
        return null;
      }
      unknownEventKeys(raw, at(), problems);
      e = { ...parsed.data };
    }

    const first = index.get(e.id);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate-id',
        path: formatPath(at('id')),
        message: `duplicate id ${quoteValue(e.id)} (first used by events[${keptAt[first]}])`,
      });
      return null;
    }
    if (!actorIds.has(e.from)) {
      problems.push({ code: 'unknown-actor', path: formatPath(at('from')), message: `unknown actor ${quoteValue(e.from)}` });
      return null;
    }
    const start = parseIsoDate(e.date)!;
    if (e.dateEnd !== undefined) {
      const end = parseIsoDate(e.dateEnd)!;
      if (end.end <= start.start) {
        problems.push({
          code: 'date-end-before-date',
          path: formatPath(at('dateEnd')),
          message: `${quoteValue(e.dateEnd)} is before date ${quoteValue(e.date)}`,
        });
        return null;
      }
    }
    if (e.timeZone !== undefined) {
      if (!isValidTimeZone(e.timeZone)) {
        problems.push({ code: 'time-zone', path: formatPath(at('timeZone')), message: `${quoteValue(e.timeZone)} is not a known time zone (ignored)` });
        delete e.timeZone;
      } else if (start.offsetMinutes === undefined) {
        problems.push({ code: 'time-zone', path: formatPath(at('timeZone')), message: 'only applies to a date with a time (ignored)' });
        delete e.timeZone;
      } else if (zoneOffsetMinutes(e.timeZone, start.start) !== start.offsetMinutes) {
        problems.push({
          code: 'time-zone',
          path: formatPath(at('timeZone')),
          message: `${quoteValue(e.timeZone)} does not match the offset of ${quoteValue(e.date)} (ignored)`,
        });
        delete e.timeZone;
      }
    }
    if (!e.to.every((id) => actorIds.has(id))) {
      const to: string[] = [];
      e.to.forEach((id, k) => {
        if (actorIds.has(id)) to.push(id);
        else problems.push({ code: 'unknown-actor', path: formatPath(at('to', k)), message: `unknown actor ${quoteValue(id)} (ignored)` });
      });
      e.to = to;
    }
    for (let k = 0; k < e.sources.length; k++) {
      const url = e.sources[k]!.url;
      if (url === undefined) continue;
      const msg = sourceUrlProblem(url);
      if (msg) problems.push({ code: 'non-https-url', path: formatPath(at('sources', k, 'url')), message: `${msg} (shown as text, not a link)` });
    }
    if (e.inReplyTo && e.inReplyTo.length === 0) delete e.inReplyTo;
    return e;
  }

  /**
   * After the last event: every reply must name a kept event, and a reply link that closes a
   * cycle is removed.
   */
  function finish(): Map<number, string[] | undefined> {
    const changed = new Set<number>();
    // The links as the file wrote them, for events whose links are cut, so paths index the file's list.
    const written = new Map<number, readonly string[]>();
    kept.forEach((e, n) => {
      const replies = e.inReplyTo;
      if (!replies || replies.every((id) => index.has(id))) return;
      const ok: string[] = [];
      replies.forEach((id, r) => {
        if (index.has(id)) ok.push(id);
        else {
          const why = leftOutIds.has(id) ? 'the event it names was left out:' : 'no valid event has id';
          problems.push({ code: 'missing-reply', path: formatPath(['events', keptAt[n]!, 'inReplyTo', r]), message: `${why} ${quoteValue(id)} (link ignored)` });
        }
      });
      written.set(n, replies);
      e.inReplyTo = ok;
      changed.add(n);
    });
    const cycles = findCycleEdges(kept, index);
    for (const c of cycles) {
      const e = kept[c.from]!;
      const target = e.inReplyTo![c.replyIndex]!;
      const rawIndex = (written.get(c.from) ?? e.inReplyTo!).indexOf(target);
      problems.push({
        code: 'reply-cycle',
        path: formatPath(['events', keptAt[c.from]!, 'inReplyTo', rawIndex >= 0 ? rawIndex : c.replyIndex]),
        message: `reply cycle ${describeCycle(c.cycle)} (link ignored)`,
      });
    }
    const cut = new Set(cycles.map((c) => `${c.from}:${c.replyIndex}`));
    for (const n of new Set(cycles.map((c) => c.from))) {
      const e = kept[n]!;
      e.inReplyTo = e.inReplyTo!.filter((_, r) => !cut.has(`${n}:${r}`));
      changed.add(n);
    }
    const lists = new Map<number, string[] | undefined>();
    for (const n of changed) {
      const e = kept[n]!;
      if (e.inReplyTo && e.inReplyTo.length === 0) delete e.inReplyTo;
      lists.set(n, e.inReplyTo);
    }
    return lists;
  }

  return { add, finish, problems, kept };
}

/** The result once the header and every event are checked. */
function datasetResult(header: Exclude<HeaderCheck, { fatal: ValidationResult }>, events: ReturnType<typeof eventChecker>, eventCount: number): ValidationResult {
  const problems = [...header.problems, ...events.problems];
  if (events.kept.length === 0) {
    problems.push({
      code: 'no-valid-events',
      path: 'events',
      message: eventCount === 0 ? 'the dataset has no events' : `none of the ${eventCount} events is valid`,
    });
    return fatal(problems, eventCount);
  }
  const dataset: Dataset = { version: 1, title: header.title, actors: header.actors, events: events.kept };
  if (header.description !== undefined) dataset.description = header.description;
  if (header.credit !== undefined) dataset.credit = header.credit;
  return { dataset, problems, fatal: false, eventCount, droppedEvents: eventCount - events.kept.length };
}

/**
 * Validates any JSON value against the dataset format and returns the usable part with every
 * problem found at once. Never throws.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const v = validateStepwise(input, options);
  if (v.fatal) return v.fatal;
  v.check(0, v.eventCount);
  return v.finish().result;
}

/** The same validation in steps, for a pipeline that sends checked events on while it checks the next. */
export interface StepwiseValidation {
  fatal?: undefined;
  eventCount: number;
  /** Checks events[from] to events[to - 1], in file order (call with consecutive ranges); returns those kept. */
  check(from: number, to: number): DatasetEvent[];
  /**
   * After the last event: the result, and the reply lists that the whole-file checks changed
   * (missing or cyclic targets removed), by position among the kept events; undefined: none left.
   */
  finish(): { result: ValidationResult; repliesChanged: Map<number, string[] | undefined> };
}

export function validateStepwise(input: unknown, options: ValidateOptions = {}): { fatal: ValidationResult } | StepwiseValidation {
  const deep = exceedsDepth(input, LIMITS.depth);
  if (deep) {
    return { fatal: fatal([{ code: 'too-deep', path: formatPath(deep), message: `nested deeper than ${LIMITS.depth} levels` }]) };
  }
  const header = checkHeader(input);
  if (header.fatal) return { fatal: header.fatal };
  const rawEvents = (input as Json).events as unknown[];
  const events = eventChecker(header.actorIds, options);
  return {
    eventCount: rawEvents.length,
    check(from, to) {
      const out: DatasetEvent[] = [];
      for (let i = from; i < to; i++) {
        const e = events.add(rawEvents[i], i);
        if (e) out.push(e);
      }
      return out;
    },
    finish() {
      const repliesChanged = events.finish();
      return { result: datasetResult(header, events, rawEvents.length), repliesChanged };
    },
  };
}

/** A cycle said shortly: every id when it is small, otherwise its ends and its length. */
function describeCycle(ids: readonly string[]): string {
  const q = (id: string) => quoteValue(id);
  if (ids.length <= 8) return ids.map(q).join(' → ');
  return `${ids.slice(0, 3).map(q).join(' → ')} → … → ${ids.slice(-2).map(q).join(' → ')} (${ids.length - 1} events)`;
}
