/*
 * The list view's words, which only its on-demand script shows: in English here, outside the
 * English catalogue and the page's first script (as detailTexts.ts). Every other language gives
 * its own in its catalogue (`listTexts`), key for key.
 */
export const enListTexts = {
  caption: 'Events in chronological order',
  date: 'Date',
  oldestFirst: '(oldest first; activate for newest first)',
  newestFirst: '(newest first; activate for oldest first)',
  fromTo: 'From → to',
  kind: 'Kind',
  title: 'Title',
  /** Beside the title of an event the dataset gives no source for (the panel's word too). */
  unsourced: 'Unsourced',
  /** Shown as it takes the focus, before the list: a row is a tab stop, and a list may hold thousands. */
  skip: 'Skip the list',
  /** The printed list's last row, past its longest (EventTable's PRINTED_ROWS_MAX). */
  notPrinted: (n: string) => `and ${n} more events, not printed: download the CSV for every one.`,
};

export type ListTexts = typeof enListTexts;
