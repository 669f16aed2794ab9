import { describe, expect, it } from 'vitest';
import { BUNDLED_SOURCE, checkFinalUrl, loadedSource, resolveDataSource, sourcePlace } from '../../../src/features/dataset/datasetSource.ts';

const PAGE = 'https://timeline.example/app/?data=x';

describe('resolveDataSource', () => {
  it('uses the bundled dataset without ?data=', () => {
    const r = resolveDataSource(null, PAGE);
    expect(r.ok && r.source.kind).toBe('bundled');
  });

  it('accepts a relative path on this site', () => {
    const r = resolveDataSource('data/mine.json', PAGE);
    expect(r).toEqual({ ok: true, source: { kind: 'same-origin', url: 'https://timeline.example/app/data/mine.json', path: '/app/data/mine.json' } });
  });

  it('accepts an https URL on another host and labels it with the host', () => {
    const r = resolveDataSource('https://data.example.org/letters.json', PAGE);
    expect(r.ok).toBe(true);
    if (r.ok) expect(sourcePlace(r.source)).toBe('data.example.org');
  });

  it('refuses javascript:, data:, file: and http: to another host', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'http://evil.example/x.json', 'ftp://x/y']) {
      const r = resolveDataSource(bad, PAGE);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^data: ".*" was refused: only https addresses or paths on this site can be loaded$/);
    }
  });
});

describe('checkFinalUrl and loadedSource', () => {
  const REQUESTED = 'https://timeline.example/app/redirect';

  it('accepts the requested address itself and a same-origin or https address it redirected to', () => {
    for (const final of [REQUESTED, 'https://timeline.example/other.json', 'https://cdn.example.net/x.json']) {
      expect(() => checkFinalUrl(REQUESTED, final, PAGE), final).not.toThrow();
    }
  });

  it('refuses an address the policy refuses, saying where the redirect went', () => {
    expect(() => checkFinalUrl(REQUESTED, 'http://127.0.0.1:4211/x.json', PAGE)).toThrow(
      'The address redirected to "http://127.0.0.1:4211/x.json", which was refused: only https addresses or paths on this site can be loaded.',
    );
  });

  it('labels the data by where it really came from', () => {
    const requested = resolveDataSource('redirect', PAGE);
    if (!requested.ok) throw new Error('refused');
    expect(sourcePlace(loadedSource(requested.source, REQUESTED, PAGE))).toBe('/app/redirect');
    expect(sourcePlace(loadedSource(requested.source, 'https://timeline.example/data/real.json', PAGE))).toBe('/data/real.json');
    expect(sourcePlace(loadedSource(requested.source, 'https://cdn.example.net/x.json', PAGE))).toBe('cdn.example.net');
    expect(sourcePlace(loadedSource(BUNDLED_SOURCE, new URL(BUNDLED_SOURCE.url, PAGE).href, PAGE))).toBe('');
  });
});
