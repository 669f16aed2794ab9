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
function textFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
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
      expect(r.err).toContain('events[0].date: "2022-02-30" is a day that does not exist (the month ends on 28 February 2022)');
    }
  });

  it("lists problems in the file's order, a reply link's at its event", () => {
    const r = validate(file('late-link.json', lateLink));
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter((l) => l.startsWith('  '));
    expect(lines.map((l) => l.trim().split(':')[0])).toEqual(['events[0].inReplyTo[0]', 'events[1].date']);
  });

  // It said '(file): is not valid JSON: Unexpected token '#'…' of any spreadsheet.
  it('reads a spreadsheet or a TimelineJS file as the app and npm run import read it, told by content, its problems at its rows', () => {
    const sheet = textFile('letters.txt', '#title,One letter\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,2022-03-12,letter,nasa,,T,S,A,P\n');
    const timelinejs = 'docs/examples/timelinejs-space-station-2022.csv';
    const clean = validate('--strict', sheet, timelinejs);
    expect(clean.code).toBe(0);
    expect(clean.out).toBe(`${sheet}: spreadsheet (CSV): valid: "One letter", 1 event, 1 actor\n${timelinejs}: TimelineJS spreadsheet (CSV): valid: "The space station and the 2022 sanctions", 5 events, 3 actors\n`);

    const broken = validate(textFile('broken.csv', 'id,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,2022-02-30,letter,nasa,,T,S,A,P\nb,2022-03-12,letter,nasa,,T,S,A,P\n'));
    expect(broken.code).toBe(1);
    expect(broken.err).not.toContain('JSON');
    expect(broken.err).toContain('spreadsheet (CSV): 1 problem and 1 warning, 1 of 2 events left out');
    expect(broken.err).toContain('  row 2, column "date": "2022-02-30" is a day that does not exist (the month ends on 28 February 2022)');

    const slides = validate('tests/fixtures/timelinejs/space-race.json');
    expect(slides.code).toBe(1);
    expect(slides.err).toContain('tests/fixtures/timelinejs/space-race.json: TimelineJS file (JSON): ');
    // A slide kept under a new id is a warning: nothing was left out.
    expect(slides.err).toContain('  warning: events[2].unique_id: "sputnik" is used by an earlier slide: this one is "sputnik-2"');

    // Dates that read either way: the option that reads them the other way round, as npm run import says it.
    const dates = textFile('dates.csv', '#title,T\n#actor,nasa,NASA\nid,date,kind,from,to,title,summary,source 1 title,source 1 publisher\na,03/04/2022,letter,nasa,,T,S,A,P\n');
    expect(validate(dates).err).toContain('were read day first (2022-04-03); if the file writes them the other way round, read them again the other way (--date-format mdy)');
    expect(validate('--date-format', 'mdy', dates).err).toContain('were read month first (2022-03-04), as chosen');
  });

  it('says of a file that is neither JSON nor a spreadsheet what it is, and of broken JSON that it is not valid JSON', () => {
    const r = validate(textFile('notes.txt', 'just some notes\n'), textFile('broken.json', '{"version": 1,,}'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('(file): is not JSON and has no header row this app knows');
    expect(r.err).toContain('(file): is not valid JSON');
  });

  it("says what became of a dataset's own texts: a title over 300 characters cut, a lang that is no tag left out", () => {
    const r = validate(file('long-title.json', { ...validDataset(), title: 'T'.repeat(400), lang: 'English' }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('  title: is longer than 300 characters: the title was cut\n');
    expect(r.err).toContain('  lang: "English" is not a BCP 47 language tag such as "ru" or "en-GB": it was left out\n');
  });

  it('passes a clean dataset quietly, also with --strict', () => {
    const r = validate('--strict', file('clean.json', validDataset()), 'data/roscosmos-iss-2022.json');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
