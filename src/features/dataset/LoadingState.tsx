import { useLayoutEffect, type ReactNode } from 'react';
import { settleOpenFileFocus } from '../openFile/openFileFocus.ts';
import type { LoadProgress } from './pipeline.ts';
import { describeProgress, progressBarValue } from './loadProgress.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';

/**
 * Shown while the dataset is on its way (or, `label`, what is on its way); for a big file, how far it
 * has got. `live: false`: shown, not said (what comes of it is said instead). `children`: a way
 * out while it loads (a file by address that may never finish arriving).
 */
export function LoadingState({ from, progress, label: said, live = true, children }: { from: string | null; progress?: LoadProgress | undefined; label?: string; live?: boolean; children?: ReactNode }) {
  const i18n = useI18n();
  const label = said ?? i18n.t.dataset.loading(from);
  // Focus asked for while no view shows "Open a file" (after Retry) is held by the status below meanwhile.
  useLayoutEffect(settleOpenFileFocus, []);
  return (
    <div className="flex flex-col items-start gap-3 py-10">
      {/* Holds focus while the view that is to have it loads (openFileFocus.ts). */}
      <p role="status" aria-live={live ? 'polite' : 'off'} className="text-base" tabIndex={-1} data-focus-stand-in="">
        {label}
      </p>
      {/* Outside the live region: a screen reader is not told every tenth of a second. */}
      {progress && <p className="text-sm text-muted">{describeProgress(progress, i18n)}</p>}
      <progress className="h-2 w-64 max-w-full" aria-label={label} {...progressBarValue(progress)} />
      {children}
    </div>
  );
}
