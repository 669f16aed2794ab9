import type { ProblemDetail } from '../../shared/dataset/problem.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';

/** A file refused for what it is (a workbook, an image…): the problems an embed says without their advice. */
export type RefusedFileDetail = Extract<ProblemDetail, { key: 'workbook' | 'notText' }>;

/**
 * Why a file refused for what it is cannot be read, as an embed says it: what the file is, not
 * what to open or save instead, which an article's reader cannot do (its author can, on the full page).
 */
export function RefusedFileForReaders({ detail }: { detail: RefusedFileDetail }) {
  const { t } = useI18n();
  const m = (t.problemTexts ?? enProblemTexts).problemDetails;
  return <>{t.loadErrors.notRead(m.forReaders[detail.key](m.fileKinds[detail.what]))}</>;
}
