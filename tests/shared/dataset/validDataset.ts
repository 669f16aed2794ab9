import type { DatasetEvent } from '../../../src/shared/dataset/schema.ts';

/** The smallest valid event (a letter from actor "a", one source); `fields` adds or replaces fields. */
export function minimalEvent(id: string, fields: Partial<DatasetEvent> = {}): DatasetEvent {
  return { id, date: '2022-01-01', kind: 'letter', from: 'a', to: [], title: id, summary: 's', sources: [{ title: 't', publisher: 'p' }], ...fields };
}

/** A small valid dataset that tests copy and break one field at a time. */
export function validDataset() {
  return {
    version: 1,
    title: 'Test letters',
    actors: [
      { id: 'roscosmos', name: 'Roscosmos' },
      { id: 'nasa', name: 'NASA' },
    ],
    events: [
      {
        id: 'demand',
        date: '2022-03-12',
        kind: 'letter',
        from: 'roscosmos',
        to: ['nasa'],
        title: 'Demand',
        summary: 'Roscosmos demands.',
        sources: [{ title: 'TASS', publisher: 'TASS', url: 'https://tass.com/science/1421121' }],
      },
      {
        id: 'reply',
        date: '2022-03-12',
        dateEnd: '2022-04-02',
        kind: 'letter',
        from: 'nasa',
        to: ['roscosmos'],
        title: 'Reply',
        summary: 'NASA replies.',
        inReplyTo: ['demand'],
        sources: [{ title: 'Article', publisher: 'The Hamden Journal' }],
      },
    ],
  } as Record<string, unknown> & { events: Record<string, unknown>[]; actors: Record<string, unknown>[] };
}
