import type { Problem } from './problem.ts';

/*
 * The one rule for the bytes of any file this app reads, however it arrives (dropped, opened or
 * by address): UTF-8, or refused with NOT_UTF8, except a spreadsheet in a Windows code page, read
 * as one with a problem that says so (src/shared/import/legacyEncoding.ts). Decoded leniently, such
 * a file would load as "������" with nothing said.
 */

/** What every "wrong kind of file" message ends with: the one fix a spreadsheet user can make. */
export const SAVE_AS_CSV = 'in your spreadsheet choose File › Save as (or Download) › "CSV UTF-8", then open that file';

/** The problem of a file whose bytes are not UTF-8. */
export const NOT_UTF8: Readonly<Problem> = {
  code: 'wrong-encoding',
  path: '(file)',
  message: `is not UTF-8 text (perhaps "CSV" in a Windows code page): ${SAVE_AS_CSV}`,
};

/** Bytes that are not UTF-8, found while decoding them (strictUtf8Decoder). */
export class NotUtf8Error extends Error {
  constructor() {
    super(NOT_UTF8.message);
    this.name = 'NotUtf8Error';
  }
}

/** Whether an error is a NotUtf8Error, also one made by another copy of this module (a script loaded on demand carries its own). */
export function isNotUtf8(err: unknown): boolean {
  return err instanceof Error && err.name === 'NotUtf8Error';
}

/** A UTF-8 decoder that throws NotUtf8Error on bytes that are not UTF-8 instead of making them U+FFFD. */
export function strictUtf8Decoder(): { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    decode(bytes, options) {
      try {
        return decoder.decode(bytes, options);
      } catch (err) {
        if (err instanceof TypeError) throw new NotUtf8Error();
        throw err;
      }
    },
  };
}
