import type { Dataset, DatasetEvent } from '../../shared/dataset/schema.ts';
import { EVENT_FIELDS } from '../../shared/dataset/vocabulary.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';

/** Back from a timeline event to the dataset fields, dropping what the app derived. */
function toDatasetEvent(e: TimelineEvent, included: ReadonlySet<string>): DatasetEvent {
  const out: Record<string, unknown> = {};
  for (const k of EVENT_FIELDS) {
    const v = (e as unknown as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  // A reply to an event left out of the export would not validate: keep only links inside it.
  const replies = e.inReplyTo?.filter((id) => included.has(id));
  if (replies && replies.length > 0) out.inReplyTo = replies;
  else delete out.inReplyTo;
  return out as unknown as DatasetEvent;
}

/** The shown events as a dataset file in the published format (it validates with npm run validate). */
export function exportDataset(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): Dataset {
  const included = new Set(events.map((e) => e.id));
  const dataset: Dataset = {
    version: 1,
    title: filtered ? `${model.title} (filtered)` : model.title,
    actors: model.actors,
    events: events.map((e) => toDatasetEvent(e, included)),
  };
  if (model.description) dataset.description = model.description;
  if (model.credit) dataset.credit = model.credit;
  if (model.lang) dataset.lang = model.lang;
  if (model.translations) dataset.translations = model.translations;
  return dataset;
}

export function exportJsonText(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): string {
  return `${JSON.stringify(exportDataset(model, events, filtered), null, 2)}\n`;
}
