import type { EventTranslation, Quote, QuoteTranslation } from './schema.ts';

/*
 * The text each translated field of an event or a quote translates. A translation of a text the
 * event or quote does not have (an author for an event without one) is not shown: it would have
 * no original to go back to (translated.ts); the validator says so (checkEvent.ts).
 */

/** The event's texts a dataset may translate, as written. */
export interface EventTexts {
  title: string;
  summary: string;
  author?: string;
  dateNote?: string;
  verification?: { note?: string };
  translations?: Record<string, EventTranslation>;
}

export type EventTranslatedField = Exclude<keyof EventTranslation, 'by'>;

export const EVENT_ORIGINALS: Readonly<Record<EventTranslatedField, (e: EventTexts) => string | undefined>> = {
  title: (e) => e.title,
  summary: (e) => e.summary,
  author: (e) => e.author,
  dateNote: (e) => e.dateNote,
  verificationNote: (e) => e.verification?.note,
};

export const QUOTE_ORIGINALS: Readonly<Record<keyof QuoteTranslation, (q: Quote) => string | undefined>> = {
  speaker: (q) => q.speaker,
  translationBy: (q) => q.translation?.by,
};

/** The translated fields whose original an event may lack (its title and summary it always has). */
export const EVENT_TRANSLATED_FIELDS = ['author', 'dateNote', 'verificationNote'] as const satisfies readonly EventTranslatedField[];
export const QUOTE_TRANSLATED_FIELDS = ['speaker', 'translationBy'] as const satisfies readonly (keyof QuoteTranslation)[];
