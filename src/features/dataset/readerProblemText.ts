import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { enProblemTexts, type ProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { problemDetailText } from '../../shared/i18n/problemDetailText.ts';
import { problemText, unlistedText } from './datasetError.ts';
import type { UnlistedProblems } from './keptProblems.ts';

const readerTexts = new WeakMap<ProblemTexts, ProblemTexts>();

/** A language's problem texts with each problem said as readers are told it (readerDetails, readerProblems) in place of the full page's. */
function forReaders(texts: ProblemTexts): ProblemTexts {
  let reader = readerTexts.get(texts);
  if (!reader) {
    const problemDetails: ProblemTexts['problemDetails'] = { ...texts.problemDetails, ...texts.readerDetails };
    readerTexts.set(texts, (reader = { ...texts, problemDetails, problems: { ...texts.problems, ...texts.readerProblems } }));
  }
  return reader;
}

/**
 * A problem as an embed's list says it (ProblemList.tsx) and its downloaded list writes it: what is wrong
 * and what is still shown, without the advice only the file's author can follow ("save it as CSV UTF-8",
 * "write the year in full", "fill in … too"), which the full page says. A problem without such advice is said as there.
 */
export function readerProblemText(p: Problem, t: Messages): string {
  const texts = t.problemTexts ?? enProblemTexts;
  const reader = forReaders(texts);
  if (!p.detail) {
    // A problem without values is said by its kind, where the reader's words for it differ (a refused file's).
    if (reader.problems[p.code] === texts.problems[p.code]) return problemText(p, t);
    const kind = reader.problems[p.code];
    return p.leftOut ? `${kind}: ${texts.problemDetails.leftOut[p.leftOut]}` : kind;
  }
  const text = problemDetailText(p.detail, t, reader);
  if (text === problemDetailText(p.detail, t, texts)) return problemText(p, t);
  return p.leftOut ? `${text}: ${texts.problemDetails.leftOut[p.leftOut]}` : text;
}

/** A kind counted rather than listed, as an embed's list says it: a refused file's kind without what to save it as. */
export function readerUnlistedText(u: UnlistedProblems, t: Messages): string {
  const texts = t.problemTexts ?? enProblemTexts;
  const kind = forReaders(texts).problems[u.code];
  if (kind === texts.problems[u.code]) return unlistedText(u, t);
  return u.leftOut ? `${kind}: ${texts.problemDetails.leftOutEach[u.leftOut]}` : kind;
}
