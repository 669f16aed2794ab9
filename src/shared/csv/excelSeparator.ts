/** The separators this app writes a CSV with. */
export type CsvSeparator = ',' | ';';

/**
 * The separator Excel splits a double-clicked CSV at in `locale`: the system's list separator,
 * which Windows sets to ";" where numbers are written with a decimal comma (ru, de, fr, …) and to
 * "," elsewhere. With the other one, every row lands whole in column A. Every reader here
 * detects either (csvTable.ts).
 */
export function excelSeparator(locale: string | undefined): CsvSeparator {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}
