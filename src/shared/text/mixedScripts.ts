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
