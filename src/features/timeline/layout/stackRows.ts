/** Minimum distance between two marks in one row, in pixels. */
export const MARK_GAP = 18;
export const MAX_ROWS = 4;

/**
 * First-fit rows for points sorted by x: a mark goes in the first row whose last mark is at least
 * MARK_GAP to its left. Past MAX_ROWS, marks share the least recently used row (they overlap).
 * Returns the row of each point, in input order.
 */
export function stackRows(xs: readonly number[], gap = MARK_GAP, maxRows = MAX_ROWS): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const lastX: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const i of order) {
    const x = xs[i]!;
    let row = lastX.findIndex((lx) => x - lx >= gap);
    if (row === -1) {
      if (lastX.length < maxRows) row = lastX.length;
      else row = lastX.indexOf(Math.min(...lastX));
    }
    lastX[row] = x;
    rows[i] = row;
  }
  return rows;
}
