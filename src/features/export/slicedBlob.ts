import { yieldToPage } from '../../shared/scheduling/yieldToPage.ts';

/** A slice of work runs about this long before the page gets a turn (a task of 50 ms is a long one). */
const SLICE_MS = 20;
/** Text is encoded to bytes about this many characters at a time. */
const ENCODE_CHARS = 1 << 20;
/** How many pieces between two looks at the clock. */
const CLOCK_EVERY = 32;

export interface SliceOptions {
  /** How a slice gives the page its turn (yieldToPage: `scheduler.yield` or a new task). */
  yieldToPage?: () => Promise<void>;
  /** How long a slice runs before it does, in milliseconds. */
  sliceMs?: number;
}

/** True for the first half of a surrogate pair, which must be encoded with its second half. */
const endsInHighSurrogate = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
};

/**
 * The file whose text is `pieces` one after another, as UTF-8: the same bytes as a Blob of their
 * concatenation. The pieces are produced and encoded in slices of about `sliceMs`, between which
 * the page answers input and paints, so that a 50 MB export is no multi-second freeze.
 */
export async function blobInSlices(pieces: Iterable<string>, type: string, options: SliceOptions = {}): Promise<Blob> {
  const { sliceMs = SLICE_MS } = options;
  const pause = options.yieldToPage ?? yieldToPage;
  const encoder = new TextEncoder();
  // Each encoded part joins the file at once: a Blob of Blobs refers to them, where one Blob made
  // of all the parts at the end copied 50 MB in one task (55 ms here, over 200 on a busy machine).
  let file = new Blob([], { type });
  let text = '';
  let count = 0;
  let sliceStart = performance.now();
  for (const piece of pieces) {
    text += piece;
    if (text.length >= ENCODE_CHARS) {
      // A pair split between two parts would be encoded as two replacement characters.
      const keep = endsInHighSurrogate(text) ? 1 : 0;
      file = new Blob([file, encoder.encode(text.slice(0, text.length - keep))], { type });
      text = text.slice(text.length - keep);
    }
    if (++count % CLOCK_EVERY === 0 && performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  if (text !== '') file = new Blob([file, encoder.encode(text)], { type });
  return file;
}
