import { forms } from './plural.ts';

/*
 * The words about a file opened on this computer that only the opened file's on-demand script
 * shows (its progress, its refusal, its notice, what a reload or Back found): in English here,
 * outside the English catalogue and the page's first script. Every other language gives its own
 * in its catalogue (`openFileTexts`), key for key.
 */
export const enOpenFileTexts = {
  cancel: 'Cancel',
  couldNotOpen: 'The file could not be opened',
  keptPrevious: 'The timeline shown before is still open.',
  noticeLabel: 'Opened file',
  fromFile: 'This timeline comes from a file on this computer:',
  readAs: (format: string) => `Read as ${format}; nothing was uploaded.`,
  formats: {
    'dataset-json': 'a dataset (JSON)',
    'timelinejs-json': 'a TimelineJS file (JSON)',
    'dataset-csv': 'a spreadsheet (CSV)',
    'timelinejs-csv': 'a TimelineJS spreadsheet (CSV)',
  },
  notShareable:
    'This view cannot be shared as a link, so Copy link and Embed are off while the file is open. To share it, download it as a dataset, publish that file and open it with ?\u2060data=.',
  download: 'Download as dataset JSON',
  /** What the downloaded dataset's file name adds to the opened file's, in Latin letters (slugify: «набор данных» → letters-nabor-dannykh.json). */
  datasetFile: 'dataset',
  preparing: (name: string) => `Preparing ${name}…`,
  downloaded: (name: string) => `${name} downloaded.`,
  failed: (name: string, why: string) => `${name} could not be made: ${why}`,
  close: 'Close the file',
  /** On a phone, the toggle that shows the advice on sharing the file's view and its download. */
  shareOrSave: 'Share or save',
  /** Several files dropped at once: the first opens, the rest are named by count. */
  /** The files dropped with the opened one, by their number. */
  othersNotOpened: forms({
    one: 'Only this file was opened; the other file dropped with it was not: one timeline at a time.',
    other: 'Only this file was opened; the # others dropped with it were not: one timeline at a time.',
  }),
  /** After a reload, Back or Forward: the file of that view was not kept (too large, or the browser keeps nothing for the page). */
  notKept: (name: string, megabytes: string) =>
    `The file ${name} was not kept in this browser, so it cannot be shown again: a file opened on the page is kept only if this browser allows it and it is at most ${megabytes} MB. Open it again to go on reading it.`,
  /** After a reload, Back or Forward: the file of that view was over the size kept (its `size` said as f.bytes, or in `bytes` where that reads as the limit). */
  tooLargeKept: (name: string, size: string, megabytes: string) =>
    `The file ${name} (${size}) was too large to keep for a reload: files of at most ${megabytes} MB are kept. Open it again to go on reading it, in the view you left.`,
  bytes: forms({ one: '# byte', other: '# bytes' }),
  /** In the opened file's notice, when this browser could not keep the file for a reload. */
  cannotKeep: 'This browser cannot keep the file for this page: a reload will close it.',
  tooLargeToKeep: (megabytes: string) => `Files over ${megabytes} MB are not kept for a reload: reloading this page will close this one.`,
  /** After a reload, Back or Forward to a view of a file the reader closed since: it was forgotten on purpose. */
  wasClosed: (name: string) => `The file ${name} was closed. Open it again to go on reading it.`,
};

export type OpenFileTexts = typeof enOpenFileTexts;
