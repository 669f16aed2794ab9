import { describe, expect, it } from 'vitest';
import { findKeptFile, keepFile, KEPT_FILE_BYTES } from '../../../src/features/openFile/keptFiles.ts';

describe('keptFiles', () => {
  it('does not keep a file larger than KEPT_FILE_BYTES: a reload asks the reader to open it again', async () => {
    const file = new File([new Uint8Array(KEPT_FILE_BYTES + 1)], 'big.csv');
    expect(await keepFile('k', { file, othersDropped: 0, dateOrder: null }, null)).toBe(false);
  });

  it('finds nothing, and throws nothing, where the browser keeps nothing (no IndexedDB)', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    expect(await keepFile('k', { file: new File(['a'], 'a.csv'), othersDropped: 0, dateOrder: null }, null)).toBe(false);
    expect(await findKeptFile('k')).toBeNull();
  });
});
