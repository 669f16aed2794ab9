/*
 * The format's fixed words, without the validator: the page imports these, and only the data
 * worker carries the schema library.
 */
export const EVENT_KINDS = ['letter', 'social-post', 'statement', 'press-report', 'sanction', 'milestone'] as const;
/** A kind's position in EVENT_KINDS (0 for a word that is not one), for typed arrays that hold kinds as numbers. */
const KIND_INDEX = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));
export const kindIndex = (kind: string): number => KIND_INDEX.get(kind) ?? 0;
export const VERIFICATION_STATUSES = ['confirmed', 'unconfirmed', 'disputed'] as const;
/** A media item is an image the panel shows, or a link to anything else (video, audio, a document). */
export const MEDIA_KINDS = ['image', 'link'] as const;

/** Every field an event may have, in the documented order (a test keeps it equal to the schema). */
export const EVENT_FIELDS = [
  'id',
  'date',
  'dateEnd',
  'approximate',
  'dateNote',
  'timeZone',
  'kind',
  'from',
  'to',
  'author',
  'title',
  'summary',
  'quotes',
  'inReplyTo',
  'sources',
  'media',
  'verification',
  'tags',
  'translations',
] as const;
