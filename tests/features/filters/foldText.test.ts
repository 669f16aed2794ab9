import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../../src/features/filters/foldText.ts';

describe('foldText', () => {
  it('lowercases Latin text and drops its accents', () => {
    expect(foldText('Ré')).toBe('re');
  });

  it('folds the accents of a longer Latin word', () => {
    expect(foldText('Aschbächer CAFÉ Ñandú')).toBe('aschbacher cafe nandu');
  });

  it('lowercases Cyrillic capitals', () => {
    expect(foldText('РОГОЗИН')).toBe('рогозин');
  });

  it('reads ё as е, in lower and upper case', () => {
    expect(foldText('ёлка')).toBe('елка');
    expect(foldText('ЁЛКА')).toBe('елка');
  });

  it('folds a decomposed accent the same way as a precomposed one', () => {
    expect(foldText('Re\u0301')).toBe(foldText('R\u00e9'));
    expect(foldText('Re\u0301')).toBe('re');
  });

  it('keeps spaces, digits and punctuation as they are', () => {
    expect(foldText('ISS, 2030 — #МКС!')).toBe('iss, 2030 — #мкс!');
  });

  it("reads a typographic apostrophe (a phone's smart punctuation) as a straight one", () => {
    expect(foldText('Rogozin\u2019s')).toBe("rogozin's");
    expect(foldText('\u2018Rogozin\u02bcs\u2019')).toBe("'rogozin's'");
  });

  it('returns the empty string for the empty string', () => {
    expect(foldText('')).toBe('');
  });
});

describe('foldText keeps letters that are not accented forms', () => {
  it('keeps й apart from и, so "санкций" does not match "санкции"', () => {
    expect(foldText('санкций')).toBe('санкций');
    expect(foldText('ЙОЗЕФ')).toBe('йозеф');
    expect(foldText('санкции')).toBe('санкции');
  });
});

describe('foldText on ASCII text', () => {
  it('folds it as it folds the same text within non-ASCII text (its quick path and its full fold agree)', () => {
    // "é" sends the text down the full fold and folds to "e": what comes before it must fold the same.
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => foldText(s) === foldText(`${s}é`).slice(0, -1)));
  });

  it('lowercases every ASCII letter and leaves every other ASCII character as it is', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    expect(foldText(all)).toBe(all.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  });
});
