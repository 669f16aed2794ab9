import { detailedProblem } from '../import/detailedProblem.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';
import type { Dataset } from './schema.ts';

/*
 * A translation into the dataset's own language (`lang: "ru"` beside `translations.ru`, a sheet's
 * `#lang ru` beside a `title [ru]` column): kept, shown instead of the originals to readers in that
 * language, and said, as `lang` may be wrong. Checked here for every format; a spreadsheet's
 * problem is placed at its column or row (conversion.ts).
 */

/** Each tag's canonicalTag, as a file has few tags and many records (an event each). */
const canonicalTags = new Map<string, string>();

/** A tag as the platform writes it, lower case: `RU` and `rus` (ISO 639-2, as some software writes it) are `ru`; a tag it cannot read, as written. */
function canonicalTag(tag: string): string {
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = (Intl.getCanonicalLocales(tag)[0] ?? tag).toLowerCase();
    } catch {
      canonical = tag.toLowerCase();
    }
    // A hostile file may give a tag of its own to every record: the cache stays small.
    if (canonicalTags.size >= 1000) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

/** The same language, however its tag is written (ru, RU, rus): a regional variant (ru-RU beside ru) may be a translation of its own. */
const sameLanguage = (tag: string, own: string) => tag.toLowerCase() === own.toLowerCase() || canonicalTag(tag) === canonicalTag(own);

/**
 * Says each translation of the dataset into its own language, once for each language: at the
 * dataset's texts, and at the first actor, event and quote that has it, by its place in the file.
 */
export function sameLanguageProblems(dataset: Dataset, fileIndex: { actors: (k: number) => number; events: (k: number) => number }): Problem[] {
  const own = dataset.lang;
  if (own === undefined) return [];
  const problems: Problem[] = [];
  const said = new Set<string>();
  const say = (translations: object | undefined, path: PathSegment[], list: string) => {
    if (translations === undefined) return;
    for (const lang of Object.keys(translations)) {
      if (!sameLanguage(lang, own) || said.has(`${list} ${lang}`)) continue;
      said.add(`${list} ${lang}`);
      problems.push(detailedProblem('same-language', formatPath([...path, lang]), { key: 'sameLanguage', lang, ownLang: own, where: 'dataset' }));
    }
  };
  say(dataset.translations, ['translations'], 'dataset');
  dataset.actors.forEach((a, k) => say(a.translations, ['actors', fileIndex.actors(k), 'translations'], 'actors'));
  dataset.events.forEach((e, k) => {
    if (e.translations === undefined && e.quotes === undefined) return;
    const i = fileIndex.events(k);
    say(e.translations, ['events', i, 'translations'], 'events');
    e.quotes?.forEach((q, n) => say(q.translations, ['events', i, 'quotes', n, 'translations'], 'quotes'));
  });
  return problems;
}
