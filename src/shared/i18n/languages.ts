/**
 * The interface's languages, by BCP 47 code, each named in itself (for the switcher). Adding a
 * language is one catalogue file in ./catalogues/ (named by its code) and one line here.
 */
export const LANGUAGES = {
  en: 'English',
  ru: 'Русский',
} as const;

export type Lang = keyof typeof LANGUAGES;
export const LANG_CODES = Object.keys(LANGUAGES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

const isLang = (v: string): v is Lang => Object.prototype.hasOwnProperty.call(LANGUAGES, v);

/** The interface language a BCP 47 tag asks for, by its primary subtag in any case ("ru-RU", "RU" → "ru"); null when we have none. */
export function languageOf(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(base) ? base : null;
}

/** ?lang= when it names a language we have; else the reader's browser languages in their order; else English. */
export function chooseLanguage(param: Lang | null, preferred: readonly string[]): Lang {
  if (param) return param;
  for (const tag of preferred) {
    const lang = languageOf(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}
