import type { EventKind } from '../../../shared/dataset/schema.ts';
import { EVENT_KINDS } from '../../../shared/dataset/vocabulary.ts';
import type { TimelineEvent } from '../../../shared/model/timelineModel.ts';

/** A cue the chart draws beside a kind's shape and a sender's colour (scene.ts), in the legend's order. */
export type LegendCue = 'window' | 'approximate' | 'unconfirmed' | 'disputed' | 'reply';

export interface LegendEntries {
  /** The kinds among the events, in the vocabulary's order. */
  kinds: EventKind[];
  cues: LegendCue[];
}

const CUES: readonly LegendCue[] = ['window', 'approximate', 'unconfirmed', 'disputed', 'reply'];

/**
 * What the legend explains: the kinds and cues the chart's events have, so that a TimelineJS file
 * of milestones is not told about letters, date windows and replies it has none of. The screen's
 * legend and the exported image's take it from the same events (the ones shown).
 */
export function legendEntries(events: readonly TimelineEvent[]): LegendEntries {
  const kinds = new Set<EventKind>();
  const cues = new Set<LegendCue>();
  for (const e of events) {
    kinds.add(e.kind);
    if (e.dateEnd !== undefined) cues.add('window');
    if (e.approximate) cues.add('approximate');
    const status = e.verification?.status;
    if (status === 'unconfirmed' || status === 'disputed') cues.add(status);
    if (e.inReplyTo && e.inReplyTo.length > 0) cues.add('reply');
  }
  return { kinds: EVENT_KINDS.filter((k) => kinds.has(k)), cues: CUES.filter((c) => cues.has(c)) };
}
