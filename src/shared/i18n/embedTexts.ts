/*
 * The Embed dialog's form words, which only its on-demand script shows: in English here, outside
 * the English catalogue and the page's first script (as openFileTexts.ts). Every other language
 * gives its own in its catalogue (`embedTexts`), key for key.
 */
export const enEmbedTexts = {
  intro: "Paste this into your article. It opens on the current filters and selection; the script line makes the frame follow its content's height.",
  height: 'Height (px)',
  /** Under the Height field: the heights the code can give. */
  heightRange: (min: string, max: string) => `${min}–${max} px`,
  /** The same, while the field holds a height the code cannot give (or no number): the one it gives. */
  heightUsed: (min: string, max: string, used: string) => `${min}–${max} px: the code uses ${used}`,
  theme: 'Theme',
  themes: { auto: "Reader's setting", light: 'Light', dark: 'Dark' },
  code: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied.',
  copyBlocked: 'Copy was blocked: the code is selected, press Ctrl+C (⌘C).',
  close: 'Close',
  frameTitle: (title: string) => `Timeline: ${title}`,
};

export type EmbedTexts = typeof enEmbedTexts;
