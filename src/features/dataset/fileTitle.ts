import { LIMITS } from '../../shared/dataset/limits.ts';

/** "letters" for `letters.csv`: the title of a file that names none (its name without the extension). */
export function titleFromName(name: string): string | undefined {
  const stem = name.replace(/\.[^.]*$/, '').trim().slice(0, LIMITS.shortText);
  return stem === '' ? undefined : stem;
}
