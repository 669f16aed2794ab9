import { describe, expect, it } from 'vitest';
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
