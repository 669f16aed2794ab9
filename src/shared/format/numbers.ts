const counts = new Intl.NumberFormat('en-US');

/** A count as the interface writes it, with thousands separators: "100,000". */
export function formatCount(n: number): string {
  return counts.format(n);
}
