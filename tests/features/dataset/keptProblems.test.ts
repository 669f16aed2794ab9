import { describe, expect, it } from 'vitest';
import { ERRORS_LISTED, keptProblems, WARNINGS_LISTED } from '../../../src/features/dataset/keptProblems.ts';
import { enProblemTexts } from '../../../src/shared/i18n/problemTexts.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import type { Problem, ProblemCode } from '../../../src/shared/dataset/problem.ts';

const problem = (code: ProblemCode, row: number): Problem => ({ code, path: `row ${row}`, message: code });

describe('keptProblems', () => {
  it('lists the errors first and the warnings after them, each in file order', () => {
    const all = [problem('unsourced', 2), problem('invalid-date', 3), problem('time-dropped', 4), problem('unsourced', 5), problem('duplicate-id', 6)];
    expect(keptProblems(all)).toEqual({ problems: [all[1], all[4], all[0], all[2], all[3]], unlisted: [] });
  });

  it('lists the first 1,000 warnings of each kind and counts the rest by kind', () => {
    const all: Problem[] = [];
    for (let row = 2; row < 2 + 3_000; row++) all.push(problem('unsourced', row), problem('time-dropped', row));
    all.push(problem('invalid-date', 9_999));
    const { problems, unlisted } = keptProblems(all);
    expect(problems[0]).toEqual(problem('invalid-date', 9_999));
    expect(problems.filter((p) => p.code === 'unsourced').map((p) => p.path)).toEqual(Array.from({ length: WARNINGS_LISTED }, (_, k) => `row ${k + 2}`));
    expect(problems).toHaveLength(1 + 2 * WARNINGS_LISTED);
    expect(unlisted).toEqual([
      { code: 'unsourced', count: 2_000, message: 'has no source: the event is shown marked "Unsourced"' },
      { code: 'time-dropped', count: 2_000, message: 'has a time without a time zone: only the day was kept' },
    ]);
  });

  it('keeps what the page is sent bounded at the event limit: one error per event listed, the rest counted', () => {
    const all: Problem[] = [];
    for (let row = 0; row < LIMITS.events; row++) all.push(problem('invalid-date', row), problem('unknown-actor', row), problem('unsourced', row));
    const { problems, unlisted } = keptProblems(all);
    expect(problems).toHaveLength(ERRORS_LISTED + WARNINGS_LISTED);
    expect(ERRORS_LISTED).toBe(LIMITS.events);
    expect(unlisted).toEqual([
      { code: 'invalid-date', count: LIMITS.events / 2, message: enProblemTexts.problems['invalid-date'] },
      { code: 'unknown-actor', count: LIMITS.events / 2, message: enProblemTexts.problems['unknown-actor'] },
      { code: 'unsourced', count: LIMITS.events - WARNINGS_LISTED, message: enProblemTexts.problems.unsourced },
    ]);
  });
});
