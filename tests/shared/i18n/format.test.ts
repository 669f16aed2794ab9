import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';
import { chooseLanguage } from '../../../src/shared/i18n/languages.ts';

const EN = makeFormat(en);
const RU = makeFormat(ru);

describe('plural forms through Intl.PluralRules', () => {
  it('says events in English: one, other', () => {
    expect([0, 1, 2, 5, 21, 100000].map((n) => EN.plural(en.events, n))).toEqual(['0 events', '1 event', '2 events', '5 events', '21 events', '100,000 events']);
  });

  it('says события in Russian: one, few, many (1 событие, 2 события, 5 событий, 21 событие, 11 событий)', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 100000].map((n) => RU.plural(ru.events, n))).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '11 событий',
      '21 событие',
      '22 события',
      '25 событий',
      '100\u00a0000 событий',
    ]);
  });

  it('takes the Russian forms of every kind of event', () => {
    expect(RU.plural(ru.kindsPlural.letter, 1)).toBe('1 письмо');
    expect(RU.plural(ru.kindsPlural.letter, 3)).toBe('3 письма');
    expect(RU.plural(ru.kindsPlural.letter, 7)).toBe('7 писем');
  });
});

describe('numbers through Intl.NumberFormat', () => {
  it('writes thousands separators as each language does', () => {
    expect(EN.count(100000)).toBe('100,000');
    expect(RU.count(100000)).toBe('100\u00a0000');
    expect(EN.count(1000)).toBe('1,000');
    expect(RU.count(1000)).toBe('1\u00a0000');
  });

  it('writes a cluster’s count from 1,000 in thousands, short, with the language’s decimal sign and kilo', () => {
    const counts = [1, 999, 1000, 1250, 9960, 12_400, 100_000];
    expect(counts.map(EN.short)).toEqual(['1', '999', '1k', '1.3k', '10k', '12k', '100k']);
    expect(counts.map(RU.short)).toEqual(['1', '999', '1к', '1,3к', '10к', '12к', '100к']);
  });

  it('writes an amount of data in the language', () => {
    expect(EN.bytes(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(RU.bytes(12.34 * 1024 * 1024)).toBe('12,3 МБ');
    expect(EN.bytes(512 * 1024)).toBe('512 kB');
  });
});

describe('lists through Intl.ListFormat', () => {
  it('joins recipients with the language’s own words', () => {
    expect(EN.list(['NASA', 'ESA', 'CSA'])).toBe('NASA, ESA and CSA');
    expect(RU.list(['NASA', 'ESA', 'CSA'])).toBe('NASA, ESA и CSA');
    expect(EN.orList(['chart', 'list'])).toBe('chart or list');
    expect(RU.orList(['chart', 'list'])).toBe('chart или list');
  });
});

describe('chooseLanguage', () => {
  it('takes ?lang= first, then the first browser language the app has, then English', () => {
    expect(chooseLanguage('en', ['ru-RU'])).toBe('en');
    expect(chooseLanguage(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(chooseLanguage(null, ['de', 'fr'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});
