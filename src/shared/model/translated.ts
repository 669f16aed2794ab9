import type { DatasetTranslation, EventTranslation } from '../dataset/schema.ts';

/** The texts a map gives for a language: its own tag ("ru"), else one of its regional forms ("ru-RU"). */
function pick<T>(map: Readonly<Record<string, T>> | undefined, lang: string): T | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, lang)) return map[lang];
  const key = Object.keys(map).find((k) => k.toLowerCase().split('-')[0] === lang);
  return key === undefined ? undefined : map[key];
}

export interface Translated {
  title: string;
  summary: string;
  /** Who translated what is shown, when it is a translation. */
  translatedBy: string | null;
  /** Whether the title or summary shown is a translation (the original is then a click away). */
  translated: boolean;
}

/**
 * An event's title and summary in the interface's language when the dataset gives them, else as
 * written. Each field falls back on its own: a translated title with the original summary is fine.
 */
export function translatedEvent(e: { title: string; summary: string; translations?: Record<string, EventTranslation> }, lang: string): Translated {
  const t = pick(e.translations, lang);
  const title = t?.title ?? e.title;
  const summary = t?.summary ?? e.summary;
  const translated = t !== undefined && (t.title !== undefined || t.summary !== undefined);
  return { title, summary, translated, translatedBy: translated ? (t?.by ?? null) : null };
}

/** The event's title in the interface's language (the chart, the list, accessible names). */
export function translatedTitle(e: { title: string; translations?: Record<string, EventTranslation> }, lang: string): string {
  return pick(e.translations, lang)?.title ?? e.title;
}

/** The dataset's title and description in the interface's language when it gives them. */
export function translatedDataset(d: { title: string; description?: string; translations?: Record<string, DatasetTranslation> }, lang: string): { title: string; description?: string } {
  const t = pick(d.translations, lang);
  const description = t?.description ?? d.description;
  return { title: t?.title ?? d.title, ...(description === undefined ? {} : { description }) };
}
