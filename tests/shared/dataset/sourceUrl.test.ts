import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceUrlFault } from '../../../src/shared/dataset/sourceUrl.ts';
import { safeHref } from '../../../src/features/detail/safeHref.ts';

// Host labels and ports that sit on the edges of the URL parser: IPv4-looking hosts, punycode,
// hyphens, huge ports; then path characters including ones a URL cannot hold as they are.
const label = fc.oneof(
  fc.constantFrom('a', 'example', 'org', '1', '256', '0x1f', 'xn--', 'xn--abc', 'xn--p1ai', '-a', 'a-', 'A', 'é', ''),
  fc.stringMatching(/^[a-z0-9-]{1,6}$/),
);
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
const port = fc.option(fc.oneof(fc.constantFrom('0', '80', '65535', '65536', '99999', ''), fc.nat(70000).map(String)), { nil: undefined });
const rest = fc.stringMatching(/^[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?# <>\\"^`{|}]{0,12}$/);
const url = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/', ' https://'), host, port, fc.option(rest, { nil: '' })).map(
  ([scheme, h, p, r]) => `${scheme}${h}${p === undefined ? '' : `:${p}`}${r}`,
);

describe('sourceUrlFault', () => {
  it('accepts a URL only when the URL parser reads it as https, with no spaces around it', () => {
    fc.assert(
      fc.property(url, (u) => {
        if (sourceUrlFault(u) !== null) return;
        expect(new URL(u).protocol).toBe('https:');
        expect(u).toBe(u.trim());
      }),
      { numRuns: 20_000 },
    );
  });

  it('names the problem with a URL that is not https, not a URL, or padded with spaces', () => {
    expect(sourceUrlFault('https://www.nasa.gov/news/2022/03/statement')).toBeNull();
    expect(sourceUrlFault('https://1.2.3.4.5/')).toBe('invalid');
    expect(sourceUrlFault('http://example.org/')).toBe('not-https');
    expect(sourceUrlFault(' https://example.org/')).toBe('spaces');
    expect(sourceUrlFault('https://example.org:99999/')).toBe('invalid');
  });

  it('names a tab, line break or other control character inside a URL, which the panel does not link (safeHref): before, the check passed it and the panel showed it as text, or dropped the media item, without a word', () => {
    for (const u of ['https://tass.com/sci\tence', 'https://tas\ns.com/', 'https://tass.com/\rx', 'https://tass.com/x\u0000', 'https://tass.com/\u001bx', 'https://tass.com/x\u007f']) {
      expect(safeHref(u)).toBeNull();
      expect(sourceUrlFault(u)).toBe('control');
    }
  });

  it('passes no URL the panel would not link: the one rule for both', () => {
    const control = fc.constantFrom('\t', '\n', '\r', '\u0000', '\u0007', '\u001f', '\u007f', ' ', '\u00a0');
    const withControl = fc.tuple(url, fc.nat(40), control).map(([u, at, c]) => `${u.slice(0, at)}${c}${u.slice(at)}`);
    fc.assert(
      fc.property(fc.oneof(url, withControl), (u) => {
        if (sourceUrlFault(u) === null) expect(safeHref(u)).not.toBeNull();
      }),
      { numRuns: 20_000 },
    );
  });
});
