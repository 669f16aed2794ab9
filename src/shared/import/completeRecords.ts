import type { Problem } from '../dataset/problem.ts';
import { REQUIRED } from '../dataset/schema.ts';
import { VERIFICATION_STATUSES } from '../dataset/vocabulary.ts';
import { COLUMN_GROUPS, type GroupName } from '../csv/datasetColumns.ts';
import { detailedProblem } from './detailedProblem.ts';
import { cellLocation } from './location.ts';
import { languageTag } from './languageName.ts';

/*
 * A spreadsheet row's quotes, sources, media and verification are optional parts of its event:
 * one left incomplete (a quote without its language, a source with a title but no publisher, a
 * caption without a media URL) or with a status the format does not have is left out with a problem at its row
 * and column, and the event is kept, instead of the whole event being refused by the validator.
 * So is a quote, or its translation, whose language is neither a tag nor a language's name
 * (a name, `русский`, is read as its tag: languageName.ts).
 */

/** A column of the row by its key (`sources.1.url`): its header as the file writes it (or would), and the cell. */
export type CellAt = (key: string) => { header: string; value: string | undefined };

const RECORD_OF = { quotes: 'quote', sources: 'source', media: 'media' } as const satisfies Record<GroupName, keyof typeof REQUIRED>;
/** An empty media kind is made from the URL (mediaKind.ts): it is never what is missing. */
const MADE_FROM_URL: Partial<Record<GroupName, string>> = { media: 'kind' };

const valueAt = (record: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), record);

/** The problem for a part that lacks `missing` (field paths), at the first of `fields` the row fills. */
function incomplete(row: number, cellAt: CellAt, keyOf: (path: string) => string, record: Record<string, unknown>, fields: readonly string[], missing: readonly string[]): Problem {
  const first = fields.find((f) => valueAt(record, f) !== undefined) ?? fields[0]!;
  const at = cellAt(keyOf(first));
  return detailedProblem('incomplete-set', cellLocation(row, at.header), {
    key: 'incompleteSet',
    value: (at.value ?? '').trim(),
    missing: missing.map((f) => cellAt(keyOf(f)).header),
  });
}

/** Whether record `n` of group `g` is complete enough to keep; a quote's incomplete translation is removed from it. */
export function keepRecord(g: GroupName, n: number, record: Record<string, unknown>, row: number, cellAt: CellAt, problems: Problem[]): boolean {
  const keyOf = (path: string) => `${g}.${n}.${path}`;
  const fields = COLUMN_GROUPS[g].fields.map(([path]) => path as string);
  const missing = REQUIRED[RECORD_OF[g]].filter((f) => f !== MADE_FROM_URL[g] && record[f] === undefined);
  // A quote given only in translation: said at its empty text, naming the translation left out with it.
  const translated = g === 'quotes' && missing.includes('text') ? valueAt(record, 'translation.text') : undefined;
  if (typeof translated === 'string') {
    const at = cellAt(keyOf('text'));
    problems.push(detailedProblem('incomplete-set', cellLocation(row, at.header), { key: 'emptyOriginal', value: translated.trim(), missing: missing.map((f) => cellAt(keyOf(f)).header) }));
    return false;
  }
  if (missing.length > 0) {
    problems.push(incomplete(row, cellAt, keyOf, record, fields, missing));
    return false;
  }
  if (g === 'quotes' && !readLanguage(record, 'lang', row, cellAt(keyOf('lang')), 'quote', problems)) return false;
  const translation = record.translation as Record<string, unknown> | undefined;
  if (translation) {
    const lacking = REQUIRED.translation.filter((f) => translation[f] === undefined).map((f) => `translation.${f}`);
    if (lacking.length > 0) {
      problems.push(incomplete(row, cellAt, keyOf, record, fields.filter((f) => f.startsWith('translation.')), lacking));
      delete record.translation;
    } else if (!readLanguage(translation, 'lang', row, cellAt(keyOf('translation.lang')), 'translation', problems)) delete record.translation;
  }
  return true;
}

/** Reads `record[field]` as a language tag (languageTag); false, with the problem at its cell, when it is none. */
function readLanguage(record: Record<string, unknown>, field: string, row: number, at: ReturnType<CellAt>, part: 'quote' | 'translation', problems: Problem[]): boolean {
  const tag = languageTag(String(record[field]));
  if (tag !== null) {
    record[field] = tag;
    return true;
  }
  problems.push(detailedProblem('bad-format', cellLocation(row, at.header), { key: 'quoteLang', value: (at.value ?? '').trim(), part }));
  return false;
}

/** Removes a verification without a status, or with one the format does not have, from a row's event. */
export function checkVerification(e: Record<string, unknown>, row: number, cellAt: CellAt, problems: Problem[]): void {
  const v = e.verification as Record<string, unknown> | undefined;
  if (!v) return;
  const keyOf = (path: string) => `verification.${path}`;
  if (v.status === undefined) {
    problems.push(incomplete(row, cellAt, keyOf, v, ['status', 'note'], ['status']));
    delete e.verification;
  } else if (!(VERIFICATION_STATUSES as readonly unknown[]).includes(v.status)) {
    const at = cellAt(keyOf('status'));
    problems.push(detailedProblem('not-allowed', cellLocation(row, at.header), { key: 'unknownStatus', value: (at.value ?? '').trim() }));
    delete e.verification;
  }
}
