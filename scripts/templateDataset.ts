import { datasetCsv, type CsvDataset } from '../src/shared/csv/writeDatasetCsv.ts';
import { COLUMN_GROUPS, EVENT_COLUMNS, GROUP_NAMES, META_ROWS } from '../src/shared/csv/datasetColumns.ts';
import { ACTOR_COLUMN_ALIASES, META_ROW_ALIASES } from '../src/shared/csv/columnAliases.ts';
import { EXCEL_BOM } from '../src/shared/csv/spreadsheetSafe.ts';
import { defaultHeader } from '../src/shared/import/datasetCsvHeader.ts';
import { catalogue as ru } from '../src/shared/i18n/catalogues/ru.ts';
import type { EventKind } from '../src/shared/dataset/schema.ts';
import type { VERIFICATION_STATUSES } from '../src/shared/dataset/vocabulary.ts';

/** The example behind public/template.csv: two actors and one filled-in row to copy. */
export const TEMPLATE_DATASET: CsvDataset = {
  title: 'My timeline',
  description: 'One or two sentences about what this timeline shows.',
  credit: 'Your newsroom',
  actors: [
    { id: 'roscosmos', name: 'Roscosmos', country: 'Russia', color: '#D55E00' },
    { id: 'nasa', name: 'NASA', country: 'United States', color: '#0072B2' },
  ],
  events: [
    {
      id: 'demand',
      date: '2022-03-12',
      approximate: true,
      dateNote: 'Announced on 12 March; the letters themselves are not dated.',
      kind: 'letter',
      from: 'roscosmos',
      to: ['nasa'],
      author: 'Dmitry Rogozin',
      title: 'Roscosmos demands sanctions be lifted',
      summary: 'Rogozin announces letters asking partners to lift sanctions on ISS contractors.',
      quotes: [
        {
          text: 'Роскосмос направляет письменные обращения…',
          lang: 'ru',
          speaker: 'Dmitry Rogozin',
          translation: { text: 'Roscosmos is sending written appeals…', lang: 'en', by: 'TASS' },
        },
      ],
      sources: [
        { title: 'Rogozin demands sanctions be lifted', publisher: 'TASS', url: 'https://tass.com/science/1421121', date: '2022-03-12' },
        { title: 'An article', publisher: 'A newspaper' },
      ],
      verification: { status: 'confirmed', note: 'Announced in public by Rogozin.' },
      tags: ['sanctions', 'letters'],
    },
  ],
};

/**
 * The same example written in Russian, behind public/template.ru.csv (the link on a Russian page):
 * the texts and `#lang` are Russian; templateCsvRu names its columns in Russian too.
 */
export const TEMPLATE_DATASET_RU: CsvDataset = {
  title: 'Моя хронология',
  description: 'Одно-два предложения о том, что показывает эта хронология.',
  credit: 'Ваша редакция',
  lang: 'ru',
  actors: [
    { id: 'roscosmos', name: 'Роскосмос', country: 'Россия', color: '#D55E00' },
    { id: 'nasa', name: 'NASA', country: 'США', color: '#0072B2' },
  ],
  events: [
    {
      id: 'demand',
      date: '2022-03-12',
      approximate: true,
      dateNote: 'Объявлено 12 марта; сами письма не датированы.',
      kind: 'letter',
      from: 'roscosmos',
      to: ['nasa'],
      author: 'Дмитрий Рогозин',
      title: 'Роскосмос требует снять санкции',
      summary: 'Рогозин объявляет о письмах партнёрам с просьбой снять санкции с подрядчиков МКС.',
      quotes: [{ text: 'Роскосмос направляет письменные обращения…', lang: 'ru', speaker: 'Дмитрий Рогозин' }],
      sources: [
        { title: 'Rogozin demands sanctions be lifted', publisher: 'TASS', url: 'https://tass.com/science/1421121', date: '2022-03-12' },
        { title: 'Статья', publisher: 'Газета' },
      ],
      verification: { status: 'confirmed', note: 'Рогозин объявил об этом публично.' },
      tags: ['санкции', 'письма'],
    },
  ],
};

/** The cells of a CSV line as the writer writes them (quoted ones kept quoted): a quoted cell (quotes doubled inside) or one up to the next separator. */
function cellsOf(line: string, separator: string): string[] {
  const cell = new RegExp(`("(?:[^"]|"")*"|[^"${separator}]*)(${separator}|$)`, 'y');
  const cells: string[] = [];
  for (let m = cell.exec(line); m !== null; m = cell.exec(line)) {
    cells.push(m[1]!);
    if (m[2] === '') break;
  }
  return cells;
}

/** An English event header of the writer's (`date end`, `source 1 url`) as the key the reader gives it (`dateEnd`, `sources.1.url`). */
function keyOfHeader(header: string): string {
  const plain = EVENT_COLUMNS.find(([, h]) => h === header);
  if (plain) return plain[0];
  const m = /^(\S+) (\d+) (.+)$/.exec(header)!;
  const group = GROUP_NAMES.find((g) => COLUMN_GROUPS[g].label === m[1])!;
  const field = COLUMN_GROUPS[group].fields.find(([, h]) => h === m[3])!;
  return `${group}.${m[2]!}.${field[0]}`;
}

/**
 * public/template.ru.csv: the Russian example written by the writer, with semicolons, as Excel in
 * a Russian locale splits a CSV (excelSeparator.ts), its columns and rows headed with their Russian
 * names (the first of each in columnAliases.ts, which the reader reads) and its kind, verification
 * and approximate cells in the Russian words the reader reads (vocabularyWord.ts, TRUE_WORDS).
 */
export function templateCsvRu(): string {
  const lines = datasetCsv(TEMPLATE_DATASET_RU, ';').split('\r\n');
  const eventHeader = lines.findIndex((l) => l.startsWith('id;'));
  const english = cellsOf(lines[eventHeader]!, ';');
  const word = (header: string, cell: string) => {
    if (header === 'kind') return ru.kinds[cell as EventKind];
    if (header === 'verification') return ru.status[cell as (typeof VERIFICATION_STATUSES)[number]];
    return header === 'approximate' && cell === 'true' ? 'да' : cell;
  };
  return lines
    .map((line, i) => {
      const cells = cellsOf(line, ';');
      if (i === eventHeader) return english.map((h) => defaultHeader(keyOfHeader(h), true)).join(';');
      if (i > eventHeader) return cells.map((cell, k) => word(english[k]!, cell)).join(';');
      const first = cells[0]?.replace(EXCEL_BOM, '') ?? '';
      const russian = META_ROW_ALIASES[first]?.[0];
      if (russian === undefined) return line;
      const rest = first === META_ROWS.actorHeader ? cells.slice(1).map((h) => ACTOR_COLUMN_ALIASES[h]![0]!) : cells.slice(1);
      return [`${i === 0 ? EXCEL_BOM : ''}${russian}`, ...rest].join(';');
    })
    .join('\r\n');
}
