import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDay, isoDateSpan, parseIsoDate, utc } from '../../../src/shared/dates/isoDate.ts';

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

  it('accepts 29 February in 2000, a century divisible by 400, and not in 1900 or 2100', () => {
    expect(parseIsoDate('2000-02-29')).toMatchObject({ precision: 'day', year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2100-02-29')).toBeNull();
  });

  it('reads up to three decimals of a second, and rejects a fourth', () => {
    expect(parseIsoDate('2022-02-24T13:43:00.123Z')).toMatchObject({ precision: 'second', start: Date.UTC(2022, 1, 24, 13, 43, 0) });
    expect(parseIsoDate('2022-02-24T13:43:00.1234Z')).toBeNull();
    expect(parseIsoDate('2022-02-24T13:43:00.1234+01:00')).toBeNull();
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

/** The format's grammar as one regular expression: the reference the hand-written reader must match. */
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

describe('parseIsoDate against the grammar', () => {
  it('accepts exactly the strings the grammar matches (with possible values), and reads them the same', () => {
    const d = (k: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), minLength: k, maxLength: k });
    const part = fc.oneof(d(1), d(2), d(3), d(4), fc.constantFrom('-', ':', 'T', 'Z', '+', '.', ' ', 'x', '١', ''));
    // Near-misses: the grammar's pieces in order, mostly valid, sometimes wrong, cut short or followed by more.
    const num = (min: number, max: number, width: number) => fc.integer({ min, max }).map((v) => String(v).padStart(width, '0'));
    const mostly = (ok: fc.Arbitrary<string>, ...bad: string[]) => fc.oneof({ weight: 8, arbitrary: ok }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
    const sep = (c: string) => mostly(fc.constant(c), '', 'x', '/', ' ');
    const shaped = fc
      .tuple(
        mostly(num(1000, 9999, 4), '0000', '999', '20222'),
        sep('-'),
        mostly(num(1, 12, 2), '00', '13', '1'),
        sep('-'),
        mostly(num(1, 31, 2), '00', '32', '1'),
        sep('T'),
        mostly(num(0, 23, 2), '24', '1'),
        sep(':'),
        mostly(num(0, 59, 2), '60', '1'),
        fc.oneof(fc.constant(''), fc.tuple(sep(':'), mostly(num(0, 59, 2), '60', '1'), fc.constantFrom('', '.1', '.12', '.123', '.1234', '.')).map((p) => p.join(''))),
        fc.constantFrom('Z', '+03:00', '-14:59', '+14:00', '+15:00', '-05:60', '+0300', '+3:00', ''),
      )
      .chain((pieces) => fc.tuple(fc.integer({ min: 1, max: pieces.length + 3 }), fc.constantFrom('', '', '', 'x', 'Z', '0', ':00')).map(([k, tail]) => pieces.slice(0, k).join('') + tail));
    const real = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((t) => t.toISOString().replace(/(\.\d{3})?Z$/, 'Z'));
    fc.assert(
      fc.property(fc.oneof(shaped, fc.array(part, { maxLength: 12 }).map((p) => p.join('')), real), (s) => {
        const parsed = parseIsoDate(s);
        const m = DATE_RE.exec(s);
        if (!m) expect(parsed, s).toBeNull();
        else {
          const [, y, mo, dd, h, mi, sec, off] = m;
          const n = (v: string | undefined, max: number, min = 0) => v === undefined || (Number(v) >= min && Number(v) <= max);
          const possible =
            Number(y) >= 1 &&
            n(mo, 12, 1) &&
            n(dd, new Date(Date.UTC(2000 + (Number(y) % 400), Number(mo ?? 1), 0)).getUTCDate(), 1) &&
            n(h, 23) &&
            n(mi, 59) &&
            n(sec, 59) &&
            (off === undefined || off === 'Z' || (n(off.slice(1, 3), 14) && n(off.slice(4, 6), 59)));
          expect(parsed !== null, s).toBe(possible);
          if (!parsed) return;
          expect([parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, parsed.precision === 'second' ? parsed.second : undefined]).toEqual(
            [y, mo, dd, h, mi, sec].map((v) => (v === undefined ? undefined : Number(v))),
          );
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('turns a date-time into the instant Date.parse reads', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('Z', '+03:00', '-05:30', '+14:00'), (t, off) => {
        const s = t.toISOString().slice(0, 19) + off;
        expect(parseIsoDate(s)!.start).toBe(Date.parse(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isoDateSpan, isIsoDate and isIsoDay', () => {
  // Each date's span, written out with Date.UTC and Date.parse, independently of the reader.
  const spans: [string, number, number][] = [
    ['2022', Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)],
    ['2022-02', Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)],
    ['2022-02-24T13:43-05:00', Date.parse('2022-02-24T18:43:00Z'), Date.parse('2022-02-24T18:44:00Z')],
    ['2022-02-24T13:43:07.5Z', Date.parse('2022-02-24T13:43:07Z'), Date.parse('2022-02-24T13:43:08Z')],
    ['9999-12-31T23:59:59+14:00', Date.parse('9999-12-31T09:59:59Z'), Date.parse('9999-12-31T10:00:00Z')],
  ];

  it('give each date its own span and precision, whatever date was read before', () => {
    // Each date read right after every other: the record the reader reuses must carry nothing over.
    for (const [before] of spans) {
      for (const [value, start, end] of spans) {
        isoDateSpan(before, { start: 0, end: 0 });
        const span = { start: NaN, end: NaN };
        expect(isoDateSpan(value, span)).toBe(true);
        expect(span, `${value} after ${before}`).toEqual({ start, end });
        parseIsoDate(before);
        expect(parseIsoDate(value), `${value} after ${before}`).toMatchObject({ start, end });
        expect(isIsoDate(value)).toBe(true);
        expect(isIsoDay(value)).toBe(value.length === 10);
      }
    }
  });

  it('leave the span untouched and say false for a string that is not a date', () => {
    for (const value of ['2022-02-30', '2022-13', '22', '2022-02-24T25:00Z', '2022-02-24T13:43', '']) {
      const span = { start: 1, end: 2 };
      expect(isoDateSpan(value, span)).toBe(false);
      expect(span).toEqual({ start: 1, end: 2 });
      expect(isIsoDate(value)).toBe(false);
      expect(isIsoDay(value)).toBe(false);
    }
  });
});
