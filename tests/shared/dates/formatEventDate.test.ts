import { describe, expect, it } from 'vitest';
import { describePrecision, formatDateShort, formatEventDate, formatOffset } from '../../../src/shared/dates/formatEventDate.ts';
import { parseIsoDate } from '../../../src/shared/dates/isoDate.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { makeFormat } from '../../../src/shared/i18n/format.ts';

const EN = ENGLISH.f.dates;
const RU = makeFormat(ru).dates;

const ev = (date: string, extra: { dateEnd?: string; approximate?: boolean; timeZone?: string } = {}) => {
  const e: Parameters<typeof formatEventDate>[0] = { date };
  if (extra.dateEnd) e.dateEnd = extra.dateEnd;
  if (extra.approximate) e.approximate = true;
  if (extra.timeZone) e.timeZone = extra.timeZone;
  return e;
};

describe('formatEventDate in English', () => {
  it('says a day as a reader would', () => {
    expect(formatEventDate(ev('2022-02-25'), EN)).toBe('25 February 2022');
  });

  it('says a time in its own zone with the zone name', () => {
    expect(formatEventDate(ev('2022-02-24T13:43:00-05:00', { timeZone: 'America/New_York' }), EN)).toBe('24 February 2022, 13:43 EST');
    expect(formatEventDate(ev('2022-03-30T11:28:00+00:00', { timeZone: 'UTC' }), EN)).toBe('30 March 2022, 11:28 UTC');
  });

  it('falls back to the numeric offset without a zone name', () => {
    expect(formatEventDate(ev('2022-04-02T09:15+03:00'), EN)).toBe('2 April 2022, 09:15 UTC+3');
    expect(formatOffset(-300)).toBe('UTC−5');
    expect(formatOffset(330)).toBe('UTC+5:30');
  });

  it('says a time at offset zero without a zone name as UTC, with no sign', () => {
    expect(formatEventDate(ev('2022-03-30T11:28:00Z'), EN)).toBe('30 March 2022, 11:28 UTC');
    expect(formatEventDate(ev('2022-03-30T11:28:00+00:00'), EN)).toBe('30 March 2022, 11:28 UTC');
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(1)).toBe('UTC+0:01');
  });

  it('says a window across months without a made-up day', () => {
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-04-02' }), EN)).toBe('between 12 March and 2 April 2022');
  });

  it('says a window within one month compactly', () => {
    expect(formatEventDate(ev('2022-03-18', { dateEnd: '2022-03-19' }), EN)).toBe('between 18 and 19 March 2022');
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-03-19' }), EN)).toBe('between 12 and 19 March 2022');
  });

  it('says a window across years in full', () => {
    expect(formatEventDate(ev('2021-12-30', { dateEnd: '2022-01-02' }), EN)).toBe('between 30 December 2021 and 2 January 2022');
  });

  it('says a window of one day as that day', () => {
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-03-12' }), EN)).toBe('12 March 2022');
  });

  it('says months and years at their precision', () => {
    expect(formatEventDate(ev('2022-03'), EN)).toBe('March 2022');
    expect(formatEventDate(ev('2022'), EN)).toBe('2022');
    expect(formatEventDate(ev('2022-03', { dateEnd: '2022-05' }), EN)).toBe('between March and May 2022');
  });

  it('marks an approximate date with "around"', () => {
    expect(formatEventDate(ev('2022-04-02', { approximate: true }), EN)).toBe('around 2 April 2022');
  });

  it('describes the precision in words', () => {
    expect(describePrecision(ev('2022-03-12', { dateEnd: '2022-04-02' }), EN)).toBe('exact day unknown');
    expect(describePrecision(ev('2022-04-02', { approximate: true }), EN)).toBe('known to the day, approximate');
  });

  it('writes years of the first century as they are, not as 19xx', () => {
    expect(formatEventDate(ev('0064-07-19'), EN)).toBe('19 July 64');
  });
});

describe('formatEventDate in Russian', () => {
  it('says days, months and years with Russian month names', () => {
    expect(formatEventDate(ev('2022-02-25'), RU)).toBe('25 февраля 2022\u00a0г.');
    expect(formatEventDate(ev('2022-03'), RU)).toBe('март 2022\u00a0г.');
    expect(formatEventDate(ev('2022'), RU)).toBe('2022');
  });

  it('says windows with "между … и …", writing once what the ends share', () => {
    // Intl writes a range with a narrow no-break space before "г.".
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-03-19' }), RU)).toBe('между 12 и 19 марта 2022\u202fг.');
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-04-02' }), RU)).toBe('между 12 марта и 2 апреля 2022\u202fг.');
    expect(formatEventDate(ev('2021-12-30', { dateEnd: '2022-01-02' }), RU)).toBe('между 30 декабря 2021 и 2 января 2022\u202fг.');
  });

  it('never puts «между» or «около» before a month in the nominative («между март …» is not Russian)', () => {
    // A month alone is written «март 2022 г.»: a window of months is a range, an approximate month «приблизительно».
    expect(formatEventDate(ev('2022-03', { dateEnd: '2022-04' }), RU)).toBe('март 2022 – апрель 2022\u202fг.');
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-04' }), RU)).toBe('12 марта 2022\u00a0г. – апрель 2022\u00a0г.');
    expect(formatEventDate(ev('2022-03', { approximate: true }), RU)).toBe('приблизительно март 2022\u00a0г.');
    // Days and years keep their prepositions.
    expect(formatEventDate(ev('2022', { dateEnd: '2023' }), RU)).toBe('между 2022 и 2023');
    expect(formatEventDate(ev('2022', { approximate: true }), RU)).toBe('около 2022');
  });

  it('says a time with its zone, and "около" for an approximate date', () => {
    expect(formatEventDate(ev('2022-02-24T13:43:00-05:00', { timeZone: 'America/New_York' }), RU)).toBe('24 февраля 2022\u00a0г., 13:43 UTC−5');
    expect(formatEventDate(ev('2022-04-02', { approximate: true }), RU)).toBe('около 2 апреля 2022\u00a0г.');
  });

  it('describes the precision in words', () => {
    expect(describePrecision(ev('2022-03-12', { dateEnd: '2022-04-02' }), RU)).toBe('точный день неизвестен');
    expect(describePrecision(ev('2022-04-02', { approximate: true }), RU)).toBe('с точностью до дня, приблизительно');
    expect(describePrecision(ev('2022-04'), RU)).toBe('с точностью до месяца');
    expect(describePrecision(ev('2022-02-24T13:43:00-05:00'), RU)).toBe('с точностью до секунды');
  });
});

describe('a year in Russian', () => {
  // Intl joins them with a plain space, or in some ranges a narrow no-break space (U+202F): either no-break space will do.
  it('keeps its number and «г.» on one line (a no-break space), in a date, a window and a short date', () => {
    for (const text of [formatEventDate(ev('2022-03-18'), RU), formatEventDate(ev('2022-03-18', { dateEnd: '2022-03-19' }), RU), formatDateShort(parseIsoDate('2022-02-24')!, 'ru')]) {
      expect(text, text).toMatch(/2022[\u00a0\u202f]г\.$/);
      expect(text, text).not.toMatch(/2022 г/);
    }
  });
});

describe('formatDateShort', () => {
  it('abbreviates in each language', () => {
    expect(formatDateShort(parseIsoDate('2022-02-24')!, 'en-GB')).toBe('24 Feb 2022');
    expect(formatDateShort(parseIsoDate('2022-02-24')!, 'ru')).toBe('24 февр. 2022\u00a0г.');
    expect(formatDateShort(parseIsoDate('2022-09')!, 'en-GB')).toBe('Sept 2022');
  });
});
