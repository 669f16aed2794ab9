import { PATTERNS } from '../dataset/patterns.ts';

/*
 * A quote's language, and a sheet's #lang, as a spreadsheet author writes it: a tag (ru, en-GB), a
 * locale (ru_RU), or the language's name in English or Russian (Russian, русский, English,
 * английский, русский язык), as the platform names it
 * (Intl.DisplayNames), for the languages a diplomatic timeline most often quotes.
 */

/** The languages whose names are read, by tag. */
const NAMED_LANGUAGES = [
  'ru', 'en', 'uk', 'be', 'kk', 'ky', 'uz', 'tg', 'tk', 'az', 'hy', 'ka', 'ro', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'bg', 'sr', 'hr',
  'sl', 'mk', 'el', 'hu', 'fi', 'sv', 'no', 'da', 'et', 'lv', 'lt', 'tr', 'ar', 'fa', 'he', 'hi', 'ur', 'zh', 'ja', 'ko', 'vi', 'th', 'id', 'mn',
] as const;

let names: Map<string, string> | undefined;

/** Each language's names, lower case, to its tag; made on first use. */
function languageNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const locale of ['en', 'ru']) {
    const display = new Intl.DisplayNames([locale], { type: 'language' });
    for (const tag of NAMED_LANGUAGES) names.set(display.of(tag)!.toLowerCase(), tag);
  }
  return names;
}

/** The word for "language" beside a language's name: `русский язык`, `Russian language`, `язык: русский`. */
const LANGUAGE_WORD = /^(?:язык|language)\s*:?\s*|\s*(?:язык|language)$/u;

/**
 * The cell as a language tag: as written when it is one; a locale as software writes it (`ru_RU`,
 * `en_GB`) with hyphens; else the tag of the language it names, with or without the word for
 * "language" (`русский язык`); null when it is none of these.
 */
export function languageTag(cell: string): string | null {
  const s = cell.trim();
  if (PATTERNS.lang.test(s)) return s;
  const hyphened = s.replace(/_/g, '-');
  if (hyphened !== s && PATTERNS.lang.test(hyphened)) return hyphened;
  const name = s.toLowerCase().replace(/\s+/g, ' ');
  return languageNames().get(name) ?? languageNames().get(name.replace(LANGUAGE_WORD, '')) ?? null;
}
