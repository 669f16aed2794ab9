import { describe, expect, it } from 'vitest';
import { clip, fitted, lengthInCharacters, longerThan } from '../../../src/shared/dataset/limits.ts';

describe('longerThan', () => {
  it('lets a text of exactly the limit through and refuses one character more', () => {
    expect(longerThan('x'.repeat(300), 300)).toBe(false);
    expect(longerThan('x'.repeat(301), 300)).toBe(true);
  });

  it('counts an emoji outside the Basic Multilingual Plane once, as the format does', () => {
    expect(longerThan('😀'.repeat(300), 300)).toBe(false);
    expect(longerThan('😀'.repeat(301), 300)).toBe(true);
  });
});

describe('lengthInCharacters', () => {
  it('counts code points: an emoji once, a lone surrogate once', () => {
    expect(lengthInCharacters('a😀b')).toBe(3);
    expect(lengthInCharacters('\uD83D')).toBe(1);
  });
});

describe('clip', () => {
  it('cuts to the limit with the ellipsis as its last character, dropping the space before it', () => {
    expect(clip('abc defgh', 5)).toBe('abc…');
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip('abcde', 5)).toBe('abcde');
  });

  it('never splits an emoji into half a surrogate pair', () => {
    expect(clip('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
  });
});

describe('fitted', () => {
  it('says a cut title with titleCut and any other text with textCut, at the limit', () => {
    expect(fitted('abcdefgh', 5, 'titleCut')).toEqual({ text: 'abcd…', cut: { key: 'titleCut', limit: 5 } });
    expect(fitted('abcdefgh', 5)).toEqual({ text: 'abcd…', cut: { key: 'textCut', limit: 5 } });
    expect(fitted('abcde', 5)).toEqual({ text: 'abcde' });
  });
});
