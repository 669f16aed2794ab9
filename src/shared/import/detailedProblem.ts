import type { LeftOut, Problem, ProblemCode, ProblemDetail } from '../dataset/problem.ts';
import { en } from '../i18n/catalogues/en.ts';
import { problemDetailText } from '../i18n/problemDetailText.ts';
import { enProblemTexts } from '../i18n/problemTexts.ts';

/** A problem whose message comes from the catalogues: in English as written (the CLI, the English interface), any language from its detail. */
export function detailedProblem(code: ProblemCode, path: string, detail: ProblemDetail): Problem {
  return { code, path, message: problemDetailText(detail, en, enProblemTexts), detail };
}

/** A problem that left its event (or actor, or value) out, saying so: `events[3].dateEnd: "2022-03-01" is before date "2022-04-02": the event was left out`. */
export function leftOut(p: Problem, what: LeftOut): Problem {
  return { ...p, message: `${p.message}: ${enProblemTexts.problemDetails.leftOut[what]}`, leftOut: what };
}
