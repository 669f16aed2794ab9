import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validDataset } from '../shared/dataset/validDataset.ts';

const dir = mkdtempSync(join(tmpdir(), 'validate-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const unsourced = validDataset();
unsourced.events[0]!.sources = [];
const broken = validDataset();
(broken.events[0] as Record<string, unknown>).date = '2022-02-30';
// A reply link is checked once every event is known, after the events' own fields.
const lateLink = validDataset();
lateLink.events[0]!.inReplyTo = ['nowhere'];
(lateLink.events[1] as Record<string, unknown>).date = '2022-02-30';

// Each test starts the command through tsx, once or twice: seconds on a loaded 2-core machine (5 s timed out in CI).
describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes a dataset with an unsourced event, listing the warning; --strict fails it', () => {
    const path = file('unsourced.json', unsourced);
    const plain = validate(path);
    expect(plain.code).toBe(0);
    expect(plain.err).toBe(`${path}: valid: "Test letters", 2 events, 2 actors; 1 warning\n  warning: events[0].sources: has no source: the event is shown marked "Unsourced"\n`);
    const strict = validate('--strict', path);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('1 warning (--strict: not ready to publish)');
  });

  it('fails a dataset with an error, with or without --strict', () => {
    const path = file('broken.json', broken);
    for (const args of [[path], ['--strict', path]]) {
      const r = validate(...args);
      expect(r.code).toBe(1);
      expect(r.err).toContain('events[0].date: "2022-02-30" is not a valid date');
    }
  });

  it("lists problems in the file's order, a reply link's at its event", () => {
    const r = validate(file('late-link.json', lateLink));
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter((l) => l.startsWith('  '));
    expect(lines.map((l) => l.trim().split(':')[0])).toEqual(['events[0].inReplyTo[0]', 'events[1].date']);
  });

  it('passes a clean dataset quietly, also with --strict', () => {
    const r = validate('--strict', file('clean.json', validDataset()), 'data/roscosmos-iss-2022.json');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
