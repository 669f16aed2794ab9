import type { Quote } from '../../shared/dataset/schema.ts';
import { quoteNotes, translatedEvent, writtenLang, type QuoteNotes } from '../../shared/model/translated.ts';
import type { EventTexts } from '../../shared/dataset/translatedOriginals.ts';

/** A dataset text the panel shows, with the `lang` to mark it with (none: the page's language). */
interface ShownText {
  text: string;
  lang: string | undefined;
}

interface PanelTexts {
  title: ShownText;
  summary: ShownText;
  /** Undefined where the event has no such text. */
  author: ShownText | undefined;
  dateNote: ShownText | undefined;
  verificationNote: ShownText | undefined;
  /** Each quote's speaker and translator, in the quotes' order. */
  quotes: QuoteNotes[];
  /** Whether any of these texts has a translation in the interface's language: the panel then offers the original. */
  translated: boolean;
  /** Whether they are shown as written although translated (the reader pressed "Show the original"). */
  original: boolean;
  /** Who translated them, while the translation is shown. */
  translatedBy: string | null;
}

const shown = (text: string | undefined, lang: string | undefined): ShownText | undefined => (text === undefined ? undefined : { text, lang });

/**
 * The event's texts the panel shows: in the interface's language where the dataset translates
 * them (translatedEvent), or, when the reader asks for the original, every one as written and
 * marked with the dataset's language where the interface speaks another. Quotes' speakers and
 * translators likewise (quoteNotes).
 */
export function panelTexts(event: EventTexts & { quotes?: Quote[] }, lang: string, datasetLang: string | undefined, wantsOriginal: boolean): PanelTexts {
  const t = translatedEvent(event, lang, datasetLang);
  const quotes = (event.quotes ?? []).map((q) => quoteNotes(q, lang, datasetLang));
  const translated = t.translated || quotes.some((q) => q.translated);
  if (translated && wantsOriginal) {
    const written = writtenLang(datasetLang, lang);
    return {
      title: { text: event.title, lang: written },
      summary: { text: event.summary, lang: written },
      author: shown(event.author, written),
      dateNote: shown(event.dateNote, written),
      verificationNote: shown(event.verification?.note, written),
      quotes: (event.quotes ?? []).map((q) => quoteNotes(q, lang, datasetLang, true)),
      translated: true,
      original: true,
      translatedBy: null,
    };
  }
  return {
    title: { text: t.title, lang: t.titleLang },
    summary: { text: t.summary, lang: t.summaryLang },
    author: shown(t.author, t.authorLang),
    dateNote: shown(t.dateNote, t.dateNoteLang),
    verificationNote: shown(t.verificationNote, t.verificationNoteLang),
    quotes,
    translated,
    original: false,
    translatedBy: t.translatedBy,
  };
}
