import { LIMITS } from '../../shared/dataset/limits.ts';
import type { Dataset, DatasetEvent } from '../../shared/dataset/schema.ts';
import { sourceUrlFault } from '../../shared/dataset/sourceUrl.ts';
import { EVENT_FIELDS } from '../../shared/dataset/vocabulary.ts';
import { filteredMark } from '../../shared/i18n/filteredMark.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { blobInSlices, type SliceOptions } from './slicedBlob.ts';

/** Back from a timeline event to the dataset fields, dropping what the app derived. */
function toDatasetEvent(e: TimelineEvent, included: ReadonlySet<string>): DatasetEvent {
  const out: Record<string, unknown> = {};
  for (const k of EVENT_FIELDS) {
    const v = (e as unknown as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  // A source URL that is not https is shown as text, but the format refuses it (its problem, which
  // names it, says it is not downloaded): the source is written without it.
  if (e.sources.some((s) => s.url !== undefined && sourceUrlFault(s.url) !== null)) {
    out.sources = e.sources.map(({ url, ...s }) => (url === undefined || sourceUrlFault(url) !== null ? s : { ...s, url }));
  }
  // A reply to an event left out of the export would not validate: keep only links inside it.
  const replies = e.inReplyTo?.filter((id) => included.has(id));
  if (replies && replies.length > 0) out.inReplyTo = replies;
  else delete out.inReplyTo;
  return out as unknown as DatasetEvent;
}

/** How many reply links a download of `events` leaves out (toDatasetEvent): those to events not among them. */
export function repliesLeftOut(events: readonly TimelineEvent[]): number {
  const included = new Set(events.map((e) => e.id));
  let n = 0;
  for (const e of events) for (const id of e.inReplyTo ?? []) if (!included.has(id)) n++;
  return n;
}

/** Events converted (or counted) between two pauses of exportDatasetPieces. */
const PAUSE_EVERY = 2_000;

/**
 * The title of a filtered export, marked in its own language: the title, cut if need be to leave
 * room within the limit (in UTF-16 units, as the schema counts) for saying so.
 */
function filteredTitle(title: string, lang: string | undefined): string {
  const mark = filteredMark(lang);
  const room = LIMITS.shortText - mark.length;
  if (title.length <= room) return `${title}${mark}`;
  // Never half of a surrogate pair.
  const cut = title.slice(0, room - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…${mark}`;
}

/** The dataset's translations with each translated title marked as filtered too, in its language (a copy: the model's stay as they are). */
function filteredTranslations(translations: NonNullable<Dataset['translations']>): Dataset['translations'] {
  // fromEntries defines each language as an own key, whatever its name.
  return Object.fromEntries(
    Object.entries(translations).map(([lang, texts]) => [lang, texts.title === undefined ? texts : { ...texts, title: filteredTitle(texts.title, lang) }]),
  );
}

/** The dataset's fields but its events (`events` empty, in its place among the keys). */
function datasetHeader(model: TimelineModel, filtered: boolean): Dataset {
  const dataset: Dataset = {
    version: 1,
    title: filtered ? filteredTitle(model.title, model.lang) : model.title,
    actors: model.actors,
    events: [],
  };
  if (model.description) dataset.description = model.description;
  if (model.credit) dataset.credit = model.credit;
  if (model.lang) dataset.lang = model.lang;
  if (model.translations) dataset.translations = filtered ? filteredTranslations(model.translations) : model.translations;
  return dataset;
}

/** The shown events as a dataset file in the published format (it validates with npm run validate). */
export function exportDataset(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): Dataset {
  const included = new Set(events.map((e) => e.id));
  const dataset = datasetHeader(model, filtered);
  dataset.events = events.map((e) => toDatasetEvent(e, included));
  return dataset;
}

/**
 * exportDataset's work with a pause (an empty piece of text) every PAUSE_EVERY events, for a
 * file built in slices (slicedExport.ts); returns the same dataset.
 */
export function* exportDatasetPieces(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): Generator<string, Dataset, undefined> {
  const included = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    included.add(events[i]!.id);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield '';
  }
  const dataset = datasetHeader(model, filtered);
  for (let i = 0; i < events.length; i++) {
    dataset.events.push(toDatasetEvent(events[i]!, included));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield '';
  }
  return dataset;
}

export function exportJsonText(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): string {
  return `${JSON.stringify(exportDataset(model, events, filtered), null, 2)}\n`;
}

/** Where the events go in the dataset written with an empty list: a raw line break is never inside a JSON string, so this is the key's own line. */
const EVENTS_LINE = '\n  "events": []';

/**
 * The text of `${JSON.stringify(dataset, null, 2)}\n` in pieces, in order: the fields before the
 * events, each event (written on its own and indented to its place), the rest.
 */
function* datasetJsonPieces(dataset: Dataset): Generator<string, void, undefined> {
  const { events } = dataset;
  const outline = JSON.stringify({ ...dataset, events: [] }, null, 2);
  const at = outline.indexOf(EVENTS_LINE);
  if (events.length === 0 || at < 0) {
    yield `${JSON.stringify(dataset, null, 2)}\n`;
    return;
  }
  yield `${outline.slice(0, at)}\n  "events": [\n`;
  for (let i = 0; i < events.length; i++) {
    yield `${i === 0 ? '' : ',\n'}    ${JSON.stringify(events[i], null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield `\n  ]${outline.slice(at + EVENTS_LINE.length)}\n`;
}

function* jsonPieces(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean): Generator<string, void, undefined> {
  yield* datasetJsonPieces(yield* exportDatasetPieces(model, events, filtered));
}

/**
 * exportJsonText's file, built in slices between which the page answers input and paints (at
 * 200,000 events the text made at once was one task of four seconds): the same bytes.
 */
export function exportJsonBlob(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean, options?: SliceOptions): Promise<Blob> {
  return blobInSlices(jsonPieces(model, events, filtered), 'application/json', options);
}
