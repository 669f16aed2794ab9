import { describe, expect, it } from 'vitest';
import { fileStem } from '../../../src/features/export/download.ts';

describe('fileStem', () => {
  it('turns the bundled title into lowercase words joined by dashes', () => {
    expect(fileStem('Roscosmos and the ISS partners, February–July 2022')).toBe('roscosmos-and-the-iss-partners-february-july-2022');
  });

  it('drops accents and trims dashes at both ends', () => {
    expect(fileStem('  Ré: Café — Ōsaka!  ')).toBe('re-cafe-osaka');
  });

  it('keeps at most 60 characters', () => {
    expect(fileStem('a'.repeat(70))).toBe('a'.repeat(60));
  });

  it('writes a Russian title in Latin letters, so that a Russian timeline is not downloaded as "2022.csv"', () => {
    expect(fileStem('Роскосмос и МКС')).toBe('roskosmos-i-mks');
    expect(fileStem('Письма о МКС, весна 2022')).toBe('pisma-o-mks-vesna-2022');
  });

  it('falls back to "timeline" when no letter or digit is left', () => {
    expect(fileStem('')).toBe('timeline');
    expect(fileStem('—!?')).toBe('timeline');
  });
});

describe('fileStem at its length limit', () => {
  it('never ends in a dash after cutting', () => {
    expect(fileStem(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});
