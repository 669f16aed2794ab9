import { describe, expect, it } from 'vitest';
import { excelSeparator } from '../../../src/shared/csv/excelSeparator.ts';

describe('excelSeparator', () => {
  it('is a semicolon where numbers are written with a decimal comma, as Excel there splits a CSV', () => {
    expect(['ru', 'ru-RU', 'de-DE', 'fr-FR', 'uk', 'es-ES'].map(excelSeparator)).toEqual([';', ';', ';', ';', ';', ';']);
  });

  it('is a comma where numbers are written with a decimal point, and for no locale or one Intl cannot read', () => {
    expect(['en-US', 'en-GB', 'ja-JP', 'zh-CN'].map(excelSeparator)).toEqual([',', ',', ',', ',']);
    expect(excelSeparator(undefined)).toBe(',');
    expect(excelSeparator('not a locale!')).toBe(',');
  });
});
