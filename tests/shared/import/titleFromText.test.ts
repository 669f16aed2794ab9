import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../src/shared/import/titleFromText.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('titleFromText', () => {
  it('keeps a short first line as it is', () => {
    expect(titleFromText('  Letter to NASA\nmore text')).toBe('Letter to NASA');
  });

  it('cuts a long line at a word boundary, with an ellipsis', () => {
    const text = `Roscosmos writes ${'to its partners '.repeat(10)}`;
    const title = titleFromText(text);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(text.startsWith(`${title.slice(0, -1)} `)).toBe(true);
  });

  it('never cuts an emoji in half in a long line without spaces (a lone surrogate shows as "�")', () => {
    // 78 letters then emoji: a cut at 79 code units falls between the first emoji's two halves.
    const title = titleFromText(`${'a'.repeat(78)}${'🚀'.repeat(10)}`);
    expect(title).not.toMatch(LONE_SURROGATE);
    expect(title).toBe(`${'a'.repeat(78)}🚀…`);
  });

  it('counts an emoji as one character, as the format limits do, and keeps whole ones', () => {
    expect(titleFromText('🛰'.repeat(80))).toBe('🛰'.repeat(80));
    expect(titleFromText('🛰'.repeat(100))).toBe(`${'🛰'.repeat(79)}…`);
  });
});
