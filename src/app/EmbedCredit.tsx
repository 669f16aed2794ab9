import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../shared/i18n/I18n.tsx';
import { DataCredit } from './DataCredit.tsx';

type Props = { credit: string | undefined; creditLang: string | undefined; label: string };

/**
 * An embed's foot: the dataset's credit (its sources), then where it was loaded from, both as the
 * full page says them. Held at the frame's foot where the frame is shorter than its content (a
 * fixed-height frame without embed.js): the sources stay in sight, not past the chart, which a
 * wheel scrolls the article over. In a frame at most 30rem tall it is one line (index.css), cut with
 * "More", which shows it whole until "Less" or Escape: on two lines at 300×250 it covered the
 * chart's lowest 39 px. Cut or not, a screen reader reads it whole.
 */
export function EmbedCredit({ credit, creditLang, label }: Props) {
  const { t } = useI18n();
  const id = useId();
  const line = useRef<HTMLParagraphElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    const el = line.current!;
    // jsdom has none: there nothing is ever cut.
    if (typeof ResizeObserver === 'undefined') return;
    // Measured folded: open, it is whole, and its button stays (with the focus on it).
    const observer = new ResizeObserver(() => el.classList.contains('embed-credit') && setCut(el.scrollWidth > el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [credit, label, t]);
  return (
    <footer className="sticky bottom-0 z-20 -mx-2 mt-1 flex items-baseline gap-2 border-t border-line bg-bg px-2 pt-0.5 pb-1 text-xs text-muted print:static print:border-0">
      <p ref={line} id={id} dir="auto" className={`min-w-0 flex-1 ${open ? '' : 'embed-credit'}`}>
        {credit && <DataCredit credit={credit} lang={creditLang} />}
        {credit && label && ' · '}
        {label}
      </p>
      {cut && (
        <button
          type="button"
          className="embed-credit-more link-button -my-1 shrink-0 px-1 print:hidden"
          aria-label={open ? undefined : t.app.moreCredit}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          onKeyDown={(e) => {
            // Escape folds it (the focus stays here), not the panel or anything else the frame has open.
            if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          {open ? t.app.less : t.app.more}
        </button>
      )}
    </footer>
  );
}
