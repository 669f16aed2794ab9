import type { TimelineEvent } from '../../shared/model/timelineModel.ts';

interface Steps {
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
}

/**
 * The events Previous and Next lead to from `event` in `sequence` (the shown events, in time
 * order). An event outside the sequence (hidden by the filters) steps to its neighbours in time
 * among the shown ones. `newestFirst` (a list the reader sorted so): Next goes down the list as
 * shown, to the older event, and Previous up it.
 */
export function previousAndNext(sequence: readonly TimelineEvent[], event: Pick<TimelineEvent, 'id' | 'order'>, newestFirst = false): Steps {
  const steps = byDate(sequence, event);
  return newestFirst ? { previous: steps.next, next: steps.previous } : steps;
}

function byDate(sequence: readonly TimelineEvent[], event: Pick<TimelineEvent, 'id' | 'order'>): Steps {
  const at = sequence.findIndex((e) => e.id === event.id);
  if (at >= 0) return { previous: sequence[at - 1], next: sequence[at + 1] };
  const after = sequence.findIndex((e) => e.order > event.order);
  return after === -1 ? { previous: sequence[sequence.length - 1], next: undefined } : { previous: sequence[after - 1], next: sequence[after] };
}
