import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DATASET, TEMPLATE_DATASET_RU, templateCsvRu } from '../../scripts/templateDataset.ts';
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

  it('is the Russian template as the script writes it (npm run data:csv): the writer\'s, with semicolons, as Excel in a Russian locale splits a CSV', () => {
    expect(template).toBe(templateCsvRu());
  });

  it('heads its columns and its metadata rows in Russian, and its kind, verification and approximate cells are Russian words', () => {
    // Before, a Russian journalist got "id;date;date end;…;kind;from;to;title;summary" and "#title", "letter", "confirmed", "true".
    const lines = template.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines.find((line) => line.startsWith('идентификатор;'))?.split(';');
    expect(header?.slice(0, 12)).toEqual(['идентификатор', 'дата', 'дата окончания', 'приблизительно', 'примечание к дате', 'часовой пояс', 'тип', 'от', 'кому', 'автор', 'заголовок', 'описание']);
    expect(header?.filter((h) => !/^[а-яё]/i.test(h))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('#')).map((line) => line.split(';')[0])).toEqual(['#заголовок', '#описание', '#источники', '#язык', '#участники', '#участник', '#участник']);
    expect(lines.find((line) => line.startsWith('#участники;'))).toBe('#участники;идентификатор;имя;полное название;страна;руководитель;цвет');
    expect(lines.find((line) => line.startsWith('demand;'))).toMatch(/^demand;2022-03-12;;да;.*;Письмо;Роскосмос;NASA;.*;Подтверждено;/);
  });

  it('loads with no problem as the Russian template dataset, field for field, as it loads with the English column names', () => {
    const r = importInput(template);
    expect(r.problems).toEqual([]);
    expect(r.dataset?.lang).toBe('ru');
    expect(r.dataset?.events.map((e) => [e.id, e.from, e.to, e.title, e.kind, e.approximate, e.verification?.status])).toEqual([['demand', 'roscosmos', ['nasa'], 'Роскосмос требует снять санкции', 'letter', true, 'confirmed']]);
    expect(r.dataset).toEqual(importInput(datasetCsv(TEMPLATE_DATASET_RU, ';')).dataset);
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
