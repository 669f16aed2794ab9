import { describe, expect, it } from 'vitest';
import { FLOOR_SPREAD_LIMIT, relativeTarget, target, targetLines, withCpu, withFloor, withHandover, withLeastChart, withPipeline, withSlicedChecks, withSlices, withSteadyFloor } from '../../bench/targets.ts';

describe('target', () => {
  it('passes a time at or under its limit and fails one over it', () => {
    expect(target('t', 1000, '<=', 1000, 'ms').pass).toBe(true);
    expect(target('t', 1000.5, '<=', 1000, 'ms').pass).toBe(false);
  });

  it('passes a ratio at or over its limit and fails one under it', () => {
    expect(target('r', 10, '>=', 10, '×').pass).toBe(true);
    expect(targetLines(target('r', 9.9, '>=', 10, '×'))).toEqual(['FAIL  r: ×9.90 (target >= ×10)']);
    expect(target('r', 9.9, '>=', 10, '×').pass).toBe(false);
  });

  it('neither passes nor fails a figure that was not measured', () => {
    expect(target('t', null, '<=', 1000, 'ms').pass).toBeNull();
    expect(target('t', undefined, '<=', 1000, 'ms').value).toBeNull();
    expect(targetLines(target('t', null, '<=', 1000, 'ms'))).toEqual(['SKIP  t: not measured (target <= 1000 ms)']);
  });
});

describe('withFloor', () => {
  it('judges the floor by the page with React when it ran, and names both times', () => {
    const t = withFloor(target('bundled: interactive', 655, '<=', 400, 'ms'), 168, 412);
    expect(t.pass).toBe(false);
    expect(t.floor).toEqual({ value: 412, pass: false, how: 'fetch + JSON.parse 168 ms; the same with React 412 ms' });
    expect(targetLines(t)).toEqual([
      'FAIL  bundled: interactive: 655 ms (target <= 400 ms)',
      '      floor: 412 ms (fetch + JSON.parse 168 ms; the same with React 412 ms) — even the floor misses this target',
    ]);
  });

  it('says nothing more when the floor meets the target', () => {
    const t = withFloor(target('10k: interactive', 1587, '<=', 1000, 'ms'), 626, 885);
    expect(t.floor?.pass).toBe(true);
    expect(targetLines(t)[1]).toBe('      floor: 885 ms (fetch + JSON.parse 626 ms; the same with React 885 ms)');
  });

  it('falls back to the bare floor when the page with React did not run', () => {
    expect(withFloor(target('t', 500, '<=', 400, 'ms'), 350, null).floor).toEqual({ value: 350, pass: true, how: 'fetch + JSON.parse 350 ms' });
  });

  it('leaves a target without floor figures as it was', () => {
    const t = target('t', 500, '<=', 400, 'ms');
    expect(withFloor(t, null, null)).toBe(t);
    expect(targetLines(t)).toHaveLength(1);
  });
});

describe('relativeTarget', () => {
  it('judges a load time by its ratio to the floor page with React, and names both times', () => {
    const t = relativeTarget('10k: interactive / floor with React', 981, 501, 1.5);
    expect(t.value).toBeCloseTo(1.958, 3);
    expect(t.pass).toBe(false);
    expect(targetLines(t)).toEqual(['FAIL  10k: interactive / floor with React: ×1.96 floor (target <= ×1.5 floor): 981 ms; floor page with React 501 ms']);
  });

  it('passes at or under the factor', () => {
    expect(relativeTarget('t', 750, 500, 1.5).pass).toBe(true);
    expect(relativeTarget('t', 751, 500, 1.5).pass).toBe(false);
  });

  it('is not measured without both times', () => {
    expect(relativeTarget('t', null, 500, 1.5).pass).toBeNull();
    expect(relativeTarget('t', 700, null, 1.5).pass).toBeNull();
  });
});

describe('withSteadyFloor', () => {
  it('does not count a pass against a floor whose runs were far apart, and says why', () => {
    // The 100,000-event run at 05bc274: two of the floor's three loads were slow.
    const t = withSteadyFloor(relativeTarget('100k: interactive / floor with React', 3537, 2420, 1.5), [1739, 2475, 2420]);
    expect(t.pass).toBeNull();
    expect(targetLines(t)).toEqual([
      'NOISY  100k: interactive / floor with React: ×1.46 floor (target <= ×1.5 floor): 3537 ms; floor page with React 2420 ms',
      `      floor with React's runs 1739–2475 ms (×1.42 apart, over ×${FLOOR_SPREAD_LIMIT}): a slow floor run can make a pass, so this one is not counted; run again (more --runs, an idle machine)`,
    ]);
  });

  it('keeps a pass against a floor whose runs agree', () => {
    const t = withSteadyFloor(relativeTarget('t', 700, 500, 1.5), [480, 500, 520]);
    expect(t.pass).toBe(true);
    expect(targetLines(t)[0]).toMatch(/^PASS /);
  });

  it('keeps a fail whatever the floor: a faster floor would only raise the ratio', () => {
    const t = withSteadyFloor(relativeTarget('t', 1027, 504, 1.5), [400, 504, 900]);
    expect(t.pass).toBe(false);
    expect(targetLines(t)).toHaveLength(1);
  });

  it('judges the spread at its limit as steady and just over it as not', () => {
    expect(withSteadyFloor(relativeTarget('t', 600, 500, 1.5), [400, 400 * FLOOR_SPREAD_LIMIT]).pass).toBe(true);
    expect(withSteadyFloor(relativeTarget('t', 600, 500, 1.5), [400, 400 * FLOOR_SPREAD_LIMIT + 1]).pass).toBeNull();
  });

  it('needs two floor runs to judge their spread', () => {
    expect(withSteadyFloor(relativeTarget('t', 600, 500, 1.5), [500, null]).pass).toBe(true);
  });
});

describe('withPipeline', () => {
  it('names the floor that loads through the app\'s pipeline and the time the target leaves the interface', () => {
    const t = withPipeline(relativeTarget('10k: interactive / floor with React', 1020, 558, 1.5), 675, 558);
    expect(t.pass).toBe(false);
    expect(targetLines(t)).toEqual([
      'FAIL  10k: interactive / floor with React: ×1.83 floor (target <= ×1.5 floor): 1020 ms; floor page with React 558 ms',
      "      floor with checks: 675 ms, ×1.21 floor (the app's loading pipeline, no interface): leaves 162 ms for the interface",
    ]);
  });

  it('says when the pipeline alone is over the target', () => {
    expect(targetLines(withPipeline(relativeTarget('t', 1000, 500, 1.5), 800, 500))[1]).toBe(
      "      floor with checks: 800 ms, ×1.60 floor (the app's loading pipeline, no interface): the pipeline alone misses this target",
    );
  });

  it('leaves the target as it was without both floor times', () => {
    const t = relativeTarget('t', 1000, 500, 1.5);
    expect(withPipeline(t, null, 500)).toBe(t);
    expect(withPipeline(t, 700, null)).toBe(t);
  });
});

describe('withHandover', () => {
  it('names the floor whose worker only parses and sends, and the time it leaves the checks and the interface, before the floor with checks', () => {
    const t = withHandover(withPipeline(relativeTarget('10k: interactive / floor with React', 697, 276, 1.5), 471, 276), 372, 276);
    expect(targetLines(t)).toEqual([
      'FAIL  10k: interactive / floor with React: ×2.53 floor (target <= ×1.5 floor): 697 ms; floor page with React 276 ms',
      '      floor with a worker: 372 ms, ×1.35 floor (parsed in a worker and sent to the page, nothing checked, no interface): leaves 42 ms for checking the events and for the interface',
      "      floor with checks: 471 ms, ×1.71 floor (the app's loading pipeline, no interface): the pipeline alone misses this target",
    ]);
  });

  it('says when reading the file off the main thread is over the target by itself', () => {
    expect(targetLines(withHandover(relativeTarget('t', 2600, 884, 1.5), 1590, 884))[1]).toBe(
      '      floor with a worker: 1590 ms, ×1.80 floor (parsed in a worker and sent to the page, nothing checked, no interface): reading the file off the main thread alone misses this target',
    );
  });

  it('leaves the target as it was without both floor times', () => {
    const t = relativeTarget('t', 1000, 500, 1.5);
    expect(withHandover(t, null, 500)).toBe(t);
    expect(withHandover(t, 700, null)).toBe(t);
  });
});

describe('withSlices', () => {
  it('names the floor that reads on the page in slices after the one that reads in a worker, each with the time it leaves', () => {
    const t = withSlices(withHandover(relativeTarget('100k: interactive / floor with React', 3112, 845, 1.5), 1317, 845), 1088, 845);
    expect(targetLines(t).slice(1)).toEqual([
      '      floor with a worker: 1317 ms, ×1.56 floor (parsed in a worker and sent to the page, nothing checked, no interface): reading the file off the main thread alone misses this target',
      '      floor reading in slices: 1088 ms, ×1.29 floor (read on the page in slices, no long task, nothing checked, no interface): leaves 180 ms for checking the events and for the interface',
    ]);
  });

  it('says when reading the file in slices is over the target by itself', () => {
    expect(targetLines(withSlices(relativeTarget('t', 2600, 800, 1.5), 1300, 800))[1]).toBe(
      '      floor reading in slices: 1300 ms, ×1.63 floor (read on the page in slices, no long task, nothing checked, no interface): reading the file in slices alone misses this target',
    );
  });

  it('leaves the target as it was without both floor times', () => {
    const t = relativeTarget('t', 1000, 500, 1.5);
    expect(withSlices(t, null, 500)).toBe(t);
    expect(withSlices(t, 700, null)).toBe(t);
  });
});

describe('withSlicedChecks', () => {
  it("names the floor that reads in slices with the app's checks after the one without, with the time it leaves the interface", () => {
    const t = withSlicedChecks(withSlices(relativeTarget('10k: interactive / floor with React', 648, 254, 1.5), 292, 254), 336, 254);
    expect(targetLines(t).slice(1)).toEqual([
      '      floor reading in slices: 292 ms, ×1.15 floor (read on the page in slices, no long task, nothing checked, no interface): leaves 89 ms for checking the events and for the interface',
      "      floor reading in slices with checks: 336 ms, ×1.32 floor (read on the page in slices, the app's own checks as the events arrive, no interface): leaves 45 ms for the interface",
    ]);
  });

  it("says when reading in slices with the app's checks is over the target by itself", () => {
    expect(targetLines(withSlicedChecks(relativeTarget('t', 2320, 815, 1.5), 1598, 815))[1]).toBe(
      "      floor reading in slices with checks: 1598 ms, ×1.96 floor (read on the page in slices, the app's own checks as the events arrive, no interface): reading the file in slices with the app's checks alone misses this target",
    );
  });

  it('leaves the target as it was without both floor times', () => {
    const t = relativeTarget('t', 1000, 500, 1.5);
    expect(withSlicedChecks(t, null, 500)).toBe(t);
    expect(withSlicedChecks(t, 700, null)).toBe(t);
  });
});

describe('withLeastChart', () => {
  it('names the floor with the least chart after the reading floors, with the time it leaves the rest of the interface', () => {
    const t = withLeastChart(withSlicedChecks(relativeTarget('10k: interactive / floor with React', 625, 371, 1.5), 454, 371), 520, 371);
    expect(targetLines(t).slice(2)).toEqual([
      '      floor with the least chart: 520 ms, ×1.40 floor (the same reading and checks, then a date axis and a canvas of counted clusters that zooms; no filters, search, overview, keyboard travel, focus or labels): leaves 36 ms for the rest of the interface',
    ]);
  });

  it('says that no page that checks and draws a chart meets the target when the least chart is over it', () => {
    expect(targetLines(withLeastChart(relativeTarget('t', 528, 273, 1.5), 413, 273))[1]).toBe(
      '      floor with the least chart: 413 ms, ×1.51 floor (the same reading and checks, then a date axis and a canvas of counted clusters that zooms; no filters, search, overview, keyboard travel, focus or labels): even the least chart misses this target: no page that checks the file, runs no long task and draws a chart meets it here',
    );
  });

  it('leaves the target as it was without both floor times', () => {
    const t = relativeTarget('t', 1000, 500, 1.5);
    expect(withLeastChart(t, null, 500)).toBe(t);
    expect(withLeastChart(t, 700, null)).toBe(t);
  });
});

describe('withCpu', () => {
  const t = relativeTarget('10k: interactive / floor with React', 1000, 480, 1.5);

  it('prints the CPU of each page and the least time it allows on the cores', () => {
    const lines = targetLines(withCpu(t, { ours: 1200, react: 650, checked: 950 }, 2, 720));
    expect(lines.at(-1)).toBe(
      "      CPU while loading (all of the browser's processes): ours 1200 ms, floor with React 650, floor with checks 950: on 2 cores ours takes at least 600 ms",
    );
  });

  it('says how much less CPU the target needs when the CPU alone rules it out', () => {
    const lines = targetLines(withCpu(t, { ours: 1700, react: 650, checked: null }, 2, 720));
    expect(lines.at(-1)).toBe(
      "      CPU while loading (all of the browser's processes): ours 1700 ms, floor with React 650: on 2 cores ours takes at least 850 ms, over the target's 720 ms: it needs 260 ms less CPU",
    );
  });

  it('adds nothing without the app\'s CPU figure', () => {
    expect(withCpu(t, { ours: null, react: 650, checked: 950 }, 2, 720)).toEqual(t);
  });
});
