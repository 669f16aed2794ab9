import type { Format } from '../../shared/i18n/format.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';

/**
 * What a partly valid dataset's problems come to: events left out, or every event shown despite
 * them. `short`: the same in one line of a 300-pixel frame (an embed's folded notice).
 */
export function problemsSummary(counts: { problemCount: number; eventCount: number; droppedEvents: number }, t: Messages, f: Format, short = false): string {
  const problems = f.plural(t.dataset.problems, counts.problemCount);
  if (counts.droppedEvents === 0) return short ? t.dataset.allShownShort(problems) : t.dataset.allShown(problems);
  const dropped = f.count(counts.droppedEvents);
  const total = f.count(counts.eventCount);
  return short ? t.dataset.leftOutShort(dropped, total) : t.dataset.leftOut(dropped, total);
}
