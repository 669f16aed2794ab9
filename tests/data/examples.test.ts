import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemToString } from '../../src/shared/dataset/problem.ts';
import { importInput } from '../../src/shared/import/importInput.ts';

/* The examples README ("Make your own timeline") points to: each loads as it is, with no problem at all. */
const DIR = 'docs/examples';

describe('docs/examples', () => {
  const files = readdirSync(DIR);

  it('holds a TimelineJS spreadsheet', () => {
    expect(files).toContain('timelinejs-space-station-2022.csv');
  });

  it.each(files)('%s loads without a problem, every event with a source', (file) => {
    const r = importInput(new Uint8Array(readFileSync(`${DIR}/${file}`)));
    expect(r.problems.map(problemToString)).toEqual([]);
    expect(r.dataset?.events.length).toBeGreaterThan(0);
    expect(r.dataset?.events.every((e) => e.sources.length > 0)).toBe(true);
  });

  it('the TimelineJS spreadsheet is read as one, with a lane per group', () => {
    const r = importInput(new Uint8Array(readFileSync(`${DIR}/timelinejs-space-station-2022.csv`)));
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset?.title).toBe('The space station and the 2022 sanctions');
    expect(r.dataset?.actors.map((a) => a.name)).toEqual(['U.S. government', 'NASA', 'Roscosmos']);
  });
});
