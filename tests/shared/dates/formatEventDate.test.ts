import { describe, expect, it } from 'vitest';
import { describePrecision, formatEventDate, formatOffset } from '../../../src/shared/dates/formatEventDate.ts';

const ev = (date: string, extra: { dateEnd?: string; approximate?: boolean; timeZone?: string } = {}) => {
  const e: Parameters<typeof formatEventDate>[0] = { date };
  if (extra.dateEnd) e.dateEnd = extra.dateEnd;
  if (extra.approximate) e.approximate = true;
  if (extra.timeZone) e.timeZone = extra.timeZone;
  return e;
};

describe('formatEventDate', () => {
  it('says a day as a reader would', () => {
    expect(formatEventDate(ev('2022-02-25'))).toBe('25 February 2022');
  });

  it('says a time in its own zone with the zone name', () => {
    expect(formatEventDate(ev('2022-02-24T13:43:00-05:00', { timeZone: 'America/New_York' }))).toBe('24 February 2022, 13:43 EST');
    expect(formatEventDate(ev('2022-03-30T11:28:00+00:00', { timeZone: 'UTC' }))).toBe('30 March 2022, 11:28 UTC');
  });

  it('falls back to the numeric offset without a zone name', () => {
    expect(formatEventDate(ev('2022-04-02T09:15+03:00'))).toBe('2 April 2022, 09:15 UTC+3');
    expect(formatOffset(-300)).toBe('UTC−5');
    expect(formatOffset(330)).toBe('UTC+5:30');
  });

  it('says a window across months without a made-up day', () => {
    expect(formatEventDate(ev('2022-03-12', { dateEnd: '2022-04-02' }))).toBe('between 12 March and 2 April 2022');
  });

  it('says a window within one month compactly', () => {
    expect(formatEventDate(ev('2022-03-18', { dateEnd: '2022-03-19' }))).toBe('between 18 and 19 March 2022');
  });

  it('says a window across years in full', () => {
    expect(formatEventDate(ev('2021-12-30', { dateEnd: '2022-01-02' }))).toBe('between 30 December 2021 and 2 January 2022');
  });

  it('says months and years at their precision', () => {
    expect(formatEventDate(ev('2022-03'))).toBe('March 2022');
    expect(formatEventDate(ev('2022'))).toBe('2022');
    expect(formatEventDate(ev('2022-03', { dateEnd: '2022-05' }))).toBe('between March and May 2022');
  });

  it('marks an approximate date with "around"', () => {
    expect(formatEventDate(ev('2022-04-02', { approximate: true }))).toBe('around 2 April 2022');
  });

  it('describes the precision in words', () => {
    expect(describePrecision(ev('2022-03-12', { dateEnd: '2022-04-02' }))).toBe('exact day unknown');
    expect(describePrecision(ev('2022-04-02', { approximate: true }))).toBe('known to the day, approximate');
  });
});
