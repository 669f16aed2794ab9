import { describe, expect, it } from 'vitest';
import { mixedScriptLetters } from '../../../src/shared/text/mixedScripts.ts';

describe('a name with a word that mixes Latin and Cyrillic letters', () => {
  it('names the letters of the rarer alphabet in that word', () => {
    expect(mixedScriptLetters('Роскосмоc')).toEqual({ alphabet: 'latin', letters: ['c'] });
    expect(mixedScriptLetters('NАSA')).toEqual({ alphabet: 'cyrillic', letters: ['А'] });
    expect(mixedScriptLetters('Глава Роcкоcмоcа')).toEqual({ alphabet: 'latin', letters: ['c'] });
    expect(mixedScriptLetters('Eurоpеan Space Agency')).toEqual({ alphabet: 'cyrillic', letters: ['о', 'е'] });
  });

  it('leaves alone names in one alphabet, and words of each alphabet side by side', () => {
    for (const name of ['Роскосмос', 'NASA', 'ЕКА (ESA)', 'NASA-Роскосмос', 'Agence spatiale européenne', 'U.S. Government', '']) expect(mixedScriptLetters(name), name).toBeNull();
  });
});
