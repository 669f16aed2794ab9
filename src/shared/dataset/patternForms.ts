/** The patterns a value can fail to match (PATTERNS in patterns.ts), each said in words in every language. */
export type PatternForm = 'slug' | 'lang' | 'colour' | 'text' | 'visible';

/** What a value that does not match its pattern must be, said after the value: the schema's messages, and the problems' English (problemTexts.ts). */
export const FORM_HELP = {
  slug: 'must use only a-z, 0-9 and "-"',
  lang: 'is not a BCP 47 language tag such as "ru" or "en-GB"',
  colour: 'must be a colour like "#0072B2"',
  text: 'has nothing but spaces',
  visible: 'has no visible character',
} as const satisfies Record<PatternForm, string>;
