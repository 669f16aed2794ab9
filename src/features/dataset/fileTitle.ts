import { clip, LIMITS } from '../../shared/dataset/limits.ts';

/**
 * "letters" for `letters.csv`: the title of a file that names none (its name without the
 * extension), cut to a title's length in characters (never between an emoji's two halves).
 */
export function titleFromName(name: string): string | undefined {
  const stem = clip(name.replace(/\.[^.]*$/, '').trim(), LIMITS.shortText);
  return stem === '' ? undefined : stem;
}
