import { formatPath, quoteValue, type PathSegment, type Problem } from './problem.ts';
import { KEYS } from './schema.ts';
import { isRecord } from '../isRecord.ts';

/** Reports each field of `value` (an object, or anything else: then nothing) that is not in `known`; the schema ignores them. */
export function unknownFields(value: unknown, known: ReadonlySet<string>, path: PathSegment[], out: Problem[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.has(key)) out.push({ code: 'unknown-field', path: formatPath(path), message: `unknown field ${quoteValue(key)} (ignored)` });
  }
}

/** Each language's texts in a translations map (the languages themselves are checked by the schema). */
export function unknownTranslationFields(map: unknown, known: ReadonlySet<string>, path: PathSegment[], out: Problem[]): void {
  if (!isRecord(map)) return;
  for (const [lang, texts] of Object.entries(map)) unknownFields(texts, known, [...path, lang], out);
}

/** The same for an event and the objects inside it (quotes and their translations, sources, media, verification, translations). */
export function unknownEventFields(raw: unknown, path: PathSegment[], out: Problem[]): void {
  unknownFields(raw, KEYS.event, path, out);
  if (!isRecord(raw)) return;
  if (Array.isArray(raw.quotes)) {
    raw.quotes.forEach((q: unknown, i) => {
      unknownFields(q, KEYS.quote, [...path, 'quotes', i], out);
      if (!isRecord(q)) return;
      unknownFields(q.translation, KEYS.translation, [...path, 'quotes', i, 'translation'], out);
      unknownTranslationFields(q.translations, KEYS.quoteText, [...path, 'quotes', i, 'translations'], out);
    });
  }
  if (Array.isArray(raw.sources)) raw.sources.forEach((s: unknown, i) => unknownFields(s, KEYS.source, [...path, 'sources', i], out));
  if (Array.isArray(raw.media)) raw.media.forEach((m: unknown, i) => unknownFields(m, KEYS.media, [...path, 'media', i], out));
  unknownFields(raw.verification, KEYS.verification, [...path, 'verification'], out);
  unknownTranslationFields(raw.translations, KEYS.eventText, [...path, 'translations'], out);
}
