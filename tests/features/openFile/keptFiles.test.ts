import { afterEach, describe, expect, it, vi } from 'vitest';
import { findKeptFile, forgetFile, keepFile, KEPT_FILE_BYTES } from '../../../src/features/openFile/keptFiles.ts';

const kept = (name: string, bytes = 1) => ({ file: new File([new Uint8Array(bytes)], name), othersDropped: 0, dateOrder: null });

afterEach(() => sessionStorage.clear());

describe('keptFiles', () => {
  it('does not keep a file larger than KEPT_FILE_BYTES: a reload asks the reader to open it again', async () => {
    expect(await keepFile('k', kept('big.csv', KEPT_FILE_BYTES + 1), null)).toBe('too-large');
  });

  it('finds nothing, and throws nothing, where the browser keeps nothing (no IndexedDB)', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    expect(await keepFile('k', kept('a.csv'), null)).toBe('no-storage');
    expect(await findKeptFile('k')).toBeNull();
  });
});

describe('keptFiles, a file the reader closed', () => {
  it('is said to be closed, not lost: closed with its button, or by another file opened over it', async () => {
    await forgetFile('closed-1', true);
    await keepFile('second', kept('b.csv'), 'replaced-1');
    expect(await findKeptFile('closed-1')).toBe('closed');
    expect(await findKeptFile('replaced-1')).toBe('closed');
    // One that could not be found again is forgotten, not said to be closed.
    await forgetFile('lost-1', false);
    expect(await findKeptFile('lost-1')).toBeNull();
  });

  it('is still said to be closed after a reload (the page\'s memory gone, the tab\'s session kept)', async () => {
    await forgetFile('closed-2', true);
    vi.resetModules();
    const reloaded = await import('../../../src/features/openFile/keptFiles.ts');
    expect(await reloaded.findKeptFile('closed-2')).toBe('closed');
    expect(await reloaded.findKeptFile('other')).toBeNull();
  });

  it('takes whatever else the session holds under its name for nothing closed, never throwing', async () => {
    for (const held of ['not json', '{"a":1}', '[1,null]']) {
      sessionStorage.setItem('closed-files', held);
      vi.resetModules();
      const reloaded = await import('../../../src/features/openFile/keptFiles.ts');
      expect(await reloaded.findKeptFile('1')).toBeNull();
    }
  });
});
