import type * as z from 'zod/mini';
import { detailedProblem, leftOut } from '../import/detailedProblem.ts';
import { LIMITS } from './limits.ts';
import { checkedTranslations, headerText, TRANSLATIONS } from './headerText.ts';
import { describeType, formatPath, UNTITLED_DATASET, valueGot, type PathSegment, type Problem } from './problem.ts';
import { mergeRepeatedActor, type ActorTextField } from './mergeActor.ts';
import { actorSchema, datasetSchema, KEYS, type Actor, type ActorTranslation, type DatasetTranslation } from './schema.ts';
import { unknownFields } from './unknownFields.ts';
import { zodIssueProblem } from './zodIssueProblem.ts';
import { isRecord } from '../isRecord.ts';

/** Everything of a dataset but its events. */
export interface DatasetHeader {
  title: string;
  description?: string;
  credit?: string;
  lang?: string;
  translations?: Record<string, DatasetTranslation>;
  actors: Actor[];
  /** Each kept actor's id, with its position in the file's list. */
  actorIds: Map<string, number>;
}

/** What the top level of a dataset yields: its header and its raw events, or why nothing can be shown. */
type HeaderCheck =
  | { fatal: true; problems: Problem[]; eventCount: number }
  | { fatal: false; header: DatasetHeader; rawEvents: unknown[]; problems: Problem[] };

/** The format versions this app reads: the schema's. */
const VERSIONS: readonly number[] = datasetSchema.def.shape.version.def.values;

const actorShape = actorSchema.def.shape;
type ActorField = keyof typeof actorShape;
/** What an actor can be shown without, read from the schema: its optional fields (full name, country, leader, colour), not its translations (checked apart). */
const OPTIONAL_ACTOR_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(actorShape)
    .filter(([key, schema]) => schema.def.type === 'optional' && key !== 'translations')
    .map(([key]) => key),
);
/**
 * A fault the actor can be kept with: an optional field that is wrong (left out, said), or its own
 * text over its limit (its name too: cut, said). Never its id, which events name.
 */
const canKeepActor = (issue: z.core.$ZodIssue): boolean =>
  issue.path.length >= 1 &&
  (OPTIONAL_ACTOR_FIELDS.has(String(issue.path[0])) || (issue.code === 'too_big' && issue.origin === 'string' && issue.path.length === 1 && issue.path[0] !== 'id'));

/** Checks everything but the events themselves: the shape, version, limits, title and the actors. */
export function checkHeader(input: unknown): HeaderCheck {
  const problems: Problem[] = [];
  if (!isRecord(input)) {
    problems.push(detailedProblem('not-a-dataset', '(file)', { key: 'notAnObject', got: valueGot(input)?.got ?? 'null' }));
    return { fatal: true, problems, eventCount: 0 };
  }
  const rawEvents = input.events;
  const count = Array.isArray(rawEvents) ? rawEvents.length : 0;
  if (input.version === undefined) problems.push(detailedProblem('required', 'version', { key: 'noVersion', versions: VERSIONS }));
  else if (!VERSIONS.includes(input.version as number)) {
    // A JSON value, said as what it is (a value JSON cannot hold, given by code, as an object), with the versions the app reads.
    const got = valueGot(input.version) ?? { got: 'object' };
    problems.push(detailedProblem('wrong-version', 'version', { key: 'wrongVersion', ...got, versions: VERSIONS }));
  }
  if (!Array.isArray(input.actors)) {
    problems.push({ code: 'wrong-type', path: 'actors', message: `expected a list of actors, got ${describeType(input.actors)}` });
  }
  if (!Array.isArray(rawEvents)) {
    problems.push({ code: 'wrong-type', path: 'events', message: `expected a list of events, got ${describeType(rawEvents)}` });
  }
  if (problems.length > 0 || !Array.isArray(input.actors) || !Array.isArray(rawEvents)) {
    return { fatal: true, problems, eventCount: count };
  }
  if (input.actors.length > LIMITS.actors) {
    return { fatal: true, problems: [detailedProblem('too-many', 'actors', { key: 'tooManyActors', limit: LIMITS.actors })], eventCount: count };
  }
  if (count > LIMITS.events) {
    return { fatal: true, problems: [detailedProblem('too-many', 'events', { key: 'tooManyEvents', count, limit: LIMITS.events })], eventCount: count };
  }

  unknownFields(input, KEYS.dataset, [], problems);

  // Each text on its own: cut to its limit or left out, saying so (headerText.ts); a title that cannot be used is UNTITLED_DATASET.
  const shape = datasetSchema.def.shape;
  const title = headerText(shape.title, input.title, ['title'], problems, 'title') ?? UNTITLED_DATASET;
  const header: DatasetHeader = { title, actors: [], actorIds: new Map() };
  for (const key of ['description', 'credit', 'lang'] as const) {
    const text = input[key] === undefined ? undefined : headerText(shape[key], input[key], [key], problems);
    if (text !== undefined) header[key] = text;
  }
  if (input.translations !== undefined) {
    const translations = checkedTranslations<DatasetTranslation>(input.translations, TRANSLATIONS.dataset, ['translations'], problems);
    if (translations) header.translations = translations;
  }

  // Actors: an actor whose id or name is wrong is left out; events that name it then report an
  // unknown actor. One repeating a kept actor's id is merged into it (mergeActor.ts). A name (or full name, country, leader) over its limit is cut to it, a wrong full
  // name, country, leader or colour left out, each said, and the actor kept. Its translations are
  // checked apart: a wrong one is left out (said), the actor kept, named as written.
  input.actors.forEach((raw: unknown, i) => {
    const rest: unknown = isRecord(raw) ? { ...raw } : raw;
    if (isRecord(rest)) delete rest.translations;
    let parsed = actorSchema.safeParse(rest, { reportInput: true });
    if (!parsed.success && isRecord(rest)) {
      const fields = new Set(parsed.error.issues.filter(canKeepActor).map((issue) => issue.path[0] as ActorField));
      for (const key of fields) {
        const text = headerText(actorShape[key], rest[key], ['actors', i, key], problems);
        if (text === undefined) delete rest[key];
        else rest[key] = text;
      }
      if (fields.size > 0) parsed = actorSchema.safeParse(rest, { reportInput: true });
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(leftOut(zodIssueProblem(issue, ['actors', i]), 'actor'));
      return;
    }
    if (isRecord(raw) && raw.translations !== undefined) {
      const translations = checkedTranslations<ActorTranslation>(raw.translations, TRANSLATIONS.actor, ['actors', i, 'translations'], problems);
      if (translations) parsed.data.translations = translations;
    }
    unknownFields(raw, KEYS.actor, ['actors', i], problems);
    const first = header.actorIds.get(parsed.data.id);
    if (first !== undefined) {
      // Read into the first with that id, as a spreadsheet's repeated #actor row is (mergeActor.ts).
      const kept = header.actors.find((a) => a.id === parsed.data.id)!;
      const fieldPath = (field: ActorTextField): PathSegment[] => (typeof field === 'string' ? [field] : ['translations', field.lang, field.field]);
      problems.push(
        ...mergeRepeatedActor(kept, parsed.data, {
          at: formatPath(['actors', i]),
          first: formatPath(['actors', first]),
          name: (field) => formatPath(fieldPath(field)),
          placeOf: (field) => formatPath(['actors', i, ...fieldPath(field)]),
        }),
      );
      return;
    }
    header.actorIds.set(parsed.data.id, i);
    header.actors.push(parsed.data);
  });
  return { fatal: false, header, rawEvents, problems };
}
