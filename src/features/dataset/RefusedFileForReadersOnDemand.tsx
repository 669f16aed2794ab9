import { lazy, type ComponentType } from 'react';
import type { LoadFailure } from './datasetError.ts';
import { loadProblemsScript } from './loadProblemsScript.ts';
import type { RefusedFileDetail } from './RefusedFileForReaders.tsx';

/** The failure's problem when it is a file refused for what it is (RefusedFileForReaders), else null. */
export function refusedFileDetail(f: LoadFailure): RefusedFileDetail | null {
  const d = f.why === 'notRead' ? f.problem.detail : undefined;
  return d && (d.key === 'workbook' || d.key === 'notText') ? d : null;
}

type Props = { detail: RefusedFileDetail; /** The full page's message, said where the script cannot arrive (offline), advice and all. */ said: string };

/**
 * The message of a file refused for what it is, in an embed, from the problems' script, where the
 * English words are (loadProblemsScript.ts). It suspends until they are there: the caller's
 * Suspense shows its alert once, whole.
 */
export const RefusedFileForReadersOnDemand = lazy<ComponentType<Props>>(() =>
  loadProblemsScript().then(
    (m) => ({ default: m.RefusedFileForReaders }),
    () => ({ default: ({ said }: Props) => <>{said}</> }),
  ),
);
