import { describe, expect, it } from 'vitest';
import { localeDateOrder } from '../../../src/shared/dates/localeDateOrder.ts';

describe('localeDateOrder', () => {
  it('is month first where the locale writes 12/31/2022 and day first where it writes 31/12/2022 or 31.12.2022', () => {
    expect(localeDateOrder('en-US')).toBe('mdy');
    expect(localeDateOrder('en-PH')).toBe('mdy');
    for (const locale of ['en-GB', 'en-AU', 'ru', 'ru-RU', 'de']) expect(localeDateOrder(locale), locale).toBe('dmy');
  });

  it('is day first, the importers\' default, for a year-first locale, an unknown one or none that Intl accepts', () => {
    expect(localeDateOrder('ja-JP')).toBe('dmy');
    expect(localeDateOrder('fr-CA')).toBe('dmy');
    expect(localeDateOrder('not a locale!')).toBe('dmy');
  });
});
