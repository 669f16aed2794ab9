import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { overviewLanePaths } from '../../../../src/features/timeline/layout/overviewDots.ts';
import { eventCenter } from '../../../../src/features/timeline/layout/timeScale.ts';
import { bundledModel, generatedModel } from '../timelineFixtures.ts';

const HEIGHT = 44;

/** The dots written plainly from the event objects: per sender's lane, the rounded x of each event's centre. */
function plainDots(frame: ReturnType<typeof chartFrame>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of frame.events) {
    if (!frame.lanesByActor.has(e.from)) continue;
    let set = out.get(e.from);
    if (!set) out.set(e.from, (set = new Set()));
    set.add(Math.round(frame.base(eventCenter(e))));
  }
  return out;
}

/** The x of each dot of a path ("M12,7.5h0M40,7.5h0" → [12, 40]). */
const xsOf = (d: string) => [...d.matchAll(/M(-?[\d.]+),/g)].map((m) => Number(m[1]));

describe('overviewLanePaths', () => {
  it('draws one dot per occupied pixel column of each sender’s lane, the same as the event objects say, at 19 events', () => {
    const model = bundledModel();
    const frame = chartFrame(model, model.events, 1200);
    const paths = overviewLanePaths(frame.index, frame.lanes, frame.base, frame.dims.innerWidth, HEIGHT);
    const plain = plainDots(frame);
    expect(paths.map((p) => p.id)).toEqual(frame.lanes.filter((l) => plain.has(l.actor.id)).map((l) => l.actor.id));
    for (const p of paths) expect(xsOf(p.d)).toEqual([...plain.get(p.id)!].sort((a, b) => a - b));
  });

  it('draws at most one dot per pixel column and lane at 100,000 events, each lane at its own height in its colour', () => {
    const model = generatedModel(100_000);
    const frame = chartFrame(model, model.events, 1000);
    const paths = overviewLanePaths(frame.index, frame.lanes, frame.base, frame.dims.innerWidth, HEIGHT);
    const plain = plainDots(frame);
    expect(paths).toHaveLength(plain.size);
    for (const p of paths) {
      const xs = xsOf(p.d);
      expect(xs).toEqual([...plain.get(p.id)!].sort((a, b) => a - b));
      expect(xs.length).toBeLessThanOrEqual(frame.dims.innerWidth + 1);
      expect(p.color).toBe(frame.lanesByActor.get(p.id)!.color);
    }
    const ys = paths.map((p) => /,([\d.]+)h0/.exec(p.d)![1]);
    expect(new Set(ys).size).toBe(paths.length);
  });

  it('leaves out events whose sender has no lane', () => {
    const model = bundledModel();
    const frame = chartFrame(model, model.events, 1200);
    const noLanes = overviewLanePaths(frame.index, [], frame.base, frame.dims.innerWidth, HEIGHT);
    expect(noLanes).toEqual([]);
  });
});
