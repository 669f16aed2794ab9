import { useId, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { holdSearch, setTypedSearch } from './typedSearch.ts';

/**
 * The search box while a big file's first view is drawn (about a second at 100,000 events), shown
 * where the reader was typing in it as the file came in: it takes the focus and the keys, which
 * before went nowhere, and hands them to the view's box (FilterBar) as it leaves.
 */
export function SearchStandIn({ initial }: { initial: string }) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    // Run as it leaves, before its box is taken out of the page: focus is still in it if the reader was.
    return () => holdSearch({ text: input.value, focused: document.activeElement === input });
  }, []);
  return (
    <div className="flex items-center gap-1.5 pt-3 text-sm">
      <label htmlFor={id} className="font-semibold">
        {t.filters.search}
      </label>
      <input
        id={id}
        ref={ref}
        type="search"
        className="field w-56 max-w-full lg:w-[22rem]"
        // Not a controlled box: a render for each key would restart the drawing of the view.
        defaultValue={initial}
        placeholder={t.filters.searchPlaceholder}
        dir="auto"
        // Read by another file opened meanwhile (useOpenFile.ts).
        onChange={(e) => setTypedSearch(e.target.value)}
      />
    </div>
  );
}
