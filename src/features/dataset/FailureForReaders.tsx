import type { NotTextKind } from '../../shared/dataset/problem.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';
import { placeText } from '../../shared/i18n/placeText.ts';
import type { LoadFailure } from './datasetError.ts';
import { readerProblemText } from './readerProblemText.ts';

/**
 * A failure an embed says without the full page's advice (failureForReaders): a file refused for
 * what it is (a workbook, an image…), in an encoding or a layout the app does not read, or a web
 * page given for the data.
 */
export type ReadersFailure =
  | { key: 'workbook' | 'notText'; what: NotTextKind }
  | { key: 'wrongEncoding' | 'unknownLayout' | 'html' }
  /** A file refused, or with no valid event, for a problem said as an embed's list says it (readerProblemText.ts: no "see template.csv", "use 2022-03-12"). */
  | { key: 'problem'; failure: Extract<LoadFailure, { why: 'notRead' | 'invalid' }> };

/**
 * Why the data cannot be shown, as an embed says it: what is wrong, not what to open, save or
 * give instead, which an article's reader cannot do (its author can, on the full page).
 */
export function FailureForReaders({ failure }: { failure: ReadersFailure }) {
  const { t } = useI18n();
  const m = (t.problemTexts ?? enProblemTexts).problemDetails;
  const r = m.forReaders;
  if (failure.key === 'html') return <>{r.html}</>;
  if (failure.key === 'problem') {
    const f = failure.failure;
    const p = f.problem!;
    const text = readerProblemText(p, t);
    if (f.why === 'notRead') return <>{t.loadErrors.notRead(text)}</>;
    // As loadFailureText says it: a problem of the whole file without its place.
    const said = p.path === '(file)' ? text : `${placeText(p.path, t)}: ${text}`;
    return <>{f.more > 0 ? t.loadErrors.invalidMore(said, new Intl.NumberFormat(t.locale.numbers).format(f.more)) : t.loadErrors.invalid(said)}</>;
  }
  return <>{t.loadErrors.notRead(failure.key === 'workbook' || failure.key === 'notText' ? r[failure.key](m.fileKinds[failure.what]) : r[failure.key])}</>;
}
