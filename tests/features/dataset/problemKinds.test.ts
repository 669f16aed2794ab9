import { describe, expect, it } from 'vitest';
import { problemKinds } from '../../../src/features/dataset/problemKinds.ts';
import type { Problem, ProblemCode } from '../../../src/shared/dataset/problem.ts';

const of = (code: ProblemCode, n: number): Problem[] => Array.from({ length: n }, (_, i) => ({ code, path: `events[${i}].date`, message: code }));

describe('problemKinds', () => {
  it('counts each kind, the most frequent first', () => {
    expect(problemKinds([...of('required', 2), ...of('invalid-date', 5), ...of('unknown-actor', 1)])).toEqual([
      { code: 'invalid-date', count: 5 },
      { code: 'required', count: 2 },
      { code: 'unknown-actor', count: 1 },
    ]);
  });

  it('keeps kinds of the same count in the order first met', () => {
    expect(problemKinds([...of('unknown-actor', 1), ...of('required', 1), ...of('unknown-actor', 1), ...of('required', 1)]).map((k) => k.code)).toEqual(['unknown-actor', 'required']);
  });

  it('has no kinds for no problems', () => {
    expect(problemKinds([])).toEqual([]);
  });
});
