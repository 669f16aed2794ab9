import { describe, expect, it } from 'vitest';
import { titleFromName } from '../../../src/features/dataset/fileTitle.ts';

describe('titleFromName', () => {
  it('is the name without its extension, or nothing for a name with none left', () => {
    expect(titleFromName('Space race.csv')).toBe('Space race');
    expect(titleFromName('letters.v2.json')).toBe('letters.v2');
    expect(titleFromName('README')).toBe('README');
    expect(titleFromName('.csv')).toBeUndefined();
  });
});

describe('titleFromName, of a long name', () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('counts an emoji once, as a title is limited, and never cuts one in half', () => {
    // 201 emoji: 402 code units, within a title's 300 characters.
    expect(titleFromName(`${'🛰'.repeat(201)}.csv`)).toBe('🛰'.repeat(201));
    const cut = titleFromName(`a${'🛰'.repeat(400)}.csv`)!;
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(cut).toBe(`a${'🛰'.repeat(298)}…`);
  });
});
