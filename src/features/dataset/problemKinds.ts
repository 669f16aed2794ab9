import type { Problem, ProblemCode } from '../../shared/dataset/problem.ts';

/** A kind of problem in a list, and how many of the list are of it. */
interface ProblemKind {
  code: ProblemCode;
  count: number;
}

/** The kinds among `problems`, the most frequent first (a tie in the order first met): what an author fixes in one go. */
export function problemKinds(problems: readonly Problem[]): ProblemKind[] {
  const counts = new Map<ProblemCode, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  // Map keeps the order first met, and sort is stable.
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}
