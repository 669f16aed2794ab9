import { isoDateSpan } from '../dates/isoDate.ts';
import type { Actor, Dataset, DatasetEvent } from '../dataset/schema.ts';
import { kindIndex } from '../dataset/vocabulary.ts';
import { translatedActorName } from './translated.ts';
import { nameInLine } from '../text/isolated.ts';

/** A validated event with its dates as numbers, in the order the timeline uses. */
export interface TimelineEvent extends DatasetEvent {
  /** Position in chronological order. */
  order: number;
  /** Epoch ms where the event's span starts and ends (exclusive). */
  start: number;
  end: number;
}

/** Everything of a dataset but its events: what the loading pipeline sends with its last message. */
export type DatasetMeta = Omit<Dataset, 'version' | 'events'>;

/** The dataset's own fields but its version and events (whatever top-level fields the format has). */
export function metaOf(d: Dataset): DatasetMeta {
  return Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'version' && k !== 'events')) as DatasetMeta;
}

export interface TimelineModel extends DatasetMeta {
  events: TimelineEvent[];
  /** Ids are looked up in Maps, so an id such as "__proto__" works like any other. */
  eventsById: Map<string, TimelineEvent>;
  actorsById: Map<string, Actor>;
  /** For each event id, the events that answer it, in time order. */
  repliesTo: Map<string, TimelineEvent[]>;
  /** Totals over all events, kept while they arrive so that the first view does not walk them again. */
  totals: ModelTotals;
  /** The events' times, senders and kinds as typed columns, in the events' order. */
  columns: EventColumns;
}

/**
 * Read from each event while it arrives (just made, in the processor's cache): the first view
 * indexes 100,000 events from these instead of walking their objects again, about 25 ms less.
 */
export interface EventColumns {
  start: Float64Array;
  end: Float64Array;
  /** Each event's sender as a position in `senders`. */
  sender: Int32Array;
  /** Every sender id, once, in the order they first appear in the file. */
  senders: string[];
  /** Each event's kind as its position in EVENT_KINDS. */
  kind: Uint8Array;
}

export interface ModelTotals {
  /** Per actor id: events it sent, events it received, events it is in either way. */
  sent: Map<string, number>;
  received: Map<string, number>;
  involving: Map<string, number>;
  /** Per kind: how many events. */
  kinds: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * The timeline model of a validated dataset on this thread, by the same steps as the loading
 * pipeline (times per event, the worker's time order, then modelBuilder): the bundled dataset's
 * path and tests use it. With `inPlace` the dataset's event objects become the timeline's events
 * (no copies: for events just parsed, which nobody else holds).
 */
export function buildTimelineModel(dataset: Dataset, { inPlace = false } = {}): TimelineModel {
  const events = dataset.events.map((e) => withTimes(e, inPlace));
  const builder = modelBuilder();
  builder.add(events);
  return builder.finish(metaOf(dataset), { order: chronologicalOrder(events.map((e) => e.start)), repliesChanged: new Map() });
}

/**
 * The columns of some events (a filtered view), in their order. Events of `model` are read from
 * its columns by their `order` (no string lookups: a search at 100,000 events shows tens of
 * thousands); any other event from its object.
 */
export function columnsOf(events: readonly TimelineEvent[], model?: Pick<TimelineModel, 'events' | 'columns'>): EventColumns {
  const n = events.length;
  const columns: EventColumns = { start: new Float64Array(n), end: new Float64Array(n), sender: new Int32Array(n), senders: [], kind: new Uint8Array(n) };
  const senders = new Map<string, number>();
  const own = model?.columns;
  // A model sender's number in this view's list (-1: not seen yet), so the view numbers its senders as they first appear.
  const renumber = own ? new Int32Array(own.senders.length).fill(-1) : null;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const k = e.order;
    if (own && renumber && model.events[k] === e) {
      columns.start[i] = own.start[k]!;
      columns.end[i] = own.end[k]!;
      columns.kind[i] = own.kind[k]!;
      const s = own.sender[k]!;
      if (renumber[s] === -1) renumber[s] = senderNumber(senders, own.senders[s]!);
      columns.sender[i] = renumber[s]!;
    } else {
      columns.start[i] = e.start;
      columns.end[i] = e.end;
      columns.kind[i] = kindIndex(e.kind);
      columns.sender[i] = senderNumber(senders, e.from);
    }
  }
  columns.senders = [...senders.keys()];
  return columns;
}

/** A sender's position in `senders` (EventColumns.senders), which it joins the first time it is seen. */
function senderNumber(senders: Map<string, number>, id: string): number {
  let n = senders.get(id);
  if (n === undefined) senders.set(id, (n = senders.size));
  return n;
}

/** The event with its dates as epoch numbers; its `order` is set once every event is known. */
export function withTimes(e: DatasetEvent, inPlace: boolean): TimelineEvent {
  // Dates were checked by validateDataset, so reading them cannot fail here.
  isoDateSpan(e.date, span);
  const start = span.start;
  if (e.dateEnd) isoDateSpan(e.dateEnd, span);
  const t = (inPlace ? e : { ...e }) as TimelineEvent;
  t.order = 0;
  t.start = start;
  t.end = span.end;
  return t;
}

/** withTimes's dates, read into one record rather than an object per date. */
const span = { start: 0, end: 0 };

/**
 * The timeline's order, from the events' starts in file order: their positions in that list,
 * by the UTC day each event starts; within a day, the dataset author's order decides, since a
 * day-precision post and a timed speech on the same day cannot be ordered by their dates alone.
 */
export function chronologicalOrder(starts: ArrayLike<number>): Int32Array {
  const n = starts.length;
  // One number per event holds both (day, then file position), so a typed-array sort orders them.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (utcDay(starts[i]!) + DAY_OFFSET) * POSITIONS + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % POSITIONS;
  return order;
}

/** `events` rearranged by `order` (chronologicalOrder), each told its position. */
function inTimeOrder(events: readonly TimelineEvent[], order: Int32Array): TimelineEvent[] {
  const out = new Array<TimelineEvent>(order.length);
  for (let k = 0; k < order.length; k++) {
    const e = events[order[k]!]!;
    e.order = k;
    out[k] = e;
  }
  return out;
}

// Sort keys: (day + DAY_OFFSET) * POSITIONS + position stays an exact integer below 2^53 for any
// year 1–9999 (about ±3.7 million days) and up to 2^20 events (the limit is 200,000).
const DAY_OFFSET = 2 ** 22;
const utcDay = (t: number) => Math.floor(t / 86_400_000);
const POSITIONS = 2 ** 20;

/** How events that arrived in file order (from a worker) are put in the timeline's order. */
interface ArrivalOrder {
  /** chronologicalOrder of the events as they arrived: the worker sorts while the page still receives (~20 ms at 100,000). */
  order: Int32Array;
  /** Reply lists changed after their events were sent, by arrival position; undefined: no link left. */
  repliesChanged: ReadonlyMap<number, string[] | undefined>;
}

/**
 * Builds the model's lookups while events with their times arrive in batches (from a worker), so
 * that no single step walks all 100,000 of them at once. `finish` puts them in time order.
 */
export function modelBuilder() {
  const arrived: TimelineEvent[] = [];
  const eventsById = new Map<string, TimelineEvent>();
  const totals: ModelTotals = { sent: new Map(), received: new Map(), involving: new Map(), kinds: new Map() };
  // Listed as batches arrive: building all 20,000 reply lists of a 100,000-event file in the last
  // step made it one task of over 100 ms. Arrival (file) order is time order unless a reply starts
  // on an earlier day than the one listed before it; only such lists are sorted at the end.
  const repliesTo: ReplyLists = { lists: new Map(), unsorted: new Set() };
  const starts: number[] = [];
  const ends: number[] = [];
  const senderOf: number[] = [];
  const kindOf: number[] = [];
  const senders = new Map<string, number>();
  return {
    add(batch: readonly TimelineEvent[]): void {
      for (const e of batch) {
        arrived.push(e);
        eventsById.set(e.id, e);
        starts.push(e.start);
        ends.push(e.end);
        kindOf.push(kindIndex(e.kind));
        senderOf.push(senderNumber(senders, e.from));
        const targets = e.inReplyTo;
        if (targets !== undefined) for (let j = 0; j < targets.length; j++) listReply(repliesTo, targets[j]!, e);
        bump(totals.kinds, e.kind);
        bump(totals.sent, e.from);
        bump(totals.involving, e.from);
        const recipients = e.to;
        for (let k = 0; k < recipients.length; k++) {
          const to = recipients[k]!;
          if (recipients.indexOf(to) !== k) continue; // a recipient named twice counts once
          bump(totals.received, to);
          if (to !== e.from) bump(totals.involving, to);
        }
      }
    },
    finish(meta: DatasetMeta, arrival: ArrivalOrder): TimelineModel {
      for (const [n, list] of arrival.repliesChanged) {
        const e = arrived[n];
        if (!e) continue;
        // Listed again from its final links, as if it had arrived with them.
        for (const target of new Set(e.inReplyTo)) unlistReply(repliesTo, target, e);
        for (const target of list ?? []) listReply(repliesTo, target, e);
        if (list) e.inReplyTo = list;
        else delete e.inReplyTo;
      }
      const events = inTimeOrder(arrived, arrival.order);
      for (const target of repliesTo.unsorted) repliesTo.lists.get(target)?.sort((a, b) => a.order - b.order);
      const actorsById = new Map(meta.actors.map((a) => [a.id, a]));
      const n = arrival.order.length;
      const columns: EventColumns = { start: new Float64Array(n), end: new Float64Array(n), sender: new Int32Array(n), senders: [...senders.keys()], kind: new Uint8Array(n) };
      for (let k = 0; k < n; k++) {
        const i = arrival.order[k]!;
        columns.start[k] = starts[i]!;
        columns.end[k] = ends[i]!;
        columns.sender[k] = senderOf[i]!;
        columns.kind[k] = kindOf[i]!;
      }
      return { ...meta, events, eventsById, actorsById, repliesTo: repliesTo.lists, totals, columns };
    },
  };
}

/** The replies to each event id in arrival order, and the ids whose list is not in time order. */
interface ReplyLists {
  lists: Map<string, TimelineEvent[]>;
  unsorted: Set<string>;
}

function listReply({ lists, unsorted }: ReplyLists, target: string, e: TimelineEvent): void {
  const list = lists.get(target);
  if (!list) lists.set(target, [e]);
  else {
    if (utcDay(e.start) < utcDay(list[list.length - 1]!.start)) unsorted.add(target);
    list.push(e);
  }
}

function unlistReply({ lists, unsorted }: ReplyLists, target: string, e: TimelineEvent): void {
  const list = lists.get(target)?.filter((r) => r !== e);
  if (list && list.length > 0) lists.set(target, list);
  else lists.delete(target);
  // What is left may still be out of order; sorting an ordered list changes nothing.
  if (list && list.length > 1) unsorted.add(target);
}

/** "NASA" ("НАСА" in `lang` where the dataset translates it), or the id itself when no actor has it. */
/**
 * Whether no event has a recipient (a TimelineJS file's groups, statements only): its actors are then
 * groups of events, not correspondents, and the filters and legend say "Groups", with no sent/received role.
 */
export const lanesAreGroups = (model: Pick<TimelineModel, 'totals'>): boolean => model.totals.received.size === 0;

export function actorName(model: Pick<TimelineModel, 'actorsById'>, id: string, lang: string): string {
  const a = model.actorsById.get(id);
  return a ? translatedActorName(a, lang) : id;
}

/**
 * "Roscosmos → NASA, ESA and CSA" (the list written by the language's Intl list); "NASA" when there
 * is no recipient. Each name is one the file's text cannot make reorder the line (nameInLine).
 */
export function senderToRecipients(model: Pick<TimelineModel, 'actorsById'>, e: Pick<DatasetEvent, 'from' | 'to'>, list: (names: string[]) => string, lang: string): string {
  const from = nameInLine(actorName(model, e.from, lang));
  if (e.to.length === 0) return from;
  return `${from} → ${list(e.to.map((id) => nameInLine(actorName(model, id, lang))))}`;
}
