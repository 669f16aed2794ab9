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
