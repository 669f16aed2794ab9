import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, utc } from '../../../src/shared/dates/isoDate.ts';

describe('parseIsoDate', () => {
  it('reads a year as the whole year', () => {
    const d = parseIsoDate('2022')!;
    expect(d.precision).toBe('year');
    expect(new Date(d.start).toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(new Date(d.end).toISOString()).toBe('2023-01-01T00:00:00.000Z');
  });

  it('reads a month as the whole month', () => {
    const d = parseIsoDate('2022-02')!;
    expect(d.precision).toBe('month');
    expect(new Date(d.end).toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  it('reads a calendar day as a UTC day', () => {
    const d = parseIsoDate('2022-03-12')!;
    expect(d.precision).toBe('day');
    expect(new Date(d.start).toISOString()).toBe('2022-03-12T00:00:00.000Z');
    expect(d.end - d.start).toBe(86_400_000);
  });

  it('reads a date-time with its offset', () => {
    const d = parseIsoDate('2022-02-24T13:43:00-05:00')!;
    expect(new Date(d.start).toISOString()).toBe('2022-02-24T18:43:00.000Z');
    expect(d.offsetMinutes).toBe(-300);
    expect(d.precision).toBe('second');
    expect(parseIsoDate('2022-03-30T11:28Z')?.precision).toBe('minute');
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2022-02-29')).toBeNull();
  });

  it('rejects impossible and ambiguous forms', () => {
    for (const s of ['2022-02-30', '2022-13', '2022-00-10', '22-03-12', '2022-03-12T25:00Z', '2022-03-12T10:00', '12/03/2022', '', ' 2022', '2022-03-12T10:00:00+15:00', '0000']) {
      expect(parseIsoDate(s), s).toBeNull();
    }
  });
});

describe('utc', () => {
  it('counts milliseconds as Date.UTC does, for every day of years 100–9999 and the month after December', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi, s) => {
          expect(utc(y, mo, d, h, mi, s)).toBe(Date.UTC(y, mo, d, h, mi, s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads years 1–99 as themselves: the same calendar as 400 years later, 146,097 days earlier', () => {
    for (const y of [1, 4, 50, 99]) expect(utc(y, 1, 29)).toBe(Date.UTC(y + 400, 1, 29) - 146_097 * 86_400_000);
    expect(new Date(parseIsoDate('0050-03-01')!.start).getUTCFullYear()).toBe(50);
  });
});
