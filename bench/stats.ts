/** Median of the finite numbers in `xs`, or null when there are none. */
export function median(xs: readonly (number | null | undefined)[]): number | null {
  return percentile(xs, 50);
}

/** Linear-interpolated percentile (0–100) of the finite numbers in `xs`, or null when there are none. */
export function percentile(xs: readonly (number | null | undefined)[], p: number): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const rank = (p / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo]! + (v[hi]! - v[lo]!) * (rank - lo);
}

/** The largest of the finite numbers in `xs`, or null when there are none. */
export function maximum(xs: readonly (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return v.length === 0 ? null : Math.max(...v);
}

/** vis / ours, or null when either is missing or ours is zero. */
export function ratio(vis: number | null | undefined, ours: number | null | undefined): number | null {
  if (vis == null || ours == null || ours === 0) return null;
  return vis / ours;
}
