import type { Problem } from '../../shared/dataset/problem.ts';
import type { UnlistedProblems } from './keptProblems.ts';
import { en, type Messages } from '../../shared/i18n/catalogues/en.ts';
import { placeText } from '../../shared/i18n/placeText.ts';

export type DatasetErrorKind =
  | 'not-found'
  | 'server'
  | 'timeout'
  | 'html'
  | 'truncated'
  | 'not-json'
  | 'invalid'
  | 'too-large'
  | 'network'
  | 'cors'
  | 'offline'
  | 'refused';

/** Why loading failed, with what the message needs: written in words by `loadFailureText`, in any language. */
export type LoadFailure =
  | { why: 'notFound' | 'server'; status: number }
  | { why: 'timeout'; seconds: number }
  | { why: 'tooLarge' | 'fileTooLarge'; megabytes: number }
  | { why: 'cors'; host: string }
  | { why: 'redirectRefused'; to: string; refusal: 'not-https' | 'invalid' | { allowed: string[] } }
  | { why: 'cspRefused' | 'noImporter' | 'fileChanged' | 'html' | 'cutOff' | 'closedEarly' | 'offline' | 'cancelled' | 'readFailed' | 'noReader' | 'unreachable' | 'redirectFailed' }
  | { why: 'notADataset'; problem: Problem | null }
  | { why: 'notRead'; problem: Problem }
  | { why: 'invalid'; problem: Problem | null; more: number };

/**
 * A problem in the interface's words: in English as the validator or the importer wrote it; in
 * another language from its catalogue, with its values (`detail`) where it has them, else by its code.
 */
export function problemText(p: Problem, t: Messages): string {
  if (!t.problemTexts) return p.message;
  const text = p.detail && t.problemDetail ? t.problemDetail(p.detail, t, t.problemTexts) : t.problemTexts.problems[p.code];
  return p.leftOut ? `${text}: ${t.problemTexts.problemDetails.leftOut[p.leftOut]}` : text;
}

/** A kind of problem counted rather than listed, in the interface's words, saying what they left out if they did. */
export function unlistedText(u: UnlistedProblems, t: Messages): string {
  if (!t.problemTexts) return u.message;
  const kind = t.problemTexts.problems[u.code];
  return u.leftOut ? `${kind}: ${t.problemTexts.problemDetails.leftOutEach[u.leftOut]}` : kind;
}

/** Whether two problems are the same one (the failure's and the list's are separate copies once posted by the worker). */
const sameProblem = (a: Problem, b: Problem) => a.code === b.code && a.path === b.path && a.message === b.message;

/** The problem the error's message says (loadFailureText), or null. */
export function problemSaid(error: DatasetError): Problem | null {
  const f = error.failure;
  return f.why === 'notRead' || f.why === 'notADataset' || f.why === 'invalid' ? f.problem : null;
}

/** The error's problems but the one its message already says, for the list under that message. */
export function problemsBesideMessage(error: DatasetError): Problem[] {
  const said = problemSaid(error);
  return said ? error.problems.filter((p) => !sameProblem(p, said)) : error.problems;
}

/** The reader's message for a failure, in the catalogue's language. */
export function loadFailureText(f: LoadFailure, t: Messages): string {
  const m = t.loadErrors;
  // A problem of the whole file is said without its place: "(file): the dataset has no events" named no place at all.
  const problem = (p: Problem | null) => (p ? (p.path === '(file)' ? problemText(p, t) : `${placeText(p.path, t)}: ${problemText(p, t)}`) : m.unreadable);
  const numbers = new Intl.NumberFormat(t.locale.numbers);
  switch (f.why) {
    case 'notFound':
    case 'server':
      return m[f.why](String(f.status));
    case 'timeout':
      return m.timeout(numbers.format(f.seconds));
    case 'tooLarge':
    case 'fileTooLarge':
      return m[f.why](numbers.format(f.megabytes));
    case 'cors':
      return m.cors(f.host);
    case 'redirectRefused': {
      const reason = f.refusal === 'invalid' ? t.dataset.notAnAddress : f.refusal === 'not-https' ? t.dataset.onlyHttps : t.dataset.onlyFrom(f.refusal.allowed.join(', '));
      return m.redirectRefused(f.to, reason);
    }
    case 'notRead':
      return m.notRead(problemText(f.problem, t));
    case 'notADataset':
      return m.notADataset(f.problem ? problemText(f.problem, t) : m.unreadable);
    case 'invalid':
      return f.more > 0 ? m.invalidMore(problem(f.problem), numbers.format(f.more)) : m.invalid(problem(f.problem));
    default:
      return m[f.why];
  }
}

/** What the dataset's author can do about a failure of the address, when the message alone does not say it. */
export function nextStepText(f: LoadFailure, t: Messages): string | null {
  const why = f.why;
  switch (why) {
    case 'notFound':
    case 'server':
    case 'cors':
    case 'unreachable':
    case 'timeout':
      return t.loadErrors.next[why];
    default:
      return null;
  }
}

/**
 * The error as a DatasetError, also when it was made by another copy of this module (a script
 * loaded on demand carries its own, and `instanceof` tells classes of different copies apart).
 */
export function asDatasetError(error: unknown): DatasetError | null {
  if (error instanceof DatasetError) return error;
  if (!(error instanceof Error) || error.name !== 'DatasetError') return null;
  const e = error as Error & { failure?: unknown; problems?: unknown };
  return typeof e.failure === 'object' && e.failure !== null && Array.isArray(e.problems) ? (error as DatasetError) : null;
}

/** A failure to load a dataset; `message` is the English text (logs, tests), `failure` says it in any language. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly failure: LoadFailure;
  /** The file's problems listed one by one (keptProblems.ts)… */
  readonly problems: Problem[];
  /** …and those counted by kind instead. */
  readonly unlisted: UnlistedProblems[];
  constructor(kind: DatasetErrorKind, failure: LoadFailure, problems: Problem[] = [], unlisted: UnlistedProblems[] = []) {
    super(loadFailureText(failure, en));
    this.name = 'DatasetError';
    this.kind = kind;
    this.failure = failure;
    this.problems = problems;
    this.unlisted = unlisted;
  }
}
