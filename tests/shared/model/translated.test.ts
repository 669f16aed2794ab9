import { describe, expect, it } from 'vitest';
import { translatedDataset, translatedEvent, translatedTitle } from '../../../src/shared/model/translated.ts';

const event = {
  title: 'Rogozin demands an end to sanctions',
  summary: 'He wrote to NASA, ESA and CSA.',
  translations: { ru: { title: 'Рогозин требует снять санкции', summary: 'Он написал в НАСА, ЕКА и ККА.', by: 'редакция' } },
};

describe('translatedEvent', () => {
  it('gives the Russian title and summary, credited to their translator, when the language is Russian', () => {
    expect(translatedEvent(event, 'ru')).toEqual({ title: 'Рогозин требует снять санкции', summary: 'Он написал в НАСА, ЕКА и ККА.', translated: true, translatedBy: 'редакция' });
  });

  it('gives the text as written, marked as not translated, in a language the dataset does not give', () => {
    expect(translatedEvent(event, 'en')).toEqual({ title: event.title, summary: event.summary, translated: false, translatedBy: null });
    expect(translatedEvent({ title: 'T', summary: 'S' }, 'ru')).toEqual({ title: 'T', summary: 'S', translated: false, translatedBy: null });
  });

  it('falls back field by field: a translated title keeps the original summary', () => {
    const half = { ...event, translations: { ru: { title: 'Заголовок' } } };
    expect(translatedEvent(half, 'ru')).toEqual({ title: 'Заголовок', summary: event.summary, translated: true, translatedBy: null });
  });

  it('takes a regional tag (ru-RU) for its language, and prefers the exact tag', () => {
    expect(translatedTitle({ title: 'T', translations: { 'ru-RU': { title: 'Р' } } }, 'ru')).toBe('Р');
    expect(translatedTitle({ title: 'T', translations: { 'ru-RU': { title: 'Р1' }, ru: { title: 'Р2' } } }, 'ru')).toBe('Р2');
  });

  it('never takes a key of Object.prototype for a language', () => {
    expect(translatedTitle({ title: 'T', translations: {} }, 'constructor')).toBe('T');
  });
});

describe('translatedDataset', () => {
  it('gives the title and description in the language when the dataset has them, else as written', () => {
    const d = { title: 'ISS', description: 'About', translations: { ru: { title: 'МКС' } } };
    expect(translatedDataset(d, 'ru')).toEqual({ title: 'МКС', description: 'About' });
    expect(translatedDataset(d, 'en')).toEqual({ title: 'ISS', description: 'About' });
    expect(translatedDataset({ title: 'ISS' }, 'ru')).toEqual({ title: 'ISS' });
  });
});
