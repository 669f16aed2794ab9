import type { LoadProgress } from './pipeline.ts';
import { describeProgress } from './loadProgress.ts';

/** Shown while the dataset is on its way; for a big file, how far it has got. */
export function LoadingState({ label, progress }: { label: string; progress?: LoadProgress | undefined }) {
  return (
    <div className="flex flex-col items-start gap-3 py-10">
      <p role="status" aria-live="polite" className="text-base">
        Loading {label}…
      </p>
      {/* Outside the live region: a screen reader is not told every tenth of a second. */}
      {progress && <p className="text-sm text-muted">{describeProgress(progress)}</p>}
      <progress className="h-2 w-64 max-w-full" aria-label={`Loading ${label}`} />
    </div>
  );
}
