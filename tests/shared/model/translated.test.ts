import { describe, expect, it } from 'vitest';
import { UNTITLED_DATASET } from '../../../src/shared/dataset/problem.ts';
import { translatedActorName, translatedDataset, translatedEvent, translatedTitle, writtenLang } from '../../../src/shared/model/translated.ts';

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

  describe('the author, the date note and the verification note', () => {
    const letter = {
      title: 'Nelson replies',
      summary: 'The letter.',
      author: 'Bill Nelson',
      dateNote: 'The date is unknown.',
      verification: { note: 'Known only from an image.' },
    };
    const ru = { author: 'Билл Нельсон', dateNote: 'Дата неизвестна.', verificationNote: 'Известно только по изображению.' };

    it('gives each in the language when the dataset translates it, unmarked, and counts it as a translation with its translator', () => {
      const t = translatedEvent({ ...letter, translations: { ru: { ...ru, by: 'редакция' } } }, 'ru', 'en');
      expect(t).toMatchObject({ ...ru, authorLang: undefined, dateNoteLang: undefined, verificationNoteLang: undefined, translated: true, translatedBy: 'редакция' });
      // Only these translated: the title and summary stay as written, marked with the dataset's language.
      expect(t).toMatchObject({ title: letter.title, titleLang: 'en', summary: letter.summary, summaryLang: 'en' });
    });

    it('falls back on each as written, on its own, marked with the language it is written in', () => {
      const t = translatedEvent({ ...letter, translations: { ru: { dateNote: ru.dateNote } } }, 'ru', 'en');
      expect(t).toMatchObject({ author: 'Bill Nelson', authorLang: 'en', dateNote: ru.dateNote, dateNoteLang: undefined, verificationNote: letter.verification.note, verificationNoteLang: 'en', translated: true, translatedBy: null });
      expect(translatedEvent({ ...letter, translations: { ru } }, 'en', 'en')).toMatchObject({ author: 'Bill Nelson', authorLang: undefined, dateNote: letter.dateNote, translated: false });
    });

    it('shows no translation of a text the event does not have, and leaves out a text it does not have', () => {
      const t = translatedEvent({ title: 'T', summary: 'S', verification: {}, translations: { ru } }, 'ru', 'en');
      expect(t.translated).toBe(false);
      expect(t).not.toHaveProperty('author');
      expect(t).not.toHaveProperty('dateNote');
      expect(t).not.toHaveProperty('verificationNote');
    });
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
    expect(translatedDataset(d, 'ru', 'Untitled')).toEqual({ title: 'МКС', description: 'About' });
    expect(translatedDataset(d, 'en', 'Untitled')).toEqual({ title: 'ISS', description: 'About' });
    expect(translatedDataset({ title: 'ISS' }, 'ru', 'Untitled')).toEqual({ title: 'ISS' });
  });
  it("gives the credit in the language when the dataset translates it, else as written, marked with the dataset's language", () => {
    const d = { title: 'ISS', credit: 'TASS; Reuters', lang: 'en', translations: { ru: { credit: 'ТАСС; Reuters' } } };
    expect(translatedDataset(d, 'ru', 'Untitled')).toMatchObject({ credit: 'ТАСС; Reuters', creditLang: undefined });
    expect(translatedDataset(d, 'en', 'Untitled')).toMatchObject({ credit: 'TASS; Reuters', creditLang: undefined });
    expect(translatedDataset({ ...d, translations: { ru: { title: 'МКС' } } }, 'ru', 'Untitled')).toMatchObject({ credit: 'TASS; Reuters', creditLang: 'en' });
    expect(translatedDataset({ title: 'ISS', translations: { ru: { credit: 'ТАСС' } } }, 'ru', 'Untitled')).toMatchObject({ credit: 'ТАСС' });
    expect(translatedDataset({ title: 'ISS' }, 'ru', 'Untitled')).not.toHaveProperty('credit');
  });
});

describe('translatedActorName', () => {
  const actor = { name: 'NASA', translations: { ru: { name: 'НАСА' } } };
  it('gives the name in the language when the dataset has it, else as written', () => {
    expect(translatedActorName(actor, 'ru')).toBe('НАСА');
    expect(translatedActorName(actor, 'en')).toBe('NASA');
    expect(translatedActorName({ name: 'ESA' }, 'ru')).toBe('ESA');
    expect(translatedActorName({ name: 'CSA', translations: { ru: {} } }, 'ru')).toBe('CSA');
  });
  it('takes a regional tag for its language', () => {
    expect(translatedActorName({ name: 'NASA', translations: { 'ru-RU': { name: 'НАСА' } } }, 'ru')).toBe('НАСА');
  });
});

describe('writtenLang', () => {
  it("gives the dataset's language where the interface speaks another, and none where it speaks the same or the dataset names none", () => {
    expect(writtenLang('en', 'ru')).toBe('en');
    expect(writtenLang('en-GB', 'ru')).toBe('en-GB');
    expect(writtenLang('en-GB', 'en')).toBeUndefined();
    expect(writtenLang('RU', 'ru')).toBeUndefined();
    expect(writtenLang(undefined, 'ru')).toBeUndefined();
  });

  it("calls a dataset whose own title could not be used by the interface's words for that, in the interface's language, unless a translation titles it", () => {
    const d = { title: UNTITLED_DATASET, lang: 'en', description: 'D' };
    expect(translatedDataset(d, 'ru', 'Набор данных без названия')).toMatchObject({ title: 'Набор данных без названия', titleLang: undefined, descriptionLang: 'en' });
    expect(translatedDataset({ ...d, translations: { ru: { title: 'МКС' } } }, 'ru', 'Набор данных без названия')).toMatchObject({ title: 'МКС' });
    expect(translatedDataset({ ...d, title: 'Letters' }, 'ru', 'Набор данных без названия')).toMatchObject({ title: 'Letters', titleLang: 'en' });
  });

  it("marks a title or summary shown as written with the dataset's language, each on its own", () => {
    const e = { title: 'Letter', summary: 'About it', translations: { ru: { title: 'Письмо' } } };
    expect(translatedEvent(e, 'ru', 'en')).toMatchObject({ title: 'Письмо', titleLang: undefined, summary: 'About it', summaryLang: 'en' });
    expect(translatedEvent(e, 'en', 'en')).toMatchObject({ titleLang: undefined, summaryLang: undefined });
    expect(translatedDataset({ title: 'T', description: 'D', lang: 'en', translations: { ru: { description: 'О наборе' } } }, 'ru', 'Untitled')).toMatchObject({
      titleLang: 'en',
      descriptionLang: undefined,
    });
  });
});
