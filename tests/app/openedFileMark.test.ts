import { describe, expect, it } from 'vitest';
import { readOpenedFileMark } from '../../src/app/openedFileMark.ts';

describe('readOpenedFileMark', () => {
  it('reads the mark a history entry holds', () => {
    expect(readOpenedFileMark({ openedFile: { key: 'k1', name: 'letters.csv', before: 'kind=letter' } })).toEqual({ key: 'k1', name: 'letters.csv', before: 'kind=letter' });
  });

  it('takes anything else for no mark, never throwing', () => {
    for (const state of [null, undefined, 'x', 3, {}, { openedFile: null }, { openedFile: { key: '', name: 'a', before: '' } }, { openedFile: { key: 'k', name: 5, before: '' } }, { openedFile: { key: 'k', name: 'a' } }]) {
      expect(readOpenedFileMark(state)).toBeNull();
    }
  });

  it('reads the file\'s size where the mark has one, a whole number of bytes, and leaves out any other', () => {
    expect(readOpenedFileMark({ openedFile: { key: 'k1', name: 'a.json', size: 18_350_080, before: '' } })).toEqual({ key: 'k1', name: 'a.json', size: 18_350_080, before: '' });
    for (const size of [-1, 1.5, '100', Infinity, null]) expect(readOpenedFileMark({ openedFile: { key: 'k1', name: 'a.json', size, before: '' } })).toEqual({ key: 'k1', name: 'a.json', before: '' });
  });
});
