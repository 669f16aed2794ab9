import type { ActorTranslation, DatasetTranslation, EventTranslation } from '../dataset/schema.ts';

/** The texts a map gives for a language: its own tag ("ru"), else one of its regional forms ("ru-RU"). */
function pick<T>(map: Readonly<Record<string, T>> | undefined, lang: string): T | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, lang)) return map[lang];
  const key = Object.keys(map).find((k) => k.toLowerCase().split('-')[0] === lang);
  return key === undefined ? undefined : map[key];
}

/**
 * The `lang` attribute for dataset text shown as written: the dataset's own language (its `lang`)
 * when the interface speaks another, so that a screen reader reads English text in the Russian
 * interface as English; none otherwise (the page's language applies, or the dataset names none).
 */
export function writtenLang(datasetLang: string | undefined, uiLang: string): string | undefined {
  if (!datasetLang) return undefined;
  return datasetLang.toLowerCase().split('-')[0] === uiLang ? undefined : datasetLang;
}

interface Translated {
  title: string;
  summary: string;
  /** The `lang` to mark the title and the summary with: none for a translation (it is in the interface's language), else writtenLang. */
  titleLang: string | undefined;
  summaryLang: string | undefined;
  /** Who translated what is shown, when it is a translation. */
  translatedBy: string | null;
  /** Whether the title or summary shown is a translation (the original is then a click away). */
  translated: boolean;
}

/**
 * An event's title and summary in the interface's language when the dataset gives them, else as
 * written. Each field falls back on its own: a translated title with the original summary is fine.
 */
export function translatedEvent(
  e: { title: string; summary: string; translations?: Record<string, EventTranslation> },
  lang: string,
  datasetLang?: string,
): Translated {
  const t = pick(e.translations, lang);
  const title = t?.title ?? e.title;
  const summary = t?.summary ?? e.summary;
  const translated = t !== undefined && (t.title !== undefined || t.summary !== undefined);
  const written = writtenLang(datasetLang, lang);
  return {
    title,
    summary,
    titleLang: t?.title === undefined ? written : undefined,
    summaryLang: t?.summary === undefined ? written : undefined,
    translated,
    translatedBy: translated ? (t?.by ?? null) : null,
  };
}

/** The event's title in the interface's language (the chart, the list, accessible names). */
export function translatedTitle(e: { title: string; translations?: Record<string, EventTranslation> }, lang: string): string {
  return pick(e.translations, lang)?.title ?? e.title;
}

/** The dataset's title and description in the interface's language when it gives them, with the `lang` to mark each with (writtenLang). */
export function translatedDataset(
  d: { title: string; description?: string; lang?: string; translations?: Record<string, DatasetTranslation> },
  lang: string,
): { title: string; description?: string; titleLang: string | undefined; descriptionLang: string | undefined } {
  const t = pick(d.translations, lang);
  const description = t?.description ?? d.description;
  const written = writtenLang(d.lang, lang);
  return {
    title: t?.title ?? d.title,
    ...(description === undefined ? {} : { description }),
    titleLang: t?.title === undefined ? written : undefined,
    descriptionLang: t?.description === undefined ? written : undefined,
  };
}

/** An actor's name in the interface's language when the dataset gives it ("Роскосмос"), else as written. */
export function translatedActorName(a: { name: string; translations?: Record<string, ActorTranslation> }, lang: string): string {
  return pick(a.translations, lang)?.name ?? a.name;
}
