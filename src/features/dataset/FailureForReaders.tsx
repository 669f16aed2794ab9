import type { NotTextKind } from '../../shared/dataset/problem.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';

/**
 * A failure an embed says without the full page's advice (failureForReaders): a file refused for
 * what it is (a workbook, an image…), in an encoding or a layout the app does not read, or a web
 * page given for the data.
 */
export type ReadersFailure = { key: 'workbook' | 'notText'; what: NotTextKind } | { key: 'wrongEncoding' | 'unknownLayout' | 'html' };

/**
 * Why the data cannot be shown, as an embed says it: what is wrong, not what to open, save or
 * give instead, which an article's reader cannot do (its author can, on the full page).
 */
export function FailureForReaders({ failure }: { failure: ReadersFailure }) {
  const { t } = useI18n();
  const m = (t.problemTexts ?? enProblemTexts).problemDetails;
  const r = m.forReaders;
  if (failure.key === 'html') return <>{r.html}</>;
  return <>{t.loadErrors.notRead(failure.key === 'workbook' || failure.key === 'notText' ? r[failure.key](m.fileKinds[failure.what]) : r[failure.key])}</>;
}
