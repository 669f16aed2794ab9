import { Suspense, useId, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { LazyEmbedDialogBody } from './loadEmbedDialog.ts';

/**
 * "Embed": a button and the dialog it opens. What the dialog holds (the form and the snippet) is a
 * script of its own, loaded the first time a reader opens it.
 */
export function EmbedDialog({
  title,
  currentUrl,
  empty,
}: {
  title: string;
  /** The page's address now (same-origin, absolute). */
  currentUrl: () => string;
  /** The view shows no events: the code would embed an empty timeline, which the dialog says. */
  empty: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const headingId = useId();
  const emptyId = useId();
  const { t } = useI18n();
  const open = () => {
    setPageUrl(currentUrl());
    ref.current?.showModal();
    // The Height field, as on the first opening, when the form focuses it as it appears: not
    // whichever control the browser finds first.
    field.current?.focus();
  };
  return (
    <>
      <button type="button" className="btn btn-small" onClick={open}>
        {t.embed.button}
      </button>
      <dialog ref={ref} aria-labelledby={headingId} aria-describedby={empty ? emptyId : undefined} className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-md border-2 border-line bg-bg p-4 text-fg backdrop:bg-black/40">
        <h2 id={headingId} className="text-lg font-semibold">
          {t.embed.heading}
        </h2>
        {/* The dialog's description, said as the focus enters it. */}
        {empty && (
          <p id={emptyId} className="mt-2 rounded-md border-2 border-danger p-2 text-sm">
            {t.embed.emptyView}
          </p>
        )}
        {pageUrl !== null && (
          <Suspense fallback={<p className="mt-1 text-sm text-muted">{t.app.loadingPart(t.embed.heading)}</p>}>
            <LazyEmbedDialogBody key={pageUrl} title={title} pageUrl={pageUrl} onClose={() => ref.current?.close()} fieldRef={field} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
