import type { Format } from '../../shared/i18n/format.ts';
import type { Messages } from '../../shared/i18n/catalogues/en.ts';

/** What a partly valid dataset's problems come to: events left out, or every event shown despite them. */
export function problemsSummary(counts: { problemCount: number; eventCount: number; droppedEvents: number }, t: Messages, f: Format): string {
  return counts.droppedEvents > 0 ? t.dataset.leftOut(f.count(counts.droppedEvents), f.count(counts.eventCount)) : t.dataset.allShown(f.plural(t.dataset.problems, counts.problemCount));
}
