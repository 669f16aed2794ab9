import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import { datasetCsv } from '../../../src/shared/csv/writeDatasetCsv.ts';

/** `n` small events of one actor, the last one with two sources (the widest row). */
function smallEvents(n: number): DatasetEvent[] {
  const events: DatasetEvent[] = [];
  for (let i = 0; i < n; i++) events.push({ id: `e${i}`, date: '2022-03-12', kind: 'letter', from: 'a', to: [], title: 'T', summary: 'S', sources: [] });
  events[n - 1]!.sources = [{ title: 'One', publisher: 'P' }, { title: 'Two', publisher: 'P' }];
  return events;
}

describe('datasetCsv at the event limit', () => {
  it(`writes all ${LIMITS.events.toLocaleString('en')} events, with columns for the widest row's two sources`, () => {
    const csv = datasetCsv({ title: 'Archive', actors: [{ id: 'a', name: 'A' }], events: smallEvents(LIMITS.events) });
    const lines = csv.split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('id,'));
    expect(lines.length - header - 2).toBe(LIMITS.events);
    expect(lines[header]).toContain('source 2 title');
    expect(lines.at(-2)).toContain(',One,');
    expect(lines.at(-2)).toContain(',Two,');
  });
});

describe('datasetCsv of a list cell', () => {
  it('writes one tag holding a comma with a semicolon after it, so that reading the sheet back keeps it one tag', () => {
    const event = (tags: string[]): DatasetEvent => ({ id: 'e', date: '2022-03-12', kind: 'letter', from: 'a', to: [], title: 'T', summary: 'S', sources: [], tags });
    const row = (tags: string[]) => datasetCsv({ title: 'T', actors: [{ id: 'a', name: 'A' }], events: [event(tags)] }).split('\r\n').at(-2)!;
    expect(row(['Moscow, Russia'])).toContain(',"Moscow, Russia;",');
    expect(row(['Moscow, Russia', 'ISS'])).toContain(',"Moscow, Russia; ISS",');
    expect(row(['ISS'])).toContain(',ISS,');
  });
});
