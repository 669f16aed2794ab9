import { parseIsoDate, type ParsedDate } from '../dates/isoDate.ts';
import type { Actor, Dataset, DatasetEvent } from '../dataset/schema.ts';

/** A validated event with its dates parsed, in the order the timeline uses. */
export interface TimelineEvent extends DatasetEvent {
  /** Position in chronological order. */
  order: number;
  startDate: ParsedDate;
  endDate?: ParsedDate;
  /** Epoch ms where the event's span starts and ends (exclusive). */
  start: number;
  end: number;
}

export interface TimelineModel {
  title: string;
  description?: string;
  credit?: string;
  actors: Actor[];
  events: TimelineEvent[];
  /** Ids are looked up in Maps, so an id such as "__proto__" works like any other. */
  eventsById: Map<string, TimelineEvent>;
  actorsById: Map<string, Actor>;
  /** For each event id, the events that answer it, in time order. */
  repliesTo: Map<string, TimelineEvent[]>;
}

/** Builds the timeline model from a validated dataset: parsed dates, chronological order, lookups. */
export function buildTimelineModel(dataset: Dataset): TimelineModel {
  return assembleModel(dataset, prepareEvents(dataset.events));
}

/** Validated events with parsed dates, in the timeline's order. Pure data: it can cross from a worker. */
export function prepareEvents(datasetEvents: readonly DatasetEvent[]): TimelineEvent[] {
  const fileOrder = new Map<string, number>();
  const events: TimelineEvent[] = datasetEvents.map((e, i) => {
    fileOrder.set(e.id, i);
    // Dates were checked by validateDataset, so parsing cannot fail here.
    const startDate = parseIsoDate(e.date)!;
    const endDate = e.dateEnd ? parseIsoDate(e.dateEnd)! : undefined;
    const t: TimelineEvent = {
      ...e,
      order: 0,
      startDate,
      start: startDate.start,
      end: endDate ? endDate.end : startDate.end,
    };
    if (endDate) t.endDate = endDate;
    return t;
  });
  // By the UTC day each event starts; within a day, the dataset author's order decides, since a
  // day-precision post and a timed speech on the same day cannot be ordered by their dates alone.
  const day = (t: number) => Math.floor(t / 86_400_000);
  events.sort((a, b) => day(a.start) - day(b.start) || fileOrder.get(a.id)! - fileOrder.get(b.id)!);
  events.forEach((e, i) => {
    e.order = i;
  });
  return events;
}

/** The model's lookups around prepared events. */
export function assembleModel(
  meta: Pick<Dataset, 'title' | 'description' | 'credit' | 'actors'>,
  events: TimelineEvent[],
): TimelineModel {
  const dataset = meta;
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const repliesTo = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    for (const target of e.inReplyTo ?? []) {
      const list = repliesTo.get(target);
      if (list) list.push(e);
      else repliesTo.set(target, [e]);
    }
  }
  const model: TimelineModel = { title: dataset.title, actors: dataset.actors, events, eventsById, actorsById, repliesTo };
  if (dataset.description !== undefined) model.description = dataset.description;
  if (dataset.credit !== undefined) model.credit = dataset.credit;
  return model;
}

/** "NASA", or the id itself when no actor has it. */
export function actorName(model: Pick<TimelineModel, 'actorsById'>, id: string): string {
  return model.actorsById.get(id)?.name ?? id;
}

/** "Roscosmos → NASA, ESA, CSA" ; "NASA" when there is no recipient. */
export function senderToRecipients(model: Pick<TimelineModel, 'actorsById'>, e: Pick<DatasetEvent, 'from' | 'to'>): string {
  const from = actorName(model, e.from);
  if (e.to.length === 0) return from;
  return `${from} → ${e.to.map((id) => actorName(model, id)).join(', ')}`;
}

export const KIND_LABELS: Record<DatasetEvent['kind'], string> = {
  letter: 'Letter',
  'social-post': 'Social post',
  statement: 'Statement',
  'press-report': 'Press report',
  sanction: 'Sanction',
  milestone: 'Milestone',
};
