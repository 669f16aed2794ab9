import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../../src/features/timeline/layout/legendEntries.ts';
import { bundledModel, syntheticModel } from '../timelineFixtures.ts';

const actors = [{ id: 'a', name: 'A' }];

describe('legendEntries', () => {
  it('explains every kind and cue the bundled dataset has, in the vocabulary’s order', () => {
    expect(legendEntries(bundledModel().events)).toEqual({
      kinds: ['letter', 'social-post', 'statement', 'press-report', 'sanction', 'milestone'],
      cues: ['window', 'approximate', 'unconfirmed', 'reply'],
    });
  });

  it('tells a timeline of milestones about milestones only, and about no window, doubt or reply it does not have', () => {
    const model = syntheticModel(actors, [
      { id: 'm1', date: '1957-10-04', from: 'a', kind: 'milestone' },
      { id: 'm2', date: '1969-07-20', from: 'a', kind: 'milestone' },
    ]);
    expect(legendEntries(model.events)).toEqual({ kinds: ['milestone'], cues: [] });
  });

  it('finds each cue on the event that has it: a window, an approximate date, a doubt, a reply', () => {
    const model = syntheticModel(actors, [
      { id: 'w', date: '2022-03-01', dateEnd: '2022-03-09', from: 'a' },
      { id: 'd', date: '2022-03-02', from: 'a', kind: 'letter', verification: { status: 'disputed' } },
      { id: 'r', date: '2022-03-03', from: 'a', inReplyTo: ['d'] },
      { id: 'x', date: '2022-03-04', from: 'a', approximate: true },
    ]);
    expect(legendEntries(model.events)).toEqual({ kinds: ['letter', 'statement'], cues: ['window', 'approximate', 'disputed', 'reply'] });
  });

  it('explains only what the events shown have: filtered to one event, its kind alone', () => {
    const model = bundledModel();
    const one = model.events.filter((e) => e.id === 'biden-sanctions');
    expect(legendEntries(one).kinds).toEqual(['sanction']);
  });
});
