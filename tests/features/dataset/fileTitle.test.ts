import { describe, expect, it } from 'vitest';
import { titleFromName } from '../../../src/features/dataset/fileTitle.ts';

describe('titleFromName', () => {
  it('is the name without its extension, or nothing for a name with none left', () => {
    expect(titleFromName('Space race.csv')).toBe('Space race');
    expect(titleFromName('letters.v2.json')).toBe('letters.v2');
    expect(titleFromName('README')).toBe('README');
    expect(titleFromName('.csv')).toBeUndefined();
  });
});
