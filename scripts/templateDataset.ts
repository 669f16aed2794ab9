import type { CsvDataset } from '../src/shared/csv/writeDatasetCsv.ts';

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
 * the column names stay in English, as the app reads them; the texts and `#lang` are Russian.
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
