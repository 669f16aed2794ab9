import { useEffect, useId, useRef, type Ref } from 'react';
import type { EventKind } from '../../shared/dataset/schema.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { TimelineModel } from '../../shared/model/timelineModel.ts';
import { FilterBar } from './FilterBar.tsx';
import { useBackCloses } from './useBackCloses.ts';
import { searches, type Filters } from './filters.ts';

interface Props {
  model: TimelineModel;
  filters: Filters;
  counts: { agency: Map<string, number>; kind: Map<EventKind, number> };
  shownCount: number;
  onChange: (next: Filters, opts?: { replace?: boolean }) => void;
  open: boolean;
  /** The sheet was closed (Escape, its button, Back): the page gives the focus back to FilterSheetButton. */
  onClose: () => void;
  /** On the full page, Back closes the sheet (not in an embed, which adds nothing to the reader's history). */
  history: boolean;
}

/** How many filters are set (a role alone narrows nothing). */
const activeFilterCount = (f: Filters) => f.agencies.length + f.kinds.length + (searches(f) ? 1 : 0) + (f.from ? 1 : 0) + (f.to ? 1 : 0);

/**
 * The filters folded into one control, where there is no room for them above the chart (a phone,
 * an embed): "Filters · 7 of 19 events" opens them in a sheet. The button moves with the view (in
 * the chart's toolbar, above the list or the "no events" state); the sheet stays where it is in
 * the page, so that a filter that empties the view, or fills it again, leaves it open.
 */
export function FilterSheetButton({ model, filters, shownCount, onOpen, className, ref }: Pick<Props, 'model' | 'filters' | 'shownCount'> & { onOpen: () => void; className: string; ref: Ref<HTMLButtonElement> }) {
  const active = activeFilterCount(filters);
  const { t, f } = useI18n();
  return (
    <button type="button" className={`btn btn-small ${className}`} aria-haspopup="dialog" onClick={onOpen} ref={ref}>
      {t.filters.folded(active > 0 ? f.count(active) : null, f.count(shownCount), f.count(model.events.length), f.plural(t.events, model.events.length))}
    </button>
  );
}

export function FilterSheet({ model, filters, counts, shownCount, onChange, open, onClose, history }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const { t, f } = useI18n();
  // The filters exist in the page once: in the sheet only while it is open.
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);
  useBackCloses(open && history, ref);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      // Escape closes the sheet with the filters as they stand, as its button does: in the search
      // box, Chromium would first wipe the words typed and keep the sheet open.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.target instanceof HTMLInputElement && e.target.type === 'search') {
          e.preventDefault();
          ref.current?.close();
        }
      }}
      aria-labelledby={headingId}
      className="filter-sheet mx-auto mt-auto mb-0 max-h-[85vh] w-full max-w-lg overflow-y-auto rounded-t-lg border-2 border-line bg-bg p-4 text-fg backdrop:bg-black/40 sm:mb-auto sm:rounded-lg"
    >
      {open && (
        <>
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id={headingId} className="text-lg font-semibold">
              {t.filters.label}
            </h2>
            <button type="button" className="btn btn-small btn-primary" onClick={() => ref.current?.close()}>
              {t.filters.showEvents(f.plural(t.events, shownCount))}
            </button>
          </div>
          <FilterBar model={model} filters={filters} counts={counts} shownCount={shownCount} onChange={(next) => onChange(next, { replace: true })} layout="sheet" />
        </>
      )}
    </dialog>
  );
}
