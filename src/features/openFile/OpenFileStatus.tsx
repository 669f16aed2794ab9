import { useEffect } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enOpenFileTexts } from '../../shared/i18n/openFileTexts.ts';
import { asDatasetError, loadFailureText, problemSaid, problemsBesideMessage } from '../dataset/datasetError.ts';
import { describeProgress, progressBarValue } from '../dataset/loadProgress.ts';
import { ProblemList } from '../dataset/ProblemList.tsx';
import type { OpenFileState } from './openFileState.ts';
import { KEPT_FILE_BYTES } from './keptFiles.ts';

interface Props {
  loading: OpenFileState['loading'];
  failed: OpenFileState['failed'];
  lost?: OpenFileState['lost'];
  onCancel: () => void;
  onDismiss: () => void;
  /** Says a status in the page's live region (OpenFileLiveRegion.tsx), there before this was shown: a region shown with its words may not be read. */
  say: (text: string) => void;
}

/**
 * A file on its way (how far it has got, Cancel) or refused (why, in the importer's words, with
 * its problems), above the timeline shown before, which stays usable; or, after a reload, the
 * file this tab's history entry had open, which was closed or could not be found again (keptFiles.ts).
 */
export function OpenFileStatus({ loading, failed, lost = null, onCancel, onDismiss, say }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const o = t.openFileTexts ?? enOpenFileTexts;
  const { f } = i18n;
  const limit = f.count(KEPT_FILE_BYTES / 1024 / 1024);
  // In megabytes, or in bytes where those would read as the limit itself (16.0 MB for 16 MB and a byte).
  const sizeText = (size: number) => (f.bytes(size) === f.bytes(KEPT_FILE_BYTES) ? f.plural(o.bytes, size) : f.bytes(size));
  const lostText =
    lost && (lost.closed ? o.wasClosed(lost.name) : lost.size !== undefined && lost.size > KEPT_FILE_BYTES ? o.tooLargeKept(lost.name, sizeText(lost.size), limit) : o.notKept(lost.name, limit));
  // A refusal is an alert, read as it is shown.
  const said = loading ? t.app.opening(loading.name) : (lostText ?? '');
  useEffect(() => {
    if (!said) return;
    say(said);
    return () => say('');
  }, [said, say]);
  if (loading) {
    const label = t.app.opening(loading.name);
    const p = loading.progress;
    return (
      <div className="my-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-line bg-panel p-3 text-sm">
        {/* Said by the page's live region, not again here. */}
        <p dir="auto" className="wrap-anywhere">
          {label}
        </p>
        {/* Outside the live region: a screen reader is not told every tenth of a second. */}
        {p && <p className="text-muted">{describeProgress(p, i18n)}</p>}
        <progress className="h-2 w-48 max-w-full" aria-label={label} {...progressBarValue(p)} />
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {o.cancel}
        </button>
      </div>
    );
  }
  if (lostText) {
    return (
      // A status, said by the page's live region: not live itself, or it would be said twice.
      <div role="status" aria-live="off" className="my-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border-2 border-accent bg-panel p-3 text-sm">
        <p dir="auto" className="break-words">
          {lostText}
        </p>
        <button type="button" className="btn btn-small" onClick={onDismiss}>
          {t.app.dismiss}
        </button>
      </div>
    );
  }
  if (!failed) return null;
  const error = asDatasetError(failed.error);
  // The message names the problem that decided; the list gives the others, not that one again.
  const others = error ? problemsBesideMessage(error) : [];
  return (
    <div role="alert" className="my-2 rounded-md border-2 border-danger bg-panel p-3 text-sm">
      <h2 className="font-semibold">
        {o.couldNotOpen}: <span dir="auto" className="wrap-anywhere">{failed.name}</span>
      </h2>
      <p className="mt-1">{error ? loadFailureText(error.failure, t) : t.loadErrors.unknown}</p>
      {(others.length > 0 || (error?.unlisted.length ?? 0) > 0) && <ProblemList problems={others} unlisted={error?.unlisted} said={error && problemSaid(error)} label={t.dataset.problemsInFile} say={say} />}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <p className="text-muted">{o.keptPrevious}</p>
        <button type="button" className="btn btn-small" onClick={onDismiss}>
          {t.app.dismiss}
        </button>
      </div>
    </div>
  );
}
