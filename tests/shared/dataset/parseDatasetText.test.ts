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

  it('names the line and column where the parser stopped, counting lines after a byte-order mark and CRLF line ends', () => {
    const [problem] = parseDatasetText('\uFEFF{\r\n  "version": 1,\r\n  "title": "x",,\r\n}').problems;
    expect(problem?.message).toMatch(/^is not valid JSON: line 3, column 16 \(the mistake is there or just before it\): /);
    expect(problem?.detail).toEqual({ key: 'jsonSyntax', line: 3, column: 16 });
  });

  it('names the line and column of a trailing comma or a curly quote, which V8 (Chromium, Node) says only by the text around it', () => {
    const trailing = parseDatasetText('{\n  "title": {"text": {"headline": "T"}},\n  "events": [\n    {"start_date": {"year": 2020}},\n  ]\n}').problems[0]!;
    expect(trailing.detail).toEqual({ key: 'jsonSyntax', line: 5, column: 3 });
    expect(trailing.message).toBe("is not valid JSON: line 5, column 3 (the mistake is there or just before it): Unexpected token ']'");
    const long = `{"events": [${'{"start_date": {"year": 2020}}, '.repeat(50)}{"text": {"headline": “Quoted”}}]}`;
    expect(parseDatasetText(long).problems[0]!.detail).toEqual({ key: 'jsonSyntax', line: 1, column: long.indexOf('“') + 1 });
    // Text around the mistake that the file has twice cannot say which: the message says what the parser said, without a place.
    const twice = '["1111111111,]2222222222", 1111111111,]2222222222]';
    expect(parseDatasetText(twice).problems[0]!.detail).toBeUndefined();
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseDatasetText('\uFEFF{"version":1}').problems[0]?.path).toBe('actors');
  });
});
