import type { PathSegment } from './problem.ts';

/**
 * Whether a JSON value nests deeper than `limit`, measured without recursion (a hostile file cannot
 * overflow the stack) and without building a path per node (a 100,000-event file makes no garbage).
 * Returns the path to the first too-deep value, or null.
 */
export function exceedsDepth(value: unknown, limit: number): PathSegment[] | null {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let tooDeep = false;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) {
      tooDeep = true;
      break;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        const item = (v as Record<string, unknown>)[k];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return tooDeep ? pathToDepth(value, limit) : null;
}

/** The path to the first value at `limit` levels deep (only run once a file is known to be too deep). */
function pathToDepth(value: unknown, limit: number): PathSegment[] {
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= limit) return path;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    else for (const [k, item] of Object.entries(v)) stack.push({ v: item, path: [...path, k] });
  }
  return [];
}
