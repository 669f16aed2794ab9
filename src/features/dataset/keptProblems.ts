import { LIMITS } from '../../shared/dataset/limits.ts';
import { WARNINGS, type LeftOut, type Problem, type ProblemCode } from '../../shared/dataset/problem.ts';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { inFileOrder } from '../../shared/import/problemOrder.ts';

/**
 * Warnings of one kind listed one by one (in the panel and its downloaded list); the rest of that
 * kind are counted. A sheet without a source column has a warning on every row: a thousand say
 * where, the count says how many more.
 */
export const WARNINGS_LISTED = 1_000;

/** Problems (and notices) a page shows before "and N more". */
export const MAX_SHOWN_PROBLEMS = 20;

/**
 * Errors listed one by one: as many as the file may hold events. Each left out or changed
 * something, so every one is listed; only a file with several errors per event at the event limit
 * has some counted instead, which keeps what the page receives bounded.
 */
export const ERRORS_LISTED = LIMITS.events;

/** Problems of one kind that are counted, not listed one by one. */
export interface UnlistedProblems {
  code: ProblemCode;
  count: number;
  /** What each of them left out (Problem.leftOut): counted apart from those of the kind that left nothing out. */
  leftOut?: LeftOut;
  /** The kind in English, as the English interface shows it (other languages say it from their catalogue). */
  message: string;
}

/** The problems the page is sent: those listed one by one, and how many more of each kind. */
interface KeptProblems {
  /** Every error (in file order), then the warnings (in file order, at most WARNINGS_LISTED of each kind). */
  problems: Problem[];
  /** The rest, by kind (and what they left out): errors' kinds first, each in the order first met. */
  unlisted: UnlistedProblems[];
}

/**
 * What to list of every problem found: the errors first, since each one left out or changed an
 * event, so that an author finds them before a hundred thousand notes that rows have no source;
 * each in the file's order (inFileOrder), the importer's among the validator's.
 */
export function keptProblems(all: readonly Problem[]): KeptProblems {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const listedOfKind = new Map<ProblemCode, number>();
  const unlistedErrors = new Map<string, UnlistedProblems>();
  const unlistedWarnings = new Map<string, UnlistedProblems>();
  const count = (into: Map<string, UnlistedProblems>, p: Problem) => {
    const key = `${p.code} ${p.leftOut ?? ''}`;
    const counted = into.get(key);
    if (counted) counted.count++;
    else into.set(key, { code: p.code, count: 1, ...(p.leftOut ? { leftOut: p.leftOut } : {}), message: unlistedMessage(p.code, p.leftOut) });
  };
  for (const p of inFileOrder(all)) {
    if (WARNINGS.has(p.code)) {
      const listed = listedOfKind.get(p.code) ?? 0;
      if (listed < WARNINGS_LISTED) {
        listedOfKind.set(p.code, listed + 1);
        warnings.push(p);
      } else count(unlistedWarnings, p);
    } else if (errors.length < ERRORS_LISTED) errors.push(p);
    else count(unlistedErrors, p);
  }
  return { problems: errors.concat(warnings), unlisted: [...unlistedErrors.values(), ...unlistedWarnings.values()] };
}

/** A kind counted rather than listed, in English: `is required: their events were left out`. */
function unlistedMessage(code: ProblemCode, leftOut: Problem['leftOut']): string {
  const kind = enProblemTexts.problems[code];
  return leftOut ? `${kind}: ${enProblemTexts.problemDetails.leftOutEach[leftOut]}` : kind;
}
