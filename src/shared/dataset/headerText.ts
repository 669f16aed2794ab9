import type * as z from 'zod/mini';
import { detailedProblem, leftOut } from '../import/detailedProblem.ts';
import { fitted } from './limits.ts';
import { formatPath, type LeftOut, type PathSegment, type Problem } from './problem.ts';
import { actorSchema, actorTextSchema, datasetSchema, datasetTextSchema, eventSchema, eventTextSchema, KEYS, langTag, MAX_LANGUAGES, quoteSchema, quoteTextSchema } from './schema.ts';
import { unknownTranslationFields } from './unknownFields.ts';
import { zodIssueProblem } from './zodIssueProblem.ts';
import { isRecord } from '../isRecord.ts';

/*
 * The dataset's own texts (title, description, credit, lang, translations), its actors' texts and
 * translations, and its events' translations, checked one by one so that a fault in one costs only that one, and every problem
 * says what became of the value: a text over its limit is cut to it (the limit is the schema's, read
 * from its issue), anything else wrong is left out (the title: replaced by UNTITLED_DATASET).
 */

/** A value checked by `schema`: as written, cut to the schema's length limit (said), or undefined (said, as `what` was left out). */
export function headerText(schema: z.ZodMiniType, value: unknown, path: PathSegment[], problems: Problem[], what: LeftOut = 'value'): string | undefined {
  const checked = schema.safeParse(value, { reportInput: true });
  if (checked.success) return checked.data as string | undefined;
  const issue = checked.error.issues[0]!;
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
    const f = fitted(value, Number(issue.maximum), path.at(-1) === 'title' ? 'titleCut' : 'textCut');
    if (f.cut && schema.safeParse(f.text).success) {
      problems.push(detailedProblem('too-long', formatPath(path), f.cut));
      return f.text;
    }
  }
  problems.push(leftOut(zodIssueProblem(issue, path), what));
  return undefined;
}

/** Texts by language (`translationsOf` in schema.ts) and the schema of one language's texts. */
type TranslationsSchemas = { map: z.ZodMiniType; texts: z.ZodMiniObject; known: ReadonlySet<string> };

/** The dataset's translations, an actor's, an event's and a quote's. */
export const TRANSLATIONS = {
  dataset: { map: datasetSchema.def.shape.translations, texts: datasetTextSchema, known: KEYS.datasetText },
  actor: { map: actorSchema.def.shape.translations, texts: actorTextSchema, known: KEYS.actorText },
  event: { map: eventSchema.def.shape.translations, texts: eventTextSchema, known: KEYS.eventText },
  quote: { map: quoteSchema.def.shape.translations, texts: quoteTextSchema, known: KEYS.quoteText },
} satisfies Record<string, TranslationsSchemas>;

const PROTO = '__proto__';
/**
 * Whether a translations map has an own "__proto__" key (JSON.parse makes one): zod's record skips
 * it without an issue, so it would be left out unsaid; it is no language tag, and is said so.
 */
export const hasProtoLanguage = (translations: unknown): boolean => isRecord(translations) && Object.hasOwn(translations, PROTO);

/** How many of the languages left out for want of room a problem names; the rest it counts. */
const LANGUAGES_LISTED = 20;

/**
 * Translations (the dataset's, an actor's or an event's) at `path`: each language's texts checked one by one; a
 * language whose tag or texts are wrong, or all of them when they are not a map, left out (said).
 * Of more languages than a record may have (MAX_LANGUAGES), the first that fit are kept, in the
 * file's order, and the rest left out, said at the first of them (a language left out for its own
 * fault takes no room).
 */
export function checkedTranslations<T>(raw: unknown, schemas: TranslationsSchemas, path: PathSegment[], problems: Problem[]): Record<string, T> | undefined {
  const { map, texts: textSchema, known } = schemas;
  const whole = map.safeParse(raw, { reportInput: true });
  if (whole.success && !hasProtoLanguage(raw)) {
    unknownTranslationFields(raw, known, path, problems);
    return whole.data as Record<string, T> | undefined;
  }
  if (!isRecord(raw)) {
    // Not a map: nothing of it is read.
    problems.push(leftOut(zodIssueProblem(whole.error!.issues[0]!, path), 'value'));
    return undefined;
  }
  const kept: Record<string, T> = {};
  const noRoom: string[] = [];
  for (const [lang, texts] of Object.entries(raw)) {
    if (Object.keys(kept).length >= MAX_LANGUAGES) {
      noRoom.push(lang);
      continue;
    }
    if (lang === PROTO) {
      problems.push(leftOut(zodIssueProblem(langTag.safeParse(lang, { reportInput: true }).error!.issues[0]!, [...path, lang]), 'value'));
      continue;
    }
    const one = map.safeParse({ [lang]: texts }, { reportInput: true });
    if (!one.success && (!isRecord(texts) || one.error.issues.some((i) => i.path.length < 2))) {
      // A tag that is no language tag, or texts that are no object: that language is left out.
      problems.push(leftOut(zodIssueProblem(one.error.issues[0]!, path), 'value'));
      continue;
    }
    if (one.success) Object.assign(kept, one.data);
    else {
      const fields: Record<string, string> = {};
      for (const [key, schema] of Object.entries(textSchema.def.shape as Record<string, z.ZodMiniType>)) {
        const text = headerText(schema, (texts as Record<string, unknown>)[key], [...path, lang, key], problems);
        if (text !== undefined) fields[key] = text;
      }
      if (Object.keys(fields).length > 0) kept[lang] = fields as T;
    }
    unknownTranslationFields({ [lang]: texts }, known, path, problems);
  }
  if (noRoom.length > 0) {
    const detail = { key: 'languagesFull', limit: MAX_LANGUAGES, left: noRoom.slice(0, LANGUAGES_LISTED), more: Math.max(0, noRoom.length - LANGUAGES_LISTED) } as const;
    problems.push(detailedProblem('too-many', formatPath([...path, noRoom[0]!]), detail));
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
