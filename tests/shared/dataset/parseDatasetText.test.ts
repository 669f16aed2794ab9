import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { problemToString } from '../../../src/shared/dataset/problem.ts';

describe('parseDatasetText', () => {
  it('says a file that stops after a value is cut off, not invalid', () => {
    expect(parseDatasetText('{"version": 1').problems.map(problemToString)).toEqual(['(file): is cut off before the end (incomplete JSON)']);
  });

  it('quotes the parser’s view of the broken text so that a right-to-left override in it cannot reverse the message', () => {
    // The parser's message quotes the text around an unexpected token, here U+202E RIGHT-TO-LEFT OVERRIDE.
    const message = parseDatasetText('\u202e{"version": 1}').problems[0]!.message;
    expect(message).toMatch(/^is not valid JSON: /);
    expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(message).toContain('\\u202e');
  });

  it('says a file with junk in the middle is not valid JSON', () => {
    expect(parseDatasetText('{"version": 1,, "x": 2}').problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseDatasetText('\uFEFF{"version":1}').problems[0]?.path).toBe('actors');
  });
});
