import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsvText } from '../../../src/features/export/exportCsv.ts';
import { exportDataset } from '../../../src/features/export/exportJson.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

const r = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
const model = buildTimelineModel(r.dataset!);
const pick = (...ids: string[]) => ids.map((id) => model.eventsById.get(id)!);

describe('exportCsvText', () => {
  it('writes the title and the actors as metadata rows, then a header, then one CRLF-terminated row per event', () => {
    const lines = exportCsvText(model, pick('rogozin-demands-letters', 'nelson-reply-letter'), true).split('\r\n');
    // After a byte-order mark, without which Excel read the en dash in the system's code page.
    expect(lines[0]).toBe('\uFEFF#title,"Roscosmos and the ISS partners, February–July 2022 (filtered)"');
    expect(lines.filter((l) => l.startsWith('#actor,'))).toHaveLength(7);
    const header = lines.findIndex((l) => l.startsWith('id,date,date end,'));
    expect(lines.slice(header + 1)).toHaveLength(3);
    expect(lines[header + 1]!.startsWith('rogozin-demands-letters,2022-03-12,,true,')).toBe(true);
    expect(lines[header + 2]!.startsWith('nelson-reply-letter,2022-03-12,2022-04-02,,')).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('names actors by name, and recipients with the documented separator', () => {
    const row = exportCsvText(model, pick('rogozin-demands-letters'), false).split('\r\n').find((l) => l.startsWith('rogozin-demands-letters,'))!;
    expect(row).toContain(',letter,Roscosmos,"NASA; CSA; ESA",Dmitry Rogozin,');
  });

  it('loads back to the same events, with reply links to events left out of the download removed', () => {
    const events = pick('rogozin-demands-letters', 'nelson-reply-letter', 'rogozin-posts-replies');
    const back = importInput(exportCsvText(model, events, true));
    expect(back.format).toBe('dataset-csv');
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(exportDataset(model, events, true));
    expect(back.dataset!.events[2]!.inReplyTo).toEqual(['nelson-reply-letter']);
  });

  it('with semicolons (Excel\'s separator in a Russian or German locale) writes the same cells, and loads back to the same events', () => {
    const events = pick('rogozin-demands-letters', 'nelson-reply-letter', 'rogozin-posts-replies');
    const text = exportCsvText(model, events, true, ';');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFF#title;"Roscosmos and the ISS partners, February–July 2022 (filtered)"');
    expect(lines.find((l) => l.startsWith('rogozin-demands-letters;'))).toContain(';letter;Roscosmos;"NASA; CSA; ESA";Dmitry Rogozin;');
    const back = importInput(text);
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(exportDataset(model, events, true));
  });

  it("writes the Russian author, date note and verification note in their [ru] columns, and loads them back", () => {
    const event = model.eventsById.get('rogozin-deorbit-warning')!;
    const lines = exportCsvText(model, [event], true).split('\r\n');
    const header = lines.find((l) => l.startsWith('id,'))!.split(',');
    const at = (h: string) => header.indexOf(h);
    expect(['title [ru]', 'summary [ru]', 'author [ru]', 'date note [ru]', 'verification note [ru]', 'translated by [ru]'].map(at)).toEqual(
      [...Array(6).keys()].map((k) => at('title [ru]') + k),
    );
    expect(lines.find((l) => l.startsWith('rogozin-deorbit-warning,'))).toContain(',Дмитрий Рогозин,');
    const back = importInput(exportCsvText(model, [event], true));
    expect(back.problems).toEqual([]);
    expect(back.dataset!.events[0]!.translations).toEqual(event.translations);
    expect(back.dataset!.events[0]!.translations!.ru).toMatchObject({ author: 'Дмитрий Рогозин', dateNote: expect.stringContaining('24 февраля 2022 года'), verificationNote: expect.any(String) });
  });

  it('loads back every bundled event unchanged', () => {
    const back = importInput(exportCsvText(model, model.events, false));
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(exportDataset(model, model.events, false));
  });
});
