/*
 * The detail panel's Copy link and media words, which only its on-demand script shows: in English
 * here, outside the English catalogue and the page's first script (as openFileTexts.ts). Every
 * other language gives its own in its catalogue (`detailTexts`), key for key.
 */
export const enDetailTexts = {
  copyLink: {
    copy: 'Copy link',
    copied: 'Link copied',
    manual: 'The clipboard is not available here; copy this link:',
    field: 'Link to this event',
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
