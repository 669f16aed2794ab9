import type { DateTexts } from '../dates/formatEventDate.ts';
import type { Messages } from './catalogues/en.ts';
import type { Plural } from './plural.ts';

/** Numbers, plurals, lists and dates the way a language writes them, all through Intl. */
export interface Format {
  /** "100,000" (en), "100 000" (ru). */
  count: (n: number) => string;
  /** A count short enough for a cluster's circle: "999", "1.3k", "12k" (en); "999", "1,3к", "12к" (ru). */
  short: (n: number) => string;
  /** The plural form Intl.PluralRules picks for n, with "#" replaced by the count: "5 событий". */
  plural: (p: Plural, n: number) => string;
  /** "NASA, ESA and CSA" (en), "NASA, ESA и CSA" (ru). */
  list: (items: readonly string[]) => string;
  /** The same list in parts, to render each item as an element of its own: [NASA][, ][ESA][ and ][CSA]. */
  listParts: (items: readonly string[]) => { type: 'element' | 'literal'; value: string }[];
  /** "chart or list" (en), "chart или list" (ru). */
  orList: (items: readonly string[]) => string;
  /** An amount of data: "512 kB", "12.3 MB" (en), "12,3 МБ" (ru). */
  bytes: (n: number) => string;
  dates: DateTexts;
}

export function makeFormat(m: Messages): Format {
  const numbers = new Intl.NumberFormat(m.locale.numbers);
  const rules = new Intl.PluralRules(m.locale.numbers);
  // Lists are written like the dates ("NASA, ESA and CSA" in British English).
  const lists = new Intl.ListFormat(m.locale.dates, { type: 'conjunction' });
  const alternatives = new Intl.ListFormat(m.locale.dates, { type: 'disjunction' });
  const count = (n: number) => numbers.format(n);
  const tenths = new Intl.NumberFormat(m.locale.numbers, { maximumFractionDigits: 1 });
  const megabytes = new Intl.NumberFormat(m.locale.numbers, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const kilobytes = new Intl.NumberFormat(m.locale.numbers, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return {
    count,
    short: (n) => {
      if (n < 1000) return count(n);
      const k = n / 1000;
      // Tenths below ten thousand (1.3k), whole thousands above (12k).
      return m.chart.thousands.replace('#', tenths.format(k < 10 ? Math.round(k * 10) / 10 : Math.round(k)));
    },
    plural: (p, n) => (p[rules.select(n) as keyof Plural] ?? p.other).replace('#', count(n)),
    list: (items) => lists.format(items),
    listParts: (items) => lists.formatToParts(items),
    orList: (items) => alternatives.format(items),
    bytes: (n) => (n >= 1024 * 1024 ? megabytes.format(n / 1024 / 1024) : kilobytes.format(n / 1024)),
    dates: { locale: m.locale.dates, zoneLocale: m.locale.numbers, ...m.dates },
  };
}
