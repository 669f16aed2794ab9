import { describe, expect, it } from 'vitest';
import { quoteText } from '../../../src/shared/dataset/problem.ts';

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
