import { detailedProblem } from '../import/detailedProblem.ts';
import { ownChild } from '../ownChild.ts';
import type { Problem } from './problem.ts';
import { actorValueFits, MAX_LANGUAGES } from './schema.ts';

/*
 * An actor given twice under one id (two #actor rows of a spreadsheet, two entries of a JSON
 * file's actors): the second fills in what the first leaves empty, and where the two differ the
 * first is kept, unless only the second's fits the format (actorValueFits: a spreadsheet's first
 * row's colour "red", its repeat's "#0072B2"), which is then kept instead, said so. Both readers merge with this one rule and say it in the same words. The merged
 * actor keeps to the schema's limits: each value was the first's or the repeat's (checked, or checked
 * after, as one of them), and a language beyond the most an actor may have (MAX_LANGUAGES) is not
 * added, its texts said as left out.
 */

/** An actor's own field (`name`), or one of its translations (`{ lang: 'ru', field: 'name' }`). */
export type ActorTextField = string | { lang: string; field: string };

/** An actor as either reader holds it: texts by field, and texts by language and field. */
interface MergeableActor {
  id?: string;
  translations?: Record<string, Record<string, string | undefined>>;
  [field: string]: unknown;
}

/** Where the repeat is said, in the reader's terms: the repeat itself, the first, and a field of the repeat. */
interface RepeatPlaces {
  /** The repeat as a whole (`row 4`, `actors[1]`). */
  at: string;
  /** The first actor with the id (`row 3`, `actors[0]`). */
  first: string;
  /** A field as the reader names it (`"Colour"`, `color`, `translations.ru.name`). */
  name(field: ActorTextField): string;
  /** Where a value of the repeat is (`row 4, column "Colour"`, `actors[1].color`). */
  placeOf(field: ActorTextField): string;
}

/**
 * Merges `repeat` into `first` (changed in place): each text the first lacks is added (and told to
 * `onAdded`, for a reader to place what is later said of it at the repeat), each it has otherwise is kept. Returns what is said of it: what was added (or that nothing was, `merged-actor`),
 * the repeat's values left out (`duplicate-id`, at the first of them), and its texts in languages the
 * first had no room for (`too-many`, at the first of them).
 */
export function mergeRepeatedActor(first: MergeableActor, repeat: MergeableActor, places: RepeatPlaces, onAdded?: (field: ActorTextField) => void): Problem[] {
  const added: string[] = [];
  const differing: { field: ActorTextField; value: string }[] = [];
  /** The first's values the format cannot use, each replaced by the repeat's, which it can. */
  const replaced: { field: ActorTextField; value: string }[] = [];
  const fits = (field: ActorTextField, value: unknown) =>
    typeof value === 'string' && (typeof field === 'string' ? actorValueFits(field, value, false) : actorValueFits(field.field, value, true));
  const merge = (target: Record<string, unknown>, key: string, value: string, field: ActorTextField) => {
    const kept = target[key];
    if (kept === undefined) {
      target[key] = value;
      added.push(places.name(field));
      onAdded?.(field);
    } else if (kept === value) return;
    else if (!fits(field, kept) && fits(field, value)) {
      target[key] = value;
      replaced.push({ field, value: String(kept).trim() });
      onAdded?.(field);
    } else differing.push({ field, value: value.trim() });
  };
  for (const [key, value] of Object.entries(repeat)) if (typeof value === 'string' && key !== 'id') merge(first, key, value, key);
  const noRoom: { field: ActorTextField; value: string }[] = [];
  for (const [lang, texts] of Object.entries(repeat.translations ?? {})) {
    const given = Object.entries(texts).flatMap(([field, value]) => (value === undefined ? [] : [{ field: { lang, field }, value }]));
    const languages = first.translations ?? {};
    if (given.length > 0 && !Object.hasOwn(languages, lang) && Object.keys(languages).length >= MAX_LANGUAGES) {
      noRoom.push(...given.map((g) => ({ ...g, value: g.value.trim() })));
      continue;
    }
    for (const { field, value } of given) merge(ownChild((first.translations ??= {}), lang), field.field, value, field);
  }
  const id = repeat.id ?? first.id ?? '';
  const problems: Problem[] = [];
  if (added.length > 0 || (differing.length === 0 && noRoom.length === 0 && replaced.length === 0)) problems.push(detailedProblem('merged-actor', places.at, { key: 'actorMerged', id, first: places.first, added }));
  if (replaced.length > 0) {
    const values = replaced.map((d) => ({ column: places.name(d.field), value: d.value }));
    problems.push(detailedProblem('duplicate-id', places.placeOf(replaced[0]!.field), { key: 'actorReplaced', id, first: places.first, values }));
  }
  if (differing.length > 0) {
    const values = differing.map((d) => ({ column: places.name(d.field), value: d.value }));
    problems.push(detailedProblem('duplicate-id', places.placeOf(differing[0]!.field), { key: 'actorConflict', id, first: places.first, values }));
  }
  if (noRoom.length > 0) {
    const values = noRoom.map((d) => ({ column: places.name(d.field), value: d.value }));
    problems.push(detailedProblem('too-many', places.placeOf(noRoom[0]!.field), { key: 'actorLanguagesFull', id, first: places.first, limit: MAX_LANGUAGES, values }));
  }
  return problems;
}
