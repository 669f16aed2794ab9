import { Suspense } from 'react';
import { asDatasetError, loadFailureText, nextStepText, problemSaid, problemsBesideMessage } from './datasetError.ts';
import { ProblemListOnDemand } from './ProblemListOnDemand.tsx';
import { DataPageHintOnDemand } from './DataPageHintOnDemand.tsx';
import type { AlertActions } from './DataPageHint.tsx';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { focusOpenFileButton } from '../openFile/openFileFocus.ts';
import { failureForReaders, FailureForReadersOnDemand } from './FailureForReadersOnDemand.tsx';

/**
 * Retry pressed: the button goes with this state, and the focus is never left on the page's body
 * (openFileFocus.ts): the loading state holds it, then Retry again if the dataset fails again, or
 * "Open a file" in the timeline's header if it comes.
 */
let retried = false;

interface Props {
  error: unknown;
  onRetry: () => void;
  /** Link back to the app on its bundled dataset; absent when the bundled dataset itself failed. */
  bundledHref?: string;
  sourceText: string;
  /** The address, when it may be a web page's whose data was meant (DATA_PAGE_HOSTS), and this page's address reading other data: said under the message (DataPageHint; without withNextStep, only where it links to the data). */
  dataPage?: { url: string; hrefWithData: (data: string) => string; goToData?: (data: string) => void };
  /** The alert's margins and padding (an embed's are smaller). */
  alertClass?: string;
  /** Where the buttons' row sits (in an embed, held at the frame's foot). */
  actionsClass?: string;
  /** Whether to say what the dataset's author can do next (not in an embed, whose readers cannot act on it: there, a refused file's or a web page's message says no advice either). */
  withNextStep?: boolean;
}

/** A load failure: what went wrong in plain words, Retry, and the way back to the bundled dataset. */
export function LoadErrorState({ error, onRetry, bundledHref, sourceText, dataPage, alertClass = 'my-6 p-4', actionsClass = 'mt-4', withNextStep = false }: Props) {
  const { t } = useI18n();
  const failure = asDatasetError(error);
  const message = failure ? loadFailureText(failure.failure, t) : t.loadErrors.unknown;
  // A web page's address gets its own hint (DataPageHint) instead.
  const next = failure && withNextStep && !dataPage ? nextStepText(failure.failure, t) : null;
  // Without that, a file refused for what it is, or a web page, is said without what to open or give instead (FailureForReaders).
  const forReaders = failure && !withNextStep ? failureForReaders(failure.failure) : null;
  // The problem the message names is not listed again below it.
  const problems = failure ? problemsBesideMessage(failure) : [];
  // The alert's buttons, after the hint's way forward if it has one (DataPageHint), which says how Retry is shown.
  const actions: AlertActions = ({ lead, retry }) => (
    <div className={`flex flex-wrap gap-3 ${actionsClass}`}>
      {lead}
      {retry !== 'none' && (
        <button
          type="button"
          ref={(el) => {
            if (el && retried) {
              retried = false;
              el.focus();
            }
          }}
          onClick={() => {
            retried = true;
            focusOpenFileButton();
            onRetry();
          }}
          className={retry === 'primary' ? 'btn btn-primary' : 'btn'}
        >
          {t.dataset.retry}
        </button>
      )}
      {bundledHref !== undefined && (
        <a href={bundledHref} className="btn">
          {t.dataset.openBundled}
        </a>
      )}
    </div>
  );
  return (
    // The alert is shown once its message is there, so that it is said once, whole.
    <Suspense fallback={null}>
      <div role="alert" className={`rounded-md border-2 border-danger bg-panel ${alertClass}`}>
        <h2 className="text-lg font-semibold">{t.dataset.couldNotLoad}</h2>
        {/* Where the data was asked for can be one long unbroken path: it breaks anywhere rather than widen the page. */}
        <p className="mt-1 text-sm text-muted wrap-anywhere" dir="auto">
          {sourceText}
        </p>
        <p className="mt-2 wrap-anywhere">{forReaders ? <FailureForReadersOnDemand failure={forReaders} said={message} /> : message}</p>
        {next && <p className="mt-1 text-sm">{next}</p>}
        {(problems.length > 0 || (failure?.unlisted.length ?? 0) > 0) && <ProblemListOnDemand problems={problems} unlisted={failure?.unlisted} said={failure && problemSaid(failure)} label={t.dataset.problemsInFile} forReaders={!withNextStep} />}
        {/* A web page's hint, then the buttons: its way forward first, Retry as it says (a page fails again on Retry). */}
        {dataPage ? <DataPageHintOnDemand {...dataPage} forReaders={!withNextStep} actions={actions} /> : actions({ retry: 'primary' })}
      </div>
    </Suspense>
  );
}
