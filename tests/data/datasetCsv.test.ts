import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DATASET, TEMPLATE_DATASET_RU } from '../../scripts/templateDataset.ts';
import { datasetCsv } from '../../src/shared/csv/writeDatasetCsv.ts';
import { importInput } from '../../src/shared/import/importInput.ts';

const json = JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
const csv = readFileSync('data/roscosmos-iss-2022.csv', 'utf8');

describe('data/roscosmos-iss-2022.csv', () => {
  it('is what the writer makes of the JSON (run npm run data:csv after editing the JSON)', () => {
    expect(csv).toBe(datasetCsv(json));
  });

  it('reads back to the JSON dataset, field for field, with no problem', () => {
    const back = importInput(csv);
    expect(back.format).toBe('dataset-csv');
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(json);
  });
});

describe('public/template.csv', () => {
  const template = readFileSync('public/template.csv', 'utf8');

  it('is the template dataset written by the writer (npm run data:csv)', () => {
    expect(template).toBe(datasetCsv(TEMPLATE_DATASET));
  });

  it('loads as a one-event timeline with no problem', () => {
    const r = importInput(template);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events.map((e) => e.id)).toEqual(['demand']);
    expect(r.dataset?.events[0]?.quotes?.[0]?.translation?.by).toBe('TASS');
  });
});

describe('public/template.ru.csv', () => {
  const template = readFileSync('public/template.ru.csv', 'utf8');

  it('is the Russian template dataset written by the writer (npm run data:csv), with semicolons, as Excel in a Russian locale splits a CSV', () => {
    expect(template).toBe(datasetCsv(TEMPLATE_DATASET_RU, ';'));
  });

  it('loads as a one-event timeline in Russian with no problem, its columns named as in the English template', () => {
    const r = importInput(template);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.lang).toBe('ru');
    expect(r.dataset?.events.map((e) => [e.id, e.from, e.to, e.title])).toEqual([['demand', 'roscosmos', ['nasa'], 'Роскосмос требует снять санкции']]);
    const header = (csv: string, separator: string) => csv.split('\n').find((line) => line.startsWith(`id${separator}`))?.split(separator);
    expect(header(template, ';')).toEqual(header(readFileSync('public/template.csv', 'utf8'), ','));
  });
});

describe('the spreadsheet example in data/README.md', () => {
  it('loads with no problem', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Spreadsheet (CSV)'));
    const example = /```\n(#title[\s\S]*?)```/.exec(section)![1]!;
    const r = importInput(example);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.events.map((e) => [e.id, e.from, e.to, e.sources.length])).toEqual([
      ['demand', 'roscosmos', ['nasa'], 1],
      ['reply', 'nasa', ['roscosmos'], 2],
    ]);
  });
});
