import type * as z from 'zod/mini';
import { detailedProblem, leftOut } from '../import/detailedProblem.ts';
import { fitted } from './limits.ts';
import { formatPath, type LeftOut, type PathSegment, type Problem } from './problem.ts';
import { datasetSchema, datasetTextSchema, KEYS, type DatasetTranslation } from './schema.ts';
import { unknownTranslationFields } from './unknownFields.ts';
import { zodIssueProblem } from './zodIssueProblem.ts';

/*
 * The dataset's own texts (title, description, credit, lang, and their translations), checked one
 * by one so that a fault in one costs only that one, and every problem says what became of the value:
 * a text over its limit is cut to it (the limit is the schema's, read from its issue), anything else
 * wrong is left out (the title: replaced by UNTITLED_DATASET).
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** The dataset's translations: each language's texts checked one by one; a language whose tag is wrong, or all of them when they are not a map, left out (said). */
export function headerTranslations(raw: unknown, problems: Problem[]): Record<string, DatasetTranslation> | undefined {
  const schema = datasetSchema.def.shape.translations;
  const whole = schema.safeParse(raw, { reportInput: true });
  if (whole.success) {
    unknownTranslationFields(raw, KEYS.datasetText, ['translations'], problems);
    return whole.data;
  }
  if (!isRecord(raw) || whole.error.issues.some((i) => i.path.length === 0)) {
    // Not a map, or more languages than allowed: nothing of it is read.
    problems.push(leftOut(zodIssueProblem(whole.error.issues.find((i) => i.path.length === 0) ?? whole.error.issues[0]!, ['translations']), 'value'));
    return undefined;
  }
  const kept: Record<string, DatasetTranslation> = {};
  for (const [lang, texts] of Object.entries(raw)) {
    const one = schema.safeParse({ [lang]: texts }, { reportInput: true });
    if (!one.success && (!isRecord(texts) || one.error.issues.some((i) => i.path.length < 2))) {
      // A tag that is no language tag, or texts that are no object: that language is left out.
      problems.push(leftOut(zodIssueProblem(one.error.issues[0]!, ['translations']), 'value'));
      continue;
    }
    if (one.success) Object.assign(kept, one.data);
    else {
      const fields: DatasetTranslation = {};
      for (const key of Object.keys(datasetTextSchema.def.shape) as (keyof DatasetTranslation)[]) {
        const text = headerText(datasetTextSchema.def.shape[key], (texts as Record<string, unknown>)[key], ['translations', lang, key], problems);
        if (text !== undefined) fields[key] = text;
      }
      if (Object.keys(fields).length > 0) kept[lang] = fields;
    }
    unknownTranslationFields({ [lang]: texts }, KEYS.datasetText, ['translations'], problems);
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
