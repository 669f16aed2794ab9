/*
 * The detail panel's words (its buttons, headings, Copy link and media), which only its on-demand script shows: in English
 * here, outside the English catalogue and the page's first script (as openFileTexts.ts). Every
 * other language gives its own in its catalogue (`detailTexts`), key for key.
 */
export const enDetailTexts = {
  panel: {
    previous: 'Previous',
    next: 'Next',
    previousName: 'Previous event',
    nextName: 'Next event',
    close: 'Close',
    closeName: 'Close details',
    /** The sender line as a screen reader reads it (the screen shows "Roscosmos → NASA, ESA"). */
    sentBy: (from: string, to: string | null) => (to ? `From ${from} to ${to}` : `From ${from}`),
    author: 'Author',
    quotes: 'Quotes',
    verification: 'Verification',
    inReplyTo: 'In reply to',
    replies: 'Replies',
    sources: 'Sources',
    tags: 'Tags',
    hiddenEvent: '(hidden event)',
    hiddenByFilters: '(hidden by the filters)',
    notShown: 'Hidden by the current filters: this event is not in the chart or the list.',
    original: (language: string) => `Original (${language})`,
    inLanguage: (language: string) => `In ${language}`,
    translation: (language: string) => `Translation (${language})`,
    translator: ', by ',
    /** Before the translator's name, when the event's texts (title, summary, author, notes) are shown translated. */
    translatedBy: 'Translated by ',
    translated: 'Translated',
    showOriginal: 'Show the original',
    showTranslation: 'Show the translation',
  },
  copyLink: {
    copy: 'Copy link',
    copied: 'Link copied',
    manual: 'The clipboard is not available here; copy this link:',
    field: 'Link to this event',
    /** In its place, for an event of a file opened on this computer. */
    noLink: 'No link to this event: it comes from a file opened on this computer.',
  },
  sourcing: {
    unsourced: 'Unsourced',
    noSource: 'The dataset gives no source for this event.',
  },
  media: {
    heading: 'Media',
    show: (host: string) => `Show image from ${host}`,
    /** Beside the button: why the image is not shown yet. */
    notLoaded: (host: string) => `Not loaded yet: the image is on ${host}, which would learn that you are reading this.`,
    failed: (host: string) => `The image from ${host} could not be loaded.`,
    credit: (credit: string) => `Credit: ${credit}`,
    link: (host: string) => `Media on ${host}`,
    /** Printed in place of an image not loaded (and its Show button): its address. */
    imageAt: (address: string) => `Image (not loaded): ${address}`,
  },
};

export type DetailTexts = typeof enDetailTexts;
