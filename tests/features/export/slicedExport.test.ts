import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { exportCsvText } from '../../../src/features/export/exportCsv.ts';
import { exportJsonBlob, exportJsonText } from '../../../src/features/export/exportJson.ts';
import { exportCsvBlob } from '../../../src/features/export/slicedExport.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { buildTimelineModel, type TimelineModel } from '../../../src/shared/model/timelineModel.ts';

/** The blob's bytes, compared as a Buffer (jsdom's and Node's byte arrays are not of one realm). */
const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());

const bundled = buildTimelineModel(parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8')).dataset!);

/** A generated archive with the text CSV and JSON must escape, translations and the optional top-level fields. */
function archive(events: number): TimelineModel {
  const d = generateDataset({ events, actors: 6, seed: 11 });
  d.events.forEach((e, i) => {
    if (i % 97 === 0) e.summary = `Line one,\n"quoted" ; =1+1\ttab \\ back 🚀 ${i}`;
    if (i % 89 === 0) e.translations = { ru: { title: `Письмо №${i}`, summary: 'Текст, с запятой' } };
    if (i % 83 === 0) e.tags = ['a;b', 'Ünïcode', '\u2028'];
  });
  return buildTimelineModel({ ...d, description: 'About "this", here', credit: 'Editors', lang: 'en', translations: { ru: { title: 'Архив' } } });
}

/** Every export of `events` in both formats (the CSV with either separator) has the bytes of the text made at once, and gave the page turns. */
async function expectSameBytes(model: TimelineModel, events: TimelineModel['events'], filtered: boolean, minTurns = 0) {
  const turn = vi.fn(() => Promise.resolve());
  const options = { yieldToPage: turn, sliceMs: 0 };
  for (const separator of [',', ';'] as const) {
    const csv = await exportCsvBlob(model, events, filtered, separator, options);
    expect((await bytes(csv)).equals(Buffer.from(exportCsvText(model, events, filtered, separator), 'utf8'))).toBe(true);
    expect(csv.type).toBe('text/csv;charset=utf-8');
  }
  const json = await exportJsonBlob(model, events, filtered, options);
  expect((await bytes(json)).equals(Buffer.from(exportJsonText(model, events, filtered), 'utf8'))).toBe(true);
  expect(json.type).toBe('application/json');
  expect(turn.mock.calls.length).toBeGreaterThanOrEqual(minTurns);
}

describe('exportCsvBlob and exportJsonBlob', () => {
  it('write the bundled dataset byte for byte as the CSV and JSON made at once, whole and filtered', async () => {
    await expectSameBytes(bundled, bundled.events, false);
    const esa = bundled.events.filter((e) => e.from === 'esa');
    expect(esa.length).toBeGreaterThan(0);
    await expectSameBytes(bundled, esa, true);
  });

  it('write a generated archive of 12,000 events byte for byte as made at once, in many slices', async () => {
    const model = archive(12_000);
    // sliceMs 0: a turn after every 32 pieces, each piece being an event's row or object.
    await expectSameBytes(model, model.events, false, 2 * Math.floor(12_000 / 32));
  });

  it('write no event as made at once too', async () => {
    await expectSameBytes(bundled, [], true);
  });
});
