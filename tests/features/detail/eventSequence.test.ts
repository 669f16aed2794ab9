import { describe, expect, it } from 'vitest';
import { previousAndNext } from '../../../src/features/detail/eventSequence.ts';
import type { TimelineEvent } from '../../../src/shared/model/timelineModel.ts';

/** Events in time order: `order` is the position among all events, shown or not. */
const all = ['a', 'b', 'c', 'd', 'e'].map((id, order) => ({ id, order }) as TimelineEvent);
const byId = (id: string) => all.find((e) => e.id === id)!;
const ids = (r: ReturnType<typeof previousAndNext>) => [r.previous?.id, r.next?.id];

describe('previousAndNext', () => {
  it('steps to the neighbours of a shown event', () => {
    expect(ids(previousAndNext(all, byId('c')))).toEqual(['b', 'd']);
  });

  it('has no previous for the first event and no next for the last', () => {
    expect(ids(previousAndNext(all, byId('a')))).toEqual([undefined, 'b']);
    expect(ids(previousAndNext(all, byId('e')))).toEqual(['d', undefined]);
  });

  it('steps from an event hidden by the filters to its neighbours in time among the shown', () => {
    const shown = [byId('a'), byId('b'), byId('e')];
    expect(ids(previousAndNext(shown, byId('c')))).toEqual(['b', 'e']);
    expect(ids(previousAndNext(shown, byId('d')))).toEqual(['b', 'e']);
  });

  it('steps from a hidden event before or after every shown one to the nearest end', () => {
    const shown = [byId('b'), byId('c')];
    expect(ids(previousAndNext(shown, byId('a')))).toEqual([undefined, 'b']);
    expect(ids(previousAndNext(shown, byId('e')))).toEqual(['c', undefined]);
  });

  it('has nowhere to go when nothing is shown', () => {
    expect(ids(previousAndNext([], byId('c')))).toEqual([undefined, undefined]);
  });

  it('newest first (a list sorted so), steps down the list as shown: Next to the older event, Previous to the newer', () => {
    expect(ids(previousAndNext(all, byId('c'), true))).toEqual(['d', 'b']);
    expect(ids(previousAndNext(all, byId('e'), true))).toEqual([undefined, 'd']);
    expect(ids(previousAndNext(all, byId('a'), true))).toEqual(['b', undefined]);
    // From a hidden event, to its neighbours among the shown, the same way round.
    expect(ids(previousAndNext([byId('a'), byId('b'), byId('e')], byId('c'), true))).toEqual(['e', 'b']);
  });
});
