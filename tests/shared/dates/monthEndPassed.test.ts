import { describe, expect, it } from 'vitest';
import { monthEndPassed } from '../../../src/shared/dates/monthEndPassed.ts';

describe('monthEndPassed', () => {
  it('gives the month’s last day for a day past it, as the format and spreadsheets write days', () => {
    expect(monthEndPassed('2022-04-31')).toBe('2022-04-30');
    expect(monthEndPassed('2022-02-30T10:00:00+03:00')).toBe('2022-02-28');
    expect(monthEndPassed('31.04.2022')).toBe('2022-04-30');
    expect(monthEndPassed(' 29.02.2023 ')).toBe('2023-02-28');
    expect(monthEndPassed('31/06/2022')).toBe('2022-06-30');
    // Month first, told by the day above 12.
    expect(monthEndPassed('04/31/2022')).toBe('2022-04-30');
    expect(monthEndPassed('30-02-2022 10:00')).toBe('2022-02-28');
  });

  it('is null for a day that exists, a month or a day out of any calendar, and what is no day', () => {
    for (const value of ['2022-04-30', '29.02.2024', '2000-02-29', '12/11/2022', '31.13.2022', '32.01.2022', '2022-13-01', '2022-04', 'yesterday', '0000-02-30', '44632']) {
      expect(monthEndPassed(value), value).toBeNull();
    }
  });
});
