import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { NOT_UTF8, NotUtf8Error } from '../../../src/shared/dataset/strictUtf8.ts';
import { BodyTextCollector, decodeParsedStrings, type DatasetText } from '../../../src/shared/dataset/utf8Latin1.ts';

const encode = (s: string) => new TextEncoder().encode(s);

/** The collector's result for `bytes` cut at `cuts`, as a pipeline would receive it. */
function collect(bytes: Uint8Array, cuts: number[] = []): DatasetText {
  const c = new BodyTextCollector();
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    c.push(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  c.push(bytes.subarray(at));
  return c.finish();
}

const parse = (t: DatasetText): unknown => (typeof t === 'string' ? JSON.parse(t) : decodeParsedStrings(JSON.parse(t.latin1)));
const nonAsciiBytes = (b: Uint8Array) => b.reduce((n, x) => n + (x >= 0x80 ? 1 : 0), 0);

// Characters that matter here: ASCII, JSON's escapes, Latin-1 and other non-ASCII, a lone surrogate (which JSON.stringify writes as \u escape).
const unit = fc.oneof(fc.constantFrom('a', '"', '\\', '\n', '\u0000', '\u007f', '\u0080', 'é', 'ÿ', 'т', '€', '😀', '\ud800', '\udfff'), fc.string({ unit: 'binary', maxLength: 1 }));

describe('BodyTextCollector and decodeParsedStrings', () => {
  it('read any JSON value from its UTF-8 bytes, cut anywhere, exactly as JSON.parse reads its text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit }), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), (value, cuts, pad) => {
        let text = JSON.stringify(value) ?? 'null';
        // Padded with ASCII, the file is mostly ASCII and stays byte text; unpadded it is often decoded.
        if (pad) text = `[${JSON.stringify('x'.repeat(nonAsciiBytes(encode(text)) * 17))},${text}]`;
        const bytes = encode(text);
        const got = parse(collect(bytes, cuts.map((c) => c % (bytes.length + 1))));
        expect(JSON.stringify(got)).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('keep a mostly-ASCII file with some non-ASCII text as byte text, and its strings decode', () => {
    const text = JSON.stringify({ title: 'Санкции', pad: 'x'.repeat(500) });
    const got = collect(encode(text), [5, 6]);
    expect(typeof got).toBe('object');
    expect(parse(got)).toEqual({ title: 'Санкции', pad: 'x'.repeat(500) });
  });

  it('give a file with no byte above 0x7F as its text', () => {
    expect(collect(encode('{"a":"\\u0442"}'))).toBe('{"a":"\\u0442"}');
  });

  it('decode whole a file with raw non-ASCII bytes beside \\u escapes', () => {
    const text = `{"a":"т","b":"\\u00e9","pad":"${'x'.repeat(200)}"}`;
    expect(collect(encode(text))).toBe(text);
  });

  it('decode a mostly non-ASCII file from the moment they know, a character cut at that moment included', () => {
    const text = JSON.stringify(['Роскосмос '.repeat(40_000)]);
    const bytes = encode(text);
    // The share is judged once 256 KB have arrived: cut there, inside a two-byte letter.
    let cut = 256 * 1024;
    while ((bytes[cut]! & 0xc0) !== 0x80) cut++;
    expect(collect(bytes, [1000, cut])).toBe(text);
  });

  it('decode keys with non-ASCII bytes in their places, and keep an own "__proto__"', () => {
    const text = `{"a":1,"ключ":2,"__proto__":{"x":"é"},"z":3,"pad":"${'x'.repeat(300)}"}`;
    const got = parse(collect(encode(text))) as Record<string, unknown>;
    expect(Object.keys(got)).toEqual(['a', 'ключ', '__proto__', 'z', 'pad']);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(got, '__proto__')?.value).toEqual({ x: 'é' });
  });

  it('refuse malformed bytes, as the strict UTF-8 rule does for a whole file, instead of turning them into U+FFFD', () => {
    const bytes = new Uint8Array([...encode('["a'), 0xff, ...encode('b","'), 0xe2, 0x82, ...encode(`","${'x'.repeat(100)}"]`)]);
    expect(() => parse(collect(bytes))).toThrow(NotUtf8Error);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('leave a mostly non-ASCII body that is not UTF-8 as bytes, for the reader to say what it is', () => {
    const cp1251 = new Uint8Array([0x7b, ...Array.from({ length: 40 }, () => 0xe0), 0x7d]);
    expect(collect(cp1251)).toEqual({ latin1: String.fromCharCode(...cp1251) });
  });

  it('survive a value nested 100,000 levels deep', () => {
    let v: unknown = decodeParsedStrings(JSON.parse('['.repeat(100_000) + '"\xc3\xa9"' + ']'.repeat(100_000)));
    while (Array.isArray(v)) v = v[0];
    expect(v).toBe('é');
  });
});

describe('parseDatasetText on byte text', () => {
  const latin1 = (s: string) => ({ latin1: String.fromCharCode(...encode(s)) });

  it('refuses a file whose strings are not UTF-8 (a cp1252 "Café") with the same problem as a dropped CSV in a code page', () => {
    const cp1252 = { latin1: '{"version":1,"title":"Caf\xe9","actors":[],"events":[]}' };
    expect(parseDatasetText(cp1252)).toMatchObject({ fatal: true, problems: [NOT_UTF8] });
    expect(parseDatasetText({ latin1: '{"version":1,,"title":"Caf\xe9"}' })).toMatchObject({ fatal: true, problems: [NOT_UTF8] });
  });

  it('reports a syntax error as it does for the decoded text (positions in characters, not bytes)', () => {
    const text = '{"title":"Роскосмос",, "version": 1}';
    expect(parseDatasetText(latin1(text)).problems).toEqual(parseDatasetText(text).problems);
    expect(parseDatasetText(latin1(text)).problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('reads a file with a byte-order mark and non-ASCII text', () => {
    const text = '\uFEFF{"version":1,"title":"Роскосмос"}';
    expect(parseDatasetText(latin1(text)).problems).toEqual(parseDatasetText(text).problems);
    expect(parseDatasetText(latin1(text)).problems[0]?.path).toBe('actors');
  });
});
