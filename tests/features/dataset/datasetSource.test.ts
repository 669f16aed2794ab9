import { describe, expect, it } from 'vitest';
import { resolveDataSource, sourceLabel } from '../../../src/features/dataset/datasetSource.ts';

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
    if (r.ok) expect(sourceLabel(r.source)).toBe('Data from data.example.org');
  });

  it('refuses javascript:, data:, file: and http: to another host', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'http://evil.example/x.json', 'ftp://x/y']) {
      const r = resolveDataSource(bad, PAGE);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^data: ".*" was refused: only https addresses or paths on this site can be loaded$/);
    }
  });
});
