import * as z from 'zod/mini';
import { isIsoDate, isIsoDay } from '../dates/isoDate.ts';
import { LIMITS } from './limits.ts';
import { FORM_HELP } from './patternForms.ts';
import { PATTERNS } from './patterns.ts';
import type { ProblemCode } from './problem.ts';
import { EVENT_KINDS, MEDIA_KINDS, VERIFICATION_STATUSES } from './vocabulary.ts';

/*
 * The dataset format, version 1: the one schema that validates files, yields the TypeScript
 * types, and generates data/schema.json (npm run schema). Rules across fields and records live
 * beside it: unique ids, known actors, dateEnd after date, time zones, https source and media
 * URLs and unsourced events in checkEvent.ts, replies and cycles in replyGraph.ts
 * (validateDataset.ts drives them).
 */


/** A refinement's issue carries its problem code (zodIssueProblem.ts reads it). */
const refine = (fn: (v: string) => boolean, message: string, code: ProblemCode) => z.refine<string>(fn, { error: message, params: { code } });

const slug = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(LIMITS.shortText, `is longer than ${LIMITS.shortText} characters`),
    z.regex(PATTERNS.slug, FORM_HELP.slug),
  );

// The path already names the field, so messages do not repeat it.
const shortText = () =>
  z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(LIMITS.shortText, `is longer than ${LIMITS.shortText} characters`),
      z.regex(PATTERNS.text, FORM_HELP.text),
    );

/**
 * A title or a name: a short text with a visible character (PATTERNS.visible). Spaces alone are said
 * as such (abort: one problem, not two).
 */
const nameText = () =>
  z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(LIMITS.shortText, `is longer than ${LIMITS.shortText} characters`),
      z.regex(PATTERNS.text, { error: FORM_HELP.text, abort: true }),
      z.regex(PATTERNS.visible, FORM_HELP.visible),
    );

const longText = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(LIMITS.longText, `is longer than ${LIMITS.longText} characters`),
    z.regex(PATTERNS.text, FORM_HELP.text),
  );

const DATE_HELP = 'is not a valid date (use 2022, 2022-03, 2022-03-12 or 2022-03-12T10:00:00+03:00)';
/** Also tells a source's day from an event's date in a problem (zodIssueProblem.ts). */
export const DAY_HELP = 'is not a valid date (use YYYY-MM-DD)';

// The pattern gives editors the shape through data/schema.json; the refinement rejects impossible days.
const isoDate = z
  .string()
  .check(z.regex(PATTERNS.date, { error: DATE_HELP, abort: true }), refine(isIsoDate, DATE_HELP, 'invalid-date'));

const isoDay = z
  .string()
  .check(z.regex(PATTERNS.day, { error: DAY_HELP, abort: true }), refine(isIsoDay, DAY_HELP, 'invalid-date'));

export const langTag = z.string().check(z.regex(PATTERNS.lang, FORM_HELP.lang));

const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.listItems, `has more than ${LIMITS.listItems} items`));

export { EVENT_KINDS, MEDIA_KINDS, VERIFICATION_STATUSES };

/**
 * A URL field. https is checked in checkEvent.ts (sourceUrl.ts) so that the message can say what
 * is wrong and the rest of the event is kept; data/schema.json states the rule as a pattern for
 * editors (the registry's metadata goes into the JSON Schema, not into the check).
 */
const httpsUrl = () =>
  z.string().check(z.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`)).register(z.globalRegistry, { pattern: '^https://' });

/**
 * The most languages one record's translations may give (the dataset's, an actor's, an event's, a
 * quote's): as many as a list has items. An actor merged from two (mergeActor.ts) keeps to it too.
 */
export const MAX_LANGUAGES = LIMITS.listItems;

/** Texts by language tag: `{ "ru": { "title": … } }`, at most MAX_LANGUAGES languages. */
const translationsOf = <T extends z.ZodMiniType>(text: T) =>
  z
    .record(langTag, text)
    .check(
      z.refine((v: Record<string, unknown>) => Object.keys(v).length <= MAX_LANGUAGES, {
        error: `has more than ${MAX_LANGUAGES} languages`,
        params: { code: 'too-many' },
      }),
    );

/** An actor's name in another language ("Роскосмос"), shown when the interface speaks it. */
export const actorTextSchema = z.object({
  name: z.optional(nameText()),
});

export const actorSchema = z.object({
  id: slug,
  name: nameText(),
  fullName: z.optional(shortText()),
  country: z.optional(shortText()),
  leader: z.optional(shortText()),
  color: z.optional(z.string().check(z.regex(PATTERNS.colour, FORM_HELP.colour))),
  translations: z.optional(translationsOf(actorTextSchema)),
});

/**
 * Whether the schema takes an actor's text as it is given (a colour in its form, a name within its
 * limit), by its field (`color`) or, `translated`, its translation's (`name`): a merged actor takes
 * such a value over one the check would leave out or cut (mergeActor.ts). A field the schema has
 * not is no one's to prefer: true.
 */
export function actorValueFits(field: string, value: string, translated: boolean): boolean {
  const shape: Readonly<Record<string, z.ZodMiniType>> = translated ? actorTextSchema.def.shape : actorSchema.def.shape;
  return !Object.hasOwn(shape, field) || shape[field]!.safeParse(value).success;
}

const translationSchema = z.object({
  text: longText,
  lang: langTag,
  by: z.optional(shortText()),
});

/**
 * A quote's notes in another language (shown when the interface is in that language): who said it
 * (`speaker`) and who made its translation (`translation.by`). The quote itself is never translated here.
 */
export const quoteTextSchema = z.object({
  speaker: z.optional(shortText()),
  translationBy: z.optional(shortText()),
});

export const quoteSchema = z.object({
  text: longText,
  lang: langTag,
  speaker: z.optional(shortText()),
  translation: z.optional(translationSchema),
  translations: z.optional(translationsOf(quoteTextSchema)),
});

const sourceSchema = z.object({
  title: shortText(),
  publisher: shortText(),
  url: z.optional(httpsUrl()),
  date: z.optional(isoDay),
});

/** An image the detail panel shows (loaded from another site only when the reader asks), or a link to other media. */
const mediaSchema = z.object({
  kind: z.enum(MEDIA_KINDS),
  url: httpsUrl(),
  caption: z.optional(longText),
  credit: z.optional(shortText()),
  /** What the image shows, for readers who cannot see it. */
  alt: z.optional(longText),
});

/**
 * An event's texts in another language, and who translated them (shown when the interface is in
 * that language): its title, summary, author, date note and verification note (`verification.note`).
 */
export const eventTextSchema = z.object({
  title: z.optional(nameText()),
  summary: z.optional(longText),
  author: z.optional(shortText()),
  dateNote: z.optional(longText),
  verificationNote: z.optional(longText),
  by: z.optional(shortText()),
});

/** The dataset's title, description and credit in another language, and who translated them. */
export const datasetTextSchema = z.object({
  title: z.optional(nameText()),
  description: z.optional(longText),
  credit: z.optional(shortText()),
  by: z.optional(shortText()),
});

const verificationSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES),
  note: z.optional(longText),
});

export const eventSchema = z.object({
  id: slug,
  date: isoDate,
  dateEnd: z.optional(isoDate),
  approximate: z.optional(z.boolean()),
  dateNote: z.optional(longText),
  timeZone: z.optional(shortText()),
  kind: z.enum(EVENT_KINDS),
  from: slug,
  to: list(slug),
  author: z.optional(shortText()),
  title: nameText(),
  summary: longText,
  quotes: z.optional(list(quoteSchema)),
  inReplyTo: z.optional(list(slug)),
  // An event without a source is kept and marked "Unsourced" (checkEvent.ts): none is ever made up.
  sources: z._default(list(sourceSchema), () => []),
  media: z.optional(list(mediaSchema)),
  verification: z.optional(verificationSchema),
  tags: z.optional(list(shortText())),
  translations: z.optional(translationsOf(eventTextSchema)),
});

export const datasetSchema = z.object({
  version: z.literal(1),
  title: nameText(),
  description: z.optional(longText),
  /** Who to credit when the timeline is embedded: "The Hamden Journal; TASS; Reuters". */
  credit: z.optional(shortText()),
  /** The language the dataset's own texts are written in ("en"): the page marks them with it where the interface speaks another. */
  lang: z.optional(langTag),
  actors: z.array(actorSchema).check(z.maxLength(LIMITS.actors, `has more than ${LIMITS.actors} actors`)),
  events: z.array(eventSchema).check(z.maxLength(LIMITS.events, `has more than ${LIMITS.events} events`)),
  translations: z.optional(translationsOf(datasetTextSchema)),
});

export type Actor = z.infer<typeof actorSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type EventTranslation = z.infer<typeof eventTextSchema>;
export type QuoteTranslation = z.infer<typeof quoteTextSchema>;
export type ActorTranslation = z.infer<typeof actorTextSchema>;
export type DatasetTranslation = z.infer<typeof datasetTextSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type EventKind = DatasetEvent['kind'];
export type Dataset = z.infer<typeof datasetSchema>;

const keysOf = (schema: { def: { shape: object } }): ReadonlySet<string> => new Set(Object.keys(schema.def.shape));
const requiredKeysOf = (schema: { def: { shape: Record<string, z.ZodMiniType> } }): readonly string[] =>
  Object.entries(schema.def.shape)
    .filter(([, field]) => field._zod.optin === undefined)
    .map(([key]) => key);

/** The fields an event and the records inside it cannot do without (the spreadsheet reader checks them early: readDatasetCsv.ts). */
export const REQUIRED = {
  quote: requiredKeysOf(quoteSchema),
  translation: requiredKeysOf(translationSchema),
  source: requiredKeysOf(sourceSchema),
  media: requiredKeysOf(mediaSchema),
  verification: requiredKeysOf(verificationSchema),
  event: requiredKeysOf(eventSchema),
};

/** The fields each object of the format may have: the validator reports others, the fast path leaves them to the schema. */
export const KEYS = {
  dataset: keysOf(datasetSchema),
  actor: keysOf(actorSchema),
  event: keysOf(eventSchema),
  quote: keysOf(quoteSchema),
  translation: keysOf(translationSchema),
  source: keysOf(sourceSchema),
  media: keysOf(mediaSchema),
  verification: keysOf(verificationSchema),
  eventText: keysOf(eventTextSchema),
  quoteText: keysOf(quoteTextSchema),
  datasetText: keysOf(datasetTextSchema),
  actorText: keysOf(actorTextSchema),
};
