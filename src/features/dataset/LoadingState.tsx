/** Shown while the dataset is on its way. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" className="flex flex-col items-start gap-3 py-10" aria-live="polite">
      <p className="text-base">Loading {label}…</p>
      <progress className="h-2 w-64 max-w-full" aria-label={`Loading ${label}`} />
    </div>
  );
}
