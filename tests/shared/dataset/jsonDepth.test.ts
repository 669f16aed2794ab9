import { describe, expect, it } from 'vitest';
import { exceedsDepth } from '../../../src/shared/dataset/jsonDepth.ts';

/** `levels` lists nested in one another around a number. */
const nested = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

describe('exceedsDepth', () => {
  it('accepts a value exactly as deep as the limit', () => {
    expect(exceedsDepth(nested(3), 3)).toBeNull();
    expect(exceedsDepth({ a: { b: [1] } }, 3)).toBeNull();
  });

  it('gives the path to the first value one level too deep', () => {
    expect(exceedsDepth({ a: [[[1]]] }, 3)).toEqual(['a', 0, 0]);
    expect(exceedsDepth({ ok: [1], deep: { x: [{ y: 1 }] } }, 3)).toEqual(['deep', 'x', 0]);
  });

  it('reports a value nested 100,000 levels deep without overflowing the stack', () => {
    expect(exceedsDepth(nested(100_000), 16)).toHaveLength(16);
  });

  it('treats scalars as depth 0 and empty containers as depth 1', () => {
    expect(exceedsDepth('text', 0)).toBeNull();
    expect(exceedsDepth(null, 0)).toBeNull();
    expect(exceedsDepth({}, 0)).toEqual([]);
    expect(exceedsDepth([], 1)).toBeNull();
  });

  it('counts an own "__proto__" key like any other', () => {
    const v = JSON.parse('{"__proto__": {"a": {"b": 1}}}') as unknown;
    expect(exceedsDepth(v, 2)).toEqual(['__proto__', 'a']);
    expect(exceedsDepth(v, 3)).toBeNull();
  });
});
