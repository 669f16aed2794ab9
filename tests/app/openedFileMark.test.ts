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
});
