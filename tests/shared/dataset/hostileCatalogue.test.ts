import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { problemToString, type ProblemCode } from '../../../src/shared/dataset/problem.ts';
import type { ValidationResult } from '../../../src/shared/dataset/validateDataset.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { generateHostileFixtures } from '../../fixtures/hostile/generate.ts';

/*
 * A catalogue of hostile and broken dataset files (tests/fixtures/hostile/manifest.json).
 * outcome "fatal": nothing shown (an alert); "partial": events shown with a warnings panel
 * (at least one problem); "valid": every event shown, no panel when "problems" is 0. Each
 * "message" names the "code" of the problem it finds.
 */

const DIR = 'tests/fixtures/hostile';

interface Entry {
  file: string;
  why: string;
  outcome: 'fatal' | 'partial' | 'valid';
  events: number;
  message?: string;
  /** The code of the problem that `message` finds. */
  code?: ProblemCode;
  problems?: number;
  /**
   * Where the app says something else when it loads the file (?data= or a local file), which also
   * reads spreadsheets and UTF-16 (src/shared/import): its message and code, or that it loads with
   * no problem and how many events; otherwise `message` and `code`.
   */
  loaded?: { message: string; code: ProblemCode } | { outcome: 'valid'; events: number };
}

function readManifest(): Entry[] {
  const raw: unknown = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
  if (!Array.isArray(raw)) throw new Error('manifest.json must be a list');
  return raw.map((e: Entry, i) => {
    const ok =
      typeof e.file === 'string' &&
      typeof e.why === 'string' &&
      ['fatal', 'partial', 'valid'].includes(e.outcome) &&
      Number.isInteger(e.events) &&
      (e.message === undefined || (typeof e.message === 'string' && e.message !== '' && typeof e.code === 'string')) &&
      (e.problems === undefined || Number.isInteger(e.problems)) &&
      (e.outcome === 'valid' || e.message !== undefined) &&
      (e.loaded === undefined ||
        (e.outcome === 'fatal' && ('outcome' in e.loaded ? e.loaded.outcome === 'valid' && Number.isInteger(e.loaded.events) : typeof e.loaded.message === 'string' && typeof e.loaded.code === 'string')));
    if (!ok) throw new Error(`manifest.json entry ${i} is malformed: ${JSON.stringify(e)}`);
    return e;
  });
}

const manifest = readManifest();

describe('hostile dataset catalogue', () => {
  beforeAll(async () => {
    await generateHostileFixtures(join(DIR, 'generated'));
  }, 120_000);

  it('lists at least 30 distinct files', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(30);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
    expect(new Set(manifest.map((e) => e.why)).size).toBe(manifest.length);
  });

  it.each(manifest.map((e) => [e.why, e] as const))(
    '%s',
    (_why, entry) => {
      const text = readFileSync(join(DIR, entry.file), 'utf8');
      let result: ValidationResult | undefined;
      expect(() => {
        result = parseDatasetText(text);
      }).not.toThrow();
      const r = result!;
      const strings = r.problems.map(problemToString);

      expect(r.fatal, strings.slice(0, 5).join('\n')).toBe(entry.outcome === 'fatal');
      expect(r.dataset?.events.length ?? 0).toBe(entry.events);
      if (entry.outcome === 'fatal') {
        expect(r.dataset).toBeNull();
        const first = r.problems[0]!;
        expect(`${first.path}\n${first.message}`).toContain(entry.message!);
        expect(first.code).toBe(entry.code);
      } else {
        expect(r.dataset).not.toBeNull();
        if (entry.message !== undefined) {
          const found = r.problems.filter((p) => problemToString(p).includes(entry.message!));
          expect(found.length, strings.slice(0, 10).join('\n')).toBeGreaterThan(0);
          expect(found.map((p) => p.code)).toContain(entry.code);
        }
      }
      if (entry.outcome === 'partial') expect(r.problems.length).toBeGreaterThan(0);
      if (entry.outcome === 'valid') expect(r.droppedEvents).toBe(0);
      if (entry.problems === 0) expect(strings).toEqual([]);
      else if (entry.problems !== undefined) expect(r.problems).toHaveLength(entry.problems);

      for (const p of r.problems) {
        expect(p.path).not.toBe('');
        expect(p.message).not.toBe('');
      }
      // Keys such as "__proto__" must never reach Object.prototype.
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(Object.prototype).not.toHaveProperty('url');
    },
    30_000,
  );

  it.each(manifest.map((e) => [e.why, e] as const))(
    'as the app loads it, reading spreadsheets too: %s',
    (_why, entry) => {
      const r = importInput(new Uint8Array(readFileSync(join(DIR, entry.file))));
      if (entry.loaded && 'outcome' in entry.loaded) {
        expect(r.fatal).toBe(false);
        expect(r.problems.map(problemToString)).toEqual([]);
        expect(r.dataset?.events.length).toBe(entry.loaded.events);
        return;
      }
      expect(r.fatal).toBe(entry.outcome === 'fatal');
      expect(r.dataset?.events.length ?? 0).toBe(entry.events);
      if (entry.outcome === 'fatal') {
        const first = r.problems[0]!;
        expect(`${first.path}\n${first.message}`).toContain(entry.loaded ? entry.loaded.message : entry.message!);
        expect(first.code).toBe(entry.loaded ? entry.loaded.code : entry.code);
      } else if (entry.message !== undefined) {
        expect(r.problems.filter((p) => problemToString(p).includes(entry.message!)).map((p) => p.code)).toContain(entry.code);
      }
    },
    30_000,
  );
});
