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

/** The reader is in the search box (there is one: FilterBar's), typing or about to. */
export const searchBoxHasFocus = (): boolean => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search';

/**
 * The search box's text and whether it had focus, as the stand-in that held them while a big
 * file's first view was drawn (SearchStandIn.tsx) left: for the box of that view, which takes them.
 */
let held: { text: string; focused: boolean } | null = null;

export const holdSearch = (search: { text: string; focused: boolean }): void => {
  held = search;
};

/** The search held for the box now shown, once. */
export const takeHeldSearch = (): { text: string; focused: boolean } | null => {
  const search = held;
  held = null;
  return search;
};
