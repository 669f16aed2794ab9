/** The alphabets whose look-alike letters (Latin "c", Cyrillic "с") a name can mix by a slip. */
export type Alphabet = 'latin' | 'cyrillic';

/**
 * In a name, the letters of the rarer alphabet in the first word that mixes Latin and Cyrillic
 * ("Роскосмоc": the Latin "c"), or null. Such a word is nearly always a slip (a look-alike letter
 * typed or pasted): it looks like the name written in one alphabet but is another name.
 */
export function mixedScriptLetters(name: string): { alphabet: Alphabet; letters: string[] } | null {
  for (const word of name.split(/[^\p{L}\p{M}]+/u)) {
    const latin = word.match(/\p{Script=Latin}/gu) ?? [];
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu) ?? [];
    if (latin.length === 0 || cyrillic.length === 0) continue;
    return latin.length <= cyrillic.length ? { alphabet: 'latin', letters: [...new Set(latin)] } : { alphabet: 'cyrillic', letters: [...new Set(cyrillic)] };
  }
  return null;
}

/** Latin letters and their Cyrillic look-alikes, in lower case ("c" and "с", "p" and "р"). */
const LATIN = 'aceopxykmthb';
const CYRILLIC = 'асеорхукмтнв';

/**
 * A word in lower case with the look-alike letters of `alphabet` (the rarer, as mixedScriptLetters
 * gives it) written in the other ("пиcьмо" with a Latin "c": "письмо"), for matching a word the
 * format knows; a letter with no look-alike is kept, so the word still matches nothing.
 */
export function inOneAlphabet(word: string, alphabet: Alphabet): string {
  const [from, to] = alphabet === 'latin' ? [LATIN, CYRILLIC] : [CYRILLIC, LATIN];
  return [...word.toLowerCase()].map((ch) => {
    const k = from.indexOf(ch);
    return k < 0 ? ch : to[k]!;
  }).join('');
}
