import { DEFAULT_LANG, languageOf, type Lang } from './languages.ts';

/**
 * What a filtered view's title adds, in each interface language: the exported image's title, a
 * downloaded dataset's title and its translated titles. Here rather than in the catalogues: a
 * download marks a title in its own language, whose catalogue the page may not have loaded; a
 * language added to LANGUAGES without its mark fails the typecheck.
 */
export const FILTERED_MARKS: Record<Lang, string> = { en: ' (filtered)', ru: ' (с фильтрами)' };

/** The mark in a text's language ("ru-RU" reads "ru"), in English for a language the interface does not speak. */
export const filteredMark = (lang: string | undefined): string => FILTERED_MARKS[(lang && languageOf(lang)) || DEFAULT_LANG];
