import { lazy, type ComponentType } from 'react';
import type { LoadFailure } from './datasetError.ts';
import { loadProblemsScript } from './loadProblemsScript.ts';
import type { ReadersFailure } from './FailureForReaders.tsx';

/** The failure as an embed says it without advice (FailureForReaders), or null where its message has none to leave out. */
export function failureForReaders(f: LoadFailure): ReadersFailure | null {
  if (f.why === 'html') return { key: 'html' };
  // A file refused, or with no valid event, for a problem the list says without advice too (readerProblemText.ts).
  if (f.why === 'invalid') return f.problem?.detail ? { key: 'problem', failure: f } : null;
  if (f.why !== 'notRead') return null;
  const { code, detail: d } = f.problem;
  if (d && (d.key === 'workbook' || d.key === 'notText')) return d;
  return code === 'wrong-encoding' ? { key: 'wrongEncoding' } : code === 'unknown-layout' ? { key: 'unknownLayout' } : d ? { key: 'problem', failure: f } : null;
}

type Props = { failure: ReadersFailure; /** The full page's message, said where the script cannot arrive (offline), advice and all. */ said: string };

/**
 * The message of a failure, in an embed, from the problems' script, where the English words are
 * (loadProblemsScript.ts). It suspends until they are there: the caller's Suspense shows its alert
 * once, whole.
 */
export const FailureForReadersOnDemand = lazy<ComponentType<Props>>(() =>
  loadProblemsScript().then(
    (m) => ({ default: m.FailureForReaders }),
    () => ({ default: ({ said }: Props) => <>{said}</> }),
  ),
);
