import { describe, expect, it, vi } from 'vitest';
import { blobInSlices } from '../../../src/features/export/slicedBlob.ts';

/** The blob's bytes, compared as a Buffer (jsdom's and Node's byte arrays are not of one realm). */
const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('blobInSlices', () => {
  it('holds the UTF-8 bytes of the pieces one after another, with the type given', async () => {
    const pieces = ['id,title\r\n', 'a,Роскосмос\r\n', '', 'b,"x, 🚀"\r\n'];
    const blob = await blobInSlices(pieces, 'text/csv;charset=utf-8');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect((await bytes(blob)).equals(utf8(pieces.join('')))).toBe(true);
  });

  it('keeps a character of two UTF-16 units whole where it encodes the text in parts (every 1,048,576 characters)', async () => {
    const pieces = [`${'a'.repeat(2 ** 20 - 1)}\ud83d`, '\ude80b'];
    const out = await bytes(await blobInSlices(pieces, 'text/plain'));
    expect(out.subarray(-5).toString('hex')).toBe('f09f9a8062');
    expect(out.equals(utf8(pieces.join('')))).toBe(true);
  });

  it('gives the page a turn once a slice has run its time, and goes on where it was', async () => {
    const turn = vi.fn(() => Promise.resolve());
    const pieces = Array.from({ length: 1_000 }, (_, i) => `${i}\n`);
    const blob = await blobInSlices(pieces, 'text/plain', { yieldToPage: turn, sliceMs: 0 });
    expect(turn.mock.calls.length).toBeGreaterThan(10);
    expect(await blob.text()).toBe(pieces.join(''));
  });
});
