import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonText } from '../../../src/features/export/exportJson.ts';
import { WARNINGS, problemToString } from '../../../src/shared/dataset/problem.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

/** Every file a journalist might open that the app shows: our fixtures of awkward and hostile inputs. */
const DIRS = ['tests/fixtures/open-file', 'tests/fixtures/hostile', 'tests/fixtures/hostile-csv', 'tests/fixtures/timelinejs', 'tests/fixtures/timelinejs/qa'];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(json|csv)$/.test(name) && name !== 'manifest.json')
    .map((name) => `${dir}/${name}`),
);

/** The errors (not the warnings) of the JSON the footer's Download › JSON writes of what `input` shows, unfiltered and filtered. */
function downloadedErrors(input: Uint8Array | string): string[] {
  const opened = importInput(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  if (!opened.dataset) return []; // refused: nothing is shown, nothing can be downloaded
  const model = buildTimelineModel(opened.dataset);
  return [false, true].flatMap((filtered) => {
    const again = validateDataset(JSON.parse(exportJsonText(model, model.events, filtered)));
    expect(again.dataset?.events).toHaveLength(model.events.length);
    return again.problems.filter((p) => !WARNINGS.has(p.code)).map(problemToString);
  });
}

describe('the JSON the app downloads of an opened file', () => {
  it.each(files)('is a dataset the app and npm run validate accept without an error: %s', (file) => {
    expect(downloadedErrors(new Uint8Array(readFileSync(file)))).toEqual([]);
  });

  it('leaves out a source address that is not https, which the problem naming it says, and keeps the rest of the source', () => {
    const sheet = '#title,T\n#actor,nasa,NASA\ndate,kind,from,title,summary,source 1 title,source 1 publisher,source 1 url\n2022-03-12,letter,nasa,T,S,Letter,NASA,http://nasa.gov/letter\n';
    const opened = importInput(sheet);
    expect(opened.problems.map(problemToString)).toContain('row 4, column "source 1 url": "http://nasa.gov/letter" is not an https URL (shown as text, not a link, and left out of a downloaded dataset)');
    const model = buildTimelineModel(opened.dataset!);
    const [event] = (JSON.parse(exportJsonText(model, model.events, false)) as { events: { sources: unknown[] }[] }).events;
    expect(event!.sources).toEqual([{ title: 'Letter', publisher: 'NASA' }]);
    expect(downloadedErrors(sheet)).toEqual([]);
  });

  it('says a filtered download is filtered within the title\'s limit of 300 characters', () => {
    const title = `${'Т'.repeat(298)}😀`;
    const sheet = `#title,${title}\n#actor,nasa,NASA\ndate,kind,from,title,summary\n2022-03-12,letter,nasa,T,S\n`;
    const model = buildTimelineModel(importInput(sheet).dataset!);
    const written = (JSON.parse(exportJsonText(model, model.events, true)) as { title: string }).title;
    expect(written).toBe(`${'Т'.repeat(288)}… (filtered)`);
    expect(downloadedErrors(sheet)).toEqual([]);
  });
});
