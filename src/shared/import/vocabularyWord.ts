import type { EventKind } from '../dataset/schema.ts';
import { EVENT_KINDS, VERIFICATION_STATUSES } from '../dataset/vocabulary.ts';
import { en } from '../i18n/catalogues/en.ts';
import { catalogue as ru } from '../i18n/catalogues/ru.ts';

/*
 * A spreadsheet's word for a kind or a verification status, read the way people write it: the
 * format's id (`social-post`) or the name the legend shows in any of the interface's languages
 * (`Social post`, `Письмо`), in any case; a kind also in its plural forms (`Letters`, `Письма`).
 * One rule for both fields.
 */

/** Every catalogue whose names are read; a new language adds its catalogue here. */
const CATALOGUES = [en, ru];

/** Case and spacing do not count: "Social  Post" is "social-post". */
export const foldWord = (cell: string): string => cell.trim().toLowerCase().replace(/\s+/g, '-');

function vocabulary<T extends string>(ids: readonly T[], names: (c: typeof en) => Record<T, string>, more: (c: typeof en, id: T) => string[] = () => []): ReadonlyMap<string, T> {
  const words = new Map<string, T>();
  for (const id of ids) {
    words.set(foldWord(id), id);
    for (const c of CATALOGUES) for (const word of [names(c)[id], ...more(c, id)]) words.set(foldWord(word), id);
  }
  return words;
}

/** A kind's plural forms as the catalogues count it ("letters", «письма», «постов в соцсетях»), the number left out. */
const pluralWords = (c: typeof en, kind: EventKind) => Object.values(c.kindsPlural[kind]).map((form) => form.replace('#', '').trim());

/**
 * How a sheet often names a kind besides the legend's words: a post "in the social networks"
 * («пост в соцсетях»), a social media post, a post or tweet alone; a press release, an
 * organisation's statement; an article, an interview or a publication in the media, a press report.
 */
const KIND_PHRASES: Partial<Record<EventKind, string[]>> = {
  'social-post': ['пост в соцсетях', 'social media post', 'post', 'posts', 'пост', 'посты', 'tweet', 'tweets', 'твит', 'твиты'],
  statement: ['press release', 'press releases', 'пресс-релиз', 'пресс-релизы', 'официальное заявление'],
  'press-report': ['article', 'articles', 'interview', 'interviews', 'статья', 'статьи', 'интервью', 'публикация в сми', 'публикации в сми', 'новость', 'новости'],
};

const WORDS = {
  kind: vocabulary(EVENT_KINDS, (c) => c.kinds, (c, kind) => [...pluralWords(c, kind), ...(KIND_PHRASES[kind] ?? [])]),
  'verification.status': vocabulary(VERIFICATION_STATUSES, (c) => c.status),
};

type WordField = keyof typeof WORDS;
export const isWordField = (field: string): field is WordField => Object.hasOwn(WORDS, field);

/** The format's id a cell names in a word field, or undefined when it names none. */
export const vocabularyWord = (field: WordField, cell: string): string | undefined => WORDS[field].get(foldWord(cell));
