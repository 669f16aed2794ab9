import type { Problem } from '../../shared/dataset/problem.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';
import { enProblemTexts, type ProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { problemDetailText } from '../../shared/i18n/problemDetailText.ts';
import { problemText } from './datasetError.ts';

const readerTexts = new WeakMap<ProblemTexts, ProblemTexts>();

/** A language's problem texts with each problem said as readers are told it (readerDetails) in place of the full page's. */
function forReaders(texts: ProblemTexts): ProblemTexts {
  let reader = readerTexts.get(texts);
  if (!reader) {
    const problemDetails: ProblemTexts['problemDetails'] = { ...texts.problemDetails, ...texts.readerDetails };
    readerTexts.set(texts, (reader = { ...texts, problemDetails }));
  }
  return reader;
}

/**
 * A problem as an embed's list says it (ProblemList.tsx): what is wrong and what is still shown,
 * without the advice only the file's author can follow ("save it as CSV UTF-8", "write the year in
 * full", "fill in … too"), which the full page says. A problem without such advice is said as there.
 */
export function readerProblemText(p: Problem, t: Messages): string {
  if (!p.detail) return problemText(p, t);
  const texts = t.problemTexts ?? enProblemTexts;
  const text = problemDetailText(p.detail, t, forReaders(texts));
  if (text === problemDetailText(p.detail, t, texts)) return problemText(p, t);
  return p.leftOut ? `${text}: ${texts.problemDetails.leftOut[p.leftOut]}` : text;
}
