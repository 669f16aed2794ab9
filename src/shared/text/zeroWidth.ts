/**
 * Characters that take no width and are never seen (zero-width space, non-joiner and joiner,
 * byte-order mark, word joiner): pasted from web pages and chat apps, they make "NASA\u200B" a name
 * of its own beside "NASA". Stripped from what names or identifies (ids, actor names, kinds,
 * language tags, headers), never from prose, where a joiner may be part of the writing.
 */
// An alternation, not a class: a joiner (U+200D) in a class reads as joining its neighbours.
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF|\u2060/g;

/** `s` without its zero-width characters. */
export const withoutZeroWidth = (s: string): string => s.replace(ZERO_WIDTH, '');
