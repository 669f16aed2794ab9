import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../src/shared/dataset/problem.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';

/* The whole import as the CLI and the app's worker run it: read, convert, validate, locate. */

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const unsourced = (r: ReturnType<typeof importInput>) => r.problems.filter((p) => p.code === 'unsourced').map(problemToString);

describe('importInput', () => {
  it('keeps a TimelineJS file\'s image and link media, and its events without a link as unsourced, located at their slides', () => {
    const r = importInput(bytes('tests/fixtures/timelinejs/space-race.json'));
    expect(r.format).toBe('timelinejs-json');
    // Its 6 slides, 2 of which (BCE, no date) the conversion left out.
    expect(r.droppedEvents).toBe(2);
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media])).toEqual([
      ['sputnik', 1, [{ kind: 'image', url: 'https://upload.example.org/sputnik.jpg', caption: 'Sputnik replica', credit: 'NASA', alt: 'A metal sphere with four antennas' }]],
      ['gagarin-orbits-earth', 1, [{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc' }]],
      ['sputnik-2', 0, undefined],
      ['a-year-without-a-group', 0, undefined],
    ]);
    expect(unsourced(r)).toEqual([
      'events[2].text.text: has no source: the event is shown marked "Unsourced"',
      'events[3].text.text: has no source: the event is shown marked "Unsourced"',
    ]);
    // The slides that could not be shown are said, not silently dropped (BCE, no date).
    expect(r.eventCount).toBe(6);
    expect(r.problems.filter((p) => p.path === 'events[4].start_date' || p.path === 'events[5].start_date').map((p) => p.code)).toEqual(['not-carried-over', 'required']);
  });

  it('keeps a TimelineJS spreadsheet\'s media and unsourced rows, located by row and column', () => {
    const r = importInput(bytes('tests/fixtures/timelinejs/space-race.csv'));
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media?.map((m) => m.kind)])).toEqual([
      ['sputnik-1', 1, ['image']],
      ['gagarin-orbits-earth', 0, ['link']],
      ['apollo-11', 0, undefined],
    ]);
    expect(unsourced(r)).toEqual([
      'row 4, column "Text": has no source: the event is shown marked "Unsourced"',
      'row 7, column "Text": has no source: the event is shown marked "Unsourced"',
    ]);
  });

  it('reads media columns of our spreadsheet (kind from the address when left empty) and keeps a row without a source', () => {
    const csv = [
      '#title,Letters',
      'id,date,kind,from,to,title,summary,source 1 title,source 1 publisher,source 1 url,media 1 url,media 1 caption,media 1 credit,media 1 alt',
      'a,2022-03-12,letter,Roscosmos,NASA,Demand,Roscosmos demands.,TASS,TASS,https://tass.com/x,https://upload.example.org/letter.jpg,The letter,Roscosmos,A typed page',
      'b,2022-03-14,statement,NASA,,Reply,NASA replies.,,,,https://video.example.org/watch?v=1,,,',
      'c,2022-03-15,statement,NASA,,Photo,An insecure image.,TASS,TASS,,http://upload.example.org/x.jpg,,,',
    ].join('\r\n');
    const r = importInput(csv);
    expect(r.format).toBe('dataset-csv');
    expect(r.dataset!.events.map((e) => [e.id, e.sources.length, e.media])).toEqual([
      ['a', 1, [{ kind: 'image', url: 'https://upload.example.org/letter.jpg', caption: 'The letter', credit: 'Roscosmos', alt: 'A typed page' }]],
      ['b', 0, [{ kind: 'link', url: 'https://video.example.org/watch?v=1' }]],
      ['c', 1, undefined],
    ]);
    expect(r.problems.map((p) => `${p.code} ${problemToString(p)}`)).toEqual([
      'unsourced row 4, column "source 1 title": has no source: the event is shown marked "Unsourced"',
      'non-https-url row 5, column "media 1 url": "http://upload.example.org/x.jpg" is not an https URL (left out)',
    ]);
  });
});

/* tests/fixtures/timelinejs/qa/: the TimelineJS files of the QA pass of the data layer. */
describe('importInput\'s counts of a TimelineJS file', () => {
  it.each([
    // 10 slides: 2 left out by the conversion (a year "2,022", no start date), 3 by the validator (30 February, month 13, a duplicate).
    ['tl.json', 10, 5],
    // 8 slides: 2 left out by the conversion (a year 2022.5, a year 12345), 2 by the validator (3/32, month 0).
    ['tl-dates.json', 8, 4],
    // 6 rows of events (the title row and an era are not events): rows 7 (year -44) and 9 (year "03/04/2022") left out by the conversion.
    ['tl.csv', 6, 2],
  ])('count the events the conversion left out among the file\'s events and those left out: %s', (file, eventCount, droppedEvents) => {
    const r = importInput(bytes(`tests/fixtures/timelinejs/qa/${file}`));
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents }).toEqual({ eventCount, droppedEvents });
    expect(r.eventCount - r.droppedEvents).toBe(r.dataset!.events.length);
    expect(r.problems.filter((p) => /the event was left out/.test(p.message)).length).toBeLessThanOrEqual(droppedEvents);
  });

  it('counts a slide that is not an object among those left out', () => {
    const json = JSON.stringify({ title: { text: { headline: 'T' } }, events: [5, { start_date: { year: 2022 }, text: { headline: 'A', text: 'https://e.org/a' } }] });
    const r = importInput(json);
    expect({ eventCount: r.eventCount, droppedEvents: r.droppedEvents, shown: r.dataset?.events.length }).toEqual({ eventCount: 2, droppedEvents: 1, shown: 1 });
  });
});
