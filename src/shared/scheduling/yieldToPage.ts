/**
 * Gives the page a turn in the middle of long work (input, painting): `scheduler.yield` where the
 * browser has it, whose continuation runs before ordinary tasks, or else a new task.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
