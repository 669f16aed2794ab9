/** A message in plural forms (CLDR categories), "#" standing for the number; `other` is always there. */
export type Plural = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/** Marks a message as plural forms (every language fills in the categories it has). */
export const forms = (p: Plural): Plural => p;
