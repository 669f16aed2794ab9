import { describe, expect, it } from 'vitest';
import { LANE_HEADER, LANE_PADDING, ROW_STEP, layoutLanes, usedActors } from '../../../../src/features/timeline/layout/lanes.ts';
import { PALETTE } from '../../../../src/shared/palette.ts';
import type { Actor } from '../../../../src/shared/dataset/schema.ts';
import { bundledModel, layoutAt } from '../timelineFixtures.ts';

const actors = (...ids: string[]): Actor[] => ids.map((id) => ({ id, name: id.toUpperCase() }));

describe('layoutLanes', () => {
  it('makes one lane per used actor of the bundled dataset, in dataset order, with none for JAXA', () => {
    const model = bundledModel();
    expect(model.actors.map((a) => a.id)).toContain('jaxa');
    const { lanes } = layoutLanes(model.actors, usedActors(model.events), new Map());
    expect(lanes.map((l) => l.actor.id)).toEqual(['roscosmos', 'nasa', 'esa', 'csa', 'us-gov', 'press']);
    expect(lanes.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps the colours the bundled dataset gives its actors', () => {
    const model = bundledModel();
    const { lanes } = layoutLanes(model.actors, usedActors(model.events), new Map());
    expect(lanes.map((l) => l.color)).toEqual(['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#7A7A7A']);
  });

  it('stacks the bundled lanes at 1200 px: two rows for Roscosmos and NASA, one for the others', () => {
    const { rows, lanes, dims } = layoutAt(bundledModel(), bundledModel().events, 1200);
    expect(Object.fromEntries(rows)).toEqual({ 'us-gov': 1, roscosmos: 2, nasa: 2, csa: 1, esa: 1, press: 1 });
    expect(lanes.map((l) => [l.actor.id, l.y, l.height, l.rowY])).toEqual([
      ['roscosmos', 0, 76, 36],
      ['nasa', 76, 76, 112],
      ['esa', 152, 54, 188],
      ['csa', 206, 54, 242],
      ['us-gov', 260, 54, 296],
      ['press', 314, 54, 350],
    ]);
    expect(dims.innerHeight).toBe(368);
    expect(dims.height).toBe(406);
  });

  it('gives an actor without a colour the palette colour of its position among all actors, used or not', () => {
    const { lanes } = layoutLanes(actors('a', 'b', 'c', 'd'), new Set(['a', 'c', 'd']), new Map());
    expect(lanes.map((l) => [l.actor.id, l.color])).toEqual([
      ['a', PALETTE[0]],
      ['c', PALETTE[2]],
      ['d', PALETTE[3]],
    ]);
    expect(lanes.map((l) => l.color)).toEqual(['#0072B2', '#009E73', '#CC79A7']);
  });

  it('starts the palette over after eight actors', () => {
    const all = actors('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10');
    const { lanes } = layoutLanes(all, new Set(['a8', 'a9', 'a10']), new Map());
    expect(lanes.map((l) => l.color)).toEqual(['#F0E442', '#0072B2', '#D55E00']);
  });

  it('prefers the colour the actor declares over the palette', () => {
    const list: Actor[] = [{ id: 'a', name: 'A', color: '#123456' }, { id: 'b', name: 'B' }];
    const { lanes } = layoutLanes(list, new Set(['a', 'b']), new Map());
    expect(lanes.map((l) => l.color)).toEqual(['#123456', '#D55E00']);
  });

  it('makes a lane taller by 22 px for each row of stacked marks', () => {
    expect([LANE_HEADER, LANE_PADDING, ROW_STEP]).toEqual([18, 14, 22]);
    const { lanes, height } = layoutLanes(actors('a', 'b', 'c'), new Set(['a', 'b', 'c']), new Map([['a', 1], ['b', 3], ['c', 4]]));
    expect(lanes.map((l) => l.height)).toEqual([54, 98, 120]);
    expect(lanes.map((l) => l.y)).toEqual([0, 54, 152]);
    expect(height).toBe(272);
  });

  it('puts the first row 36 px below the top of its lane', () => {
    const { lanes } = layoutLanes(actors('a', 'b'), new Set(['a', 'b']), new Map([['a', 2]]));
    expect(lanes.map((l) => l.rowY)).toEqual([36, 76 + 36]);
  });

  it('gives a lane one row when its actor has no count or a count of 0', () => {
    const { lanes } = layoutLanes(actors('a', 'b'), new Set(['a', 'b']), new Map([['b', 0]]));
    expect(lanes.map((l) => l.height)).toEqual([54, 54]);
  });

  it('has no lane and no height when no actor is used', () => {
    expect(layoutLanes(actors('a', 'b'), new Set(), new Map())).toEqual({ lanes: [], height: 0 });
  });
});

describe('usedActors', () => {
  it('stops reading once it has found as many actors as there are, with the same answer', () => {
    const events = [{ from: 'a', to: ['b'] }, { from: 'b', to: ['a'] }, { from: 'c', to: [] }, { from: 'a', to: ['c'] }];
    const read: number[] = [];
    const watched = events.map((e, i) => ({ get from() { read.push(i); return e.from; }, to: e.to }));
    expect([...usedActors(watched, 3)].sort()).toEqual(['a', 'b', 'c']);
    expect(read).toEqual([0, 1, 2]);
    expect([...usedActors(events, 4)].sort()).toEqual([...usedActors(events)].sort());
  });

  it('includes the recipients as well as the senders', () => {
    expect([...usedActors([{ from: 'a', to: ['b', 'c'] }, { from: 'd', to: [] }])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds the six actors of the bundled dataset, and not JAXA', () => {
    expect([...usedActors(bundledModel().events)].sort()).toEqual(['csa', 'esa', 'nasa', 'press', 'roscosmos', 'us-gov']);
  });

  it('keeps an actor that only receives: ESA once its own letter is filtered out', () => {
    const events = bundledModel().events.filter((e) => e.from !== 'esa');
    expect(usedActors(events).has('esa')).toBe(true);
    const statements = bundledModel().events.filter((e) => e.kind === 'statement');
    expect([...usedActors(statements)].sort()).toEqual(['nasa', 'roscosmos']);
  });
});
