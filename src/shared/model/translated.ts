import { UNTITLED_DATASET } from '../dataset/problem.ts';
import { withoutBidiControls } from '../text/isolated.ts';
import type { ActorTranslation, DatasetTranslation, EventTranslation, Quote } from '../dataset/schema.ts';
import { EVENT_ORIGINALS, QUOTE_ORIGINALS, type EventTexts, type EventTranslatedField } from '../dataset/translatedOriginals.ts';

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
  /** The author, the note on the date and the verification note, when the event has them, each with its `lang` as the title's. */
  author?: string;
  authorLang: string | undefined;
  dateNote?: string;
  dateNoteLang: string | undefined;
  verificationNote?: string;
  verificationNoteLang: string | undefined;
  /** Who translated what is shown, when it is a translation. */
  translatedBy: string | null;
  /** Whether any text shown is a translation (the original is then a click away). */
  translated: boolean;
}


/**
 * An event's title, summary, author, date note and verification note in the interface's language
 * when the dataset gives them, else as written. Each field falls back on its own: a translated
 * title with the original summary is fine. A translation of a text the event does not have (an
 * author for an event without one) is not shown: it would have no original to go back to.
 */
export function translatedEvent(e: EventTexts, lang: string, datasetLang?: string): Translated {
  const t = pick(e.translations, lang);
  /** The translation of a text the event has, if the language gives it. */
  const of = (key: EventTranslatedField) => (EVENT_ORIGINALS[key](e) === undefined ? undefined : t?.[key]);
  const title = of('title');
  const summary = of('summary');
  const author = of('author');
  const dateNote = of('dateNote');
  const verificationNote = of('verificationNote');
  const translated = [title, summary, author, dateNote, verificationNote].some((x) => x !== undefined);
  const written = writtenLang(datasetLang, lang);
  const langOf = (translation: string | undefined) => (translation === undefined ? written : undefined);
  const shownAuthor = author ?? e.author;
  const shownDateNote = dateNote ?? e.dateNote;
  const shownNote = verificationNote ?? e.verification?.note;
  return {
    title: title ?? e.title,
    summary: summary ?? e.summary,
    titleLang: langOf(title),
    summaryLang: langOf(summary),
    ...(shownAuthor === undefined ? {} : { author: shownAuthor }),
    authorLang: langOf(author),
    ...(shownDateNote === undefined ? {} : { dateNote: shownDateNote }),
    dateNoteLang: langOf(dateNote),
    ...(shownNote === undefined ? {} : { verificationNote: shownNote }),
    verificationNoteLang: langOf(verificationNote),
    translated,
    translatedBy: translated ? (t?.by ?? null) : null,
  };
}

/** A quote's notes as shown: who said it and who translated it, each with its `lang` as translatedEvent's texts. */
export interface QuoteNotes {
  speaker?: string;
  speakerLang: string | undefined;
  translationBy?: string;
  translationByLang: string | undefined;
  /** Whether either note shown is a translation. */
  translated: boolean;
}

/**
 * A quote's speaker and its translator (`translation.by`) in the interface's language when the
 * dataset gives them, else as written; `original` shows both as written. The quote's own text and
 * its translation are never replaced. As for an event, a note the quote does not have is not shown.
 */
export function quoteNotes(q: Quote, lang: string, datasetLang: string | undefined, original = false): QuoteNotes {
  const t = original ? undefined : pick(q.translations, lang);
  const speaker = QUOTE_ORIGINALS.speaker(q) === undefined ? undefined : t?.speaker;
  const by = QUOTE_ORIGINALS.translationBy(q) === undefined ? undefined : t?.translationBy;
  const written = writtenLang(datasetLang, lang);
  const shownSpeaker = speaker ?? q.speaker;
  const shownBy = by ?? q.translation?.by;
  return {
    ...(shownSpeaker === undefined ? {} : { speaker: shownSpeaker }),
    speakerLang: speaker === undefined ? written : undefined,
    ...(shownBy === undefined ? {} : { translationBy: shownBy }),
    translationByLang: by === undefined ? written : undefined,
    translated: speaker !== undefined || by !== undefined,
  };
}

/** The event's title in the interface's language (the chart, the list, accessible names). */
export function translatedTitle(e: { title: string; translations?: Record<string, EventTranslation> }, lang: string): string {
  return pick(e.translations, lang)?.title ?? e.title;
}

/**
 * The dataset's title, description and credit in the interface's language when it gives them, with
 * the `lang` to mark each with (writtenLang). A dataset whose own title could not be used (called
 * UNTITLED_DATASET by its checks) is called `untitled`, the interface's words for that (t.dataset.untitled).
 */
export function translatedDataset(
  d: { title: string; description?: string; credit?: string; lang?: string; translations?: Record<string, DatasetTranslation> },
  lang: string,
  untitled: string,
): { title: string; description?: string; credit?: string; titleLang: string | undefined; descriptionLang: string | undefined; creditLang: string | undefined } {
  const t = pick(d.translations, lang);
  const description = t?.description ?? d.description;
  const credit = t?.credit ?? d.credit;
  const written = writtenLang(d.lang, lang);
  return {
    title: t?.title ?? (d.title === UNTITLED_DATASET ? untitled : d.title),
    ...(description === undefined ? {} : { description }),
    ...(credit === undefined ? {} : { credit }),
    titleLang: t?.title === undefined && d.title !== UNTITLED_DATASET ? written : undefined,
    descriptionLang: t?.description === undefined ? written : undefined,
    creditLang: t?.credit === undefined ? written : undefined,
  };
}

/** An actor's name in the interface's language when the dataset gives it ("Роскосмос"), else as written; without bidi controls (withoutBidiControls). */
export function translatedActorName(a: { name: string; translations?: Record<string, ActorTranslation> }, lang: string): string {
  return withoutBidiControls(pick(a.translations, lang)?.name ?? a.name);
}
