/**
 * The text in the search box not yet written to the address (FilterBar writes it a moment after
 * the last key), or null. A file opened meanwhile reads it, so that the last keys are not lost.
 */
let typed: string | null = null;

export const setTypedSearch = (text: string | null): void => {
  typed = text;
};

/** What the reader searches for now: the box's text if not yet in the address, else the address's `q`. */
export const searchNow = (q: string): string => typed ?? q;
