/** What a filtered view's title adds, in each interface language: the exported image's title, a downloaded dataset's title and its translated titles. */
export const FILTERED_MARKS = { en: ' (filtered)', ru: ' (с фильтрами)' } as const;

/** The mark in a text's language (by its primary subtag: "ru-RU" reads "ru"), in English for a language the interface does not speak. */
export function filteredMark(lang: string | undefined): string {
  const primary = lang?.toLowerCase().split('-')[0] ?? 'en';
  return Object.hasOwn(FILTERED_MARKS, primary) ? FILTERED_MARKS[primary as keyof typeof FILTERED_MARKS] : FILTERED_MARKS.en;
}
