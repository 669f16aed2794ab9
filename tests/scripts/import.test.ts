import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'import-'));
function importFile(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', path], { encoding: 'utf8' });
  return { path, code: r.status, summary: r.stderr.split('\n')[0], lines: r.stderr.split('\n') };
}

// Each test starts the command through tsx, once or twice: seconds on a loaded 2-core machine (5 s timed out in CI).
describe('npm run import', { timeout: 30_000 }, () => {
  it('counts one event, one actor and one problem in the singular', () => {
    // The event has no source: kept, with one warning.
    const r = importFile('one.csv', '#title,One letter\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary\na,2022-03-12,letter,nasa,,T,S\n');
    expect(r.code).toBe(0);
    expect(r.summary).toBe(`${r.path}: spreadsheet (CSV): "One letter", 1 event, 1 actor; 1 problem, 0 of 1 event left out`);
  });

  it('counts several events and actors in the plural', () => {
    const r = importFile('two.csv', '#title,Two letters\n#actor,nasa,NASA\n#actor,esa,ESA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,nasa,esa,T,S,A,P\nb,2022-03-13,letter,esa,nasa,T,S,A,P\n');
    expect(r.summary).toBe(`${r.path}: spreadsheet (CSV): "Two letters", 2 events, 2 actors`);
  });

  it('says which option reads dates that could be read either way the other way round (the app has a button for it instead)', () => {
    const r = importFile('dates.csv', '#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,T,S,A,P\n');
    expect(r.lines).toContain('  (file): dates such as "03/04/2022" were read day first (2022-04-03); if the file writes them the other way round, read them again the other way (--date-format mdy)');
  });
});
