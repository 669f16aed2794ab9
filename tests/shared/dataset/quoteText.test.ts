import { describe, expect, it } from 'vitest';
import { formatPath, quoteText, quoteValue } from '../../../src/shared/dataset/problem.ts';

describe('quoteText', () => {
  it('keeps a value of up to 80 characters, astral ones counted once', () => {
    expect(quoteText('a'.repeat(80))).toBe('a'.repeat(80));
    expect(quoteText('😀'.repeat(80))).toBe('😀'.repeat(80));
  });

  it('cuts a longer value to 79 characters and an ellipsis, without splitting a character', () => {
    expect(quoteText('a'.repeat(81))).toBe(`${'a'.repeat(79)}…`);
    expect(quoteText('😀'.repeat(81))).toBe(`${'😀'.repeat(79)}…`);
    expect(quoteText(`${'a'.repeat(159)}😀`)).toBe(`${'a'.repeat(79)}…`);
  });

  it('cuts a value of a million characters quickly', () => {
    const start = performance.now();
    expect(quoteText('x'.repeat(1_000_000))).toBe(`${'x'.repeat(79)}…`);
    expect(performance.now() - start).toBeLessThan(20);
  });
});

describe('quoteValue', () => {
  it('quotes a text so that it cannot reorder the message: bidi controls as escapes, right-to-left text isolated', () => {
    expect(quoteValue('2022-02-30')).toBe('"2022-02-30"');
    expect(quoteValue('\u202Ekrad')).toBe('"\\u202ekrad"');
    expect(quoteValue('שלום')).toBe('\u2068"שלום"\u2069');
  });

  it('and a key in a path the same way', () => {
    expect(formatPath(['events', 0, 'שלום'])).toBe('events[0][\u2068"שלום"\u2069]');
    expect(formatPath(['events', 0, 'a\u202Eb'])).toBe('events[0]["a\\u202eb"]');
  });
});
