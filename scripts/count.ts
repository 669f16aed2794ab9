const rules = new Intl.PluralRules('en');

/** A count for a script's summary line, in the English plural Intl.PluralRules picks: "1 event", "0 events", "2 events". */
export function count(n: number, word: string): string {
  return `${n} ${word}${rules.select(n) === 'one' ? '' : 's'}`;
}
