// The benchmark's targets and their verdicts: pure functions over measured medians, so that the
// PASS/FAIL lines the table prints are unit-tested (tests/bench/targets.test.ts).

export interface Target {
  name: string;
  value: number | null;
  limit: number;
  op: '<=' | '>=';
  unit: string;
  pass: boolean | null;
  /** What the floor pages reached for the same target: the best any page could do here. */
  floor?: { value: number; pass: boolean; how: string };
  /** The figures a relative target was computed from. */
  detail?: string;
  /** The floor page that loads the file through the app's own pipeline: its time, and that over the floor with React. */
  pipeline?: { ms: number; ratio: number };
  /** The floor page whose worker parses the file and sends the events, checking nothing: its time, and that over the floor with React. */
  handover?: { ms: number; ratio: number };
  /** The floor page that reads the file on its main thread in slices (no long task), checking nothing: its time, and that over the floor with React. */
  slices?: { ms: number; ratio: number };
  /** The same floor with the app's own checks run on each piece's events as they arrive: its time, and that over the floor with React. */
  slicedChecks?: { ms: number; ratio: number };
  /** The same floor with the least chart a reader could use drawn from the events (bench/floor/chart.js): its time, and that over the floor with React. */
  leastChart?: { ms: number; ratio: number };
  /** CPU time of all the browser's processes while each page loaded (ms), and the machine's cores. */
  cpu?: { oursMs: number; reactMs: number | null; checkedMs: number | null; cores: number; limitMs: number | null };
  /** A pass against a floor whose runs were too far apart to trust (withSteadyFloor): its fastest and slowest run. */
  unsteady?: { minMs: number; maxMs: number; limit: number };
}

/** A target and whether `value` meets it; null (not measured) neither passes nor fails. */
export function target(name: string, value: number | null | undefined, op: '<=' | '>=', limit: number, unit: string): Target {
  return { name, value: value ?? null, limit, op, unit, pass: value == null ? null : op === '<=' ? value <= limit : value >= limit };
}

/**
 * A load-time target with the floor pages' times beside it (fetch + JSON.parse, without and with
 * React). It is judged by the floor with React when that ran: the app is a React app.
 */
export function withFloor(t: Target, plainMs: number | null, reactMs: number | null): Target {
  if (plainMs == null && reactMs == null) return t;
  const best = reactMs ?? plainMs!;
  const how = [plainMs == null ? '' : `fetch + JSON.parse ${plainMs.toFixed(0)} ms`, reactMs == null ? '' : `the same with React ${reactMs.toFixed(0)} ms`]
    .filter(Boolean)
    .join('; ');
  return { ...t, floor: { value: best, pass: t.op === '<=' ? best <= t.limit : best >= t.limit, how } };
}

/** The lines the benchmark prints for a target: its verdict, and the floor when there is one. */
export function targetLines(t: Target): string[] {
  const verdict = t.unsteady ? 'NOISY' : t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL';
  const ratio = t.unit.startsWith('×');
  const value =
    t.value == null ? 'not measured' : ratio ? `${t.unit.replace('×', `×${t.value.toFixed(2)}`)}` : `${t.value.toFixed(t.unit === 'KB' || t.value < 100 ? 1 : 0)} ${t.unit}`;
  const limit = ratio ? t.unit.replace('×', `×${t.limit}`) : `${t.limit} ${t.unit}`;
  const lines = [`${verdict}  ${t.name}: ${value} (target ${t.op} ${limit})${t.detail ? `: ${t.detail}` : ''}`];
  if (t.floor) {
    const best = t.unit === '×' ? `×${t.floor.value.toFixed(1)}` : `${t.floor.value.toFixed(0)} ${t.unit}`;
    lines.push(`      floor: ${best} (${t.floor.how})${t.floor.pass ? '' : ' — even the floor misses this target'}`);
  }
  if (t.unsteady) {
    const { minMs, maxMs, limit } = t.unsteady;
    lines.push(
      `      floor with React's runs ${minMs.toFixed(0)}–${maxMs.toFixed(0)} ms (×${(maxMs / minMs).toFixed(2)} apart, over ×${limit}): a slow floor run can make a pass, so this one is not counted; run again (more --runs, an idle machine)`,
    );
  }
  // The two ways to read a file without one long task, each with what the target leaves after it.
  const readingLine = (r: { ms: number; ratio: number }, how: string, misses: string, leftFor = 'checking the events and for the interface') => {
    const left = (t.limit / r.ratio - 1) * r.ms;
    const verdict = left >= 0 ? `leaves ${left.toFixed(0)} ms for ${leftFor}` : misses;
    return `      ${how.replace('%', `${r.ms.toFixed(0)} ms, ×${r.ratio.toFixed(2)} floor`)}: ${verdict}`;
  };
  if (t.handover) {
    lines.push(readingLine(t.handover, 'floor with a worker: % (parsed in a worker and sent to the page, nothing checked, no interface)', 'reading the file off the main thread alone misses this target'));
  }
  if (t.slices) {
    lines.push(readingLine(t.slices, 'floor reading in slices: % (read on the page in slices, no long task, nothing checked, no interface)', 'reading the file in slices alone misses this target'));
  }
  if (t.slicedChecks) {
    lines.push(
      readingLine(
        t.slicedChecks,
        "floor reading in slices with checks: % (read on the page in slices, the app's own checks as the events arrive, no interface)",
        "reading the file in slices with the app's checks alone misses this target",
        'the interface',
      ),
    );
  }
  if (t.leastChart) {
    lines.push(
      readingLine(
        t.leastChart,
        'floor with the least chart: % (the same reading and checks, then a date axis and a canvas of counted clusters that zooms; no filters, search, overview, keyboard travel, focus or labels)',
        'even the least chart misses this target: no page that checks the file, runs no long task and draws a chart meets it here',
        'the rest of the interface',
      ),
    );
  }
  if (t.pipeline) {
    const { ms, ratio } = t.pipeline;
    // What the target leaves the interface: the limit's time, less the pipeline's.
    const left = (t.limit / ratio - 1) * ms;
    const verdict = left >= 0 ? `leaves ${left.toFixed(0)} ms for the interface` : 'the pipeline alone misses this target';
    lines.push(`      floor with checks: ${ms.toFixed(0)} ms, ×${ratio.toFixed(2)} floor (the app's loading pipeline, no interface): ${verdict}`);
  }
  if (t.cpu) {
    const { oursMs, reactMs, checkedMs, cores, limitMs } = t.cpu;
    const floors = [reactMs == null ? '' : `floor with React ${reactMs.toFixed(0)}`, checkedMs == null ? '' : `floor with checks ${checkedMs.toFixed(0)}`].filter(Boolean);
    // However well the work overlaps, the cores cannot do it in less than this.
    const least = oursMs / cores;
    const over = limitMs != null && least > limitMs ? `, over the target's ${limitMs.toFixed(0)} ms: it needs ${(oursMs - limitMs * cores).toFixed(0)} ms less CPU` : '';
    lines.push(`      CPU while loading (all of the browser's processes): ours ${oursMs.toFixed(0)} ms${floors.length ? `, ${floors.join(', ')}` : ''}: on ${cores} cores ours takes at least ${least.toFixed(0)} ms${over}`);
  }
  return lines;
}

/**
 * A load-time target relative to the floor page with React measured in the same run: the app's
 * time over the floor's must stay within `factor`. Not measured when either time is missing.
 */
export function relativeTarget(name: string, valueMs: number | null | undefined, floorMs: number | null, factor: number): Target {
  if (valueMs == null || floorMs == null || floorMs <= 0) return target(name, null, '<=', factor, '× floor');
  return { ...target(name, valueMs / floorMs, '<=', factor, '× floor'), detail: `${valueMs.toFixed(0)} ms; floor page with React ${floorMs.toFixed(0)} ms` };
}

/** How far apart (slowest over fastest) the floor's runs may be for a pass against it to count. */
export const FLOOR_SPREAD_LIMIT = 1.25;

/**
 * A relative target's pass is only as good as its floor: a slow floor run lowers the ratio. When
 * the floor's runs are more than FLOOR_SPREAD_LIMIT apart, a pass becomes NOISY (neither pass nor
 * fail). A fail stands: against a faster floor the ratio would only be higher.
 */
export function withSteadyFloor(t: Target, floorRuns: readonly (number | null)[]): Target {
  const runs = floorRuns.filter((x): x is number => x != null && x > 0);
  if (t.pass !== true || runs.length < 2) return t;
  const minMs = Math.min(...runs);
  const maxMs = Math.max(...runs);
  if (maxMs / minMs <= FLOOR_SPREAD_LIMIT) return t;
  return { ...t, pass: null, unsteady: { minMs, maxMs, limit: FLOOR_SPREAD_LIMIT } };
}

/**
 * A relative load target with the floor page that loads the file through the app's own pipeline
 * (fetch, parse, check every event, send them to the page) and has no interface: it splits the
 * app's time into what reading a file safely costs and what the interface adds.
 */
export function withPipeline(t: Target, pipelineMs: number | null, floorMs: number | null): Target {
  const pipeline = overFloor(pipelineMs, floorMs);
  return pipeline ? { ...t, pipeline } : t;
}

/**
 * A relative load target with the floor page whose worker only parses the file and sends its
 * events to the page (no checks, no interface): what reading a file off the main thread costs at
 * all, the part of the app's time that no checking or interface could remove.
 */
export function withHandover(t: Target, workerMs: number | null, floorMs: number | null): Target {
  const handover = overFloor(workerMs, floorMs);
  return handover ? { ...t, handover } : t;
}

/** A floor page's time and its ratio to the floor with React, when both were measured. */
function overFloor(ms: number | null, floorMs: number | null): { ms: number; ratio: number } | null {
  return ms == null || floorMs == null || floorMs <= 0 ? null : { ms, ratio: ms / floorMs };
}

/**
 * A relative load target with the floor page that reads the file on its main thread as it
 * arrives, a batch of whole events per slice and no task over 40 ms (no checks, no interface):
 * the other way to read a large file without one long task.
 */
export function withSlices(t: Target, slicesMs: number | null, floorMs: number | null): Target {
  const slices = overFloor(slicesMs, floorMs);
  return slices ? { ...t, slices } : t;
}

/**
 * A relative load target with the same floor page running the app's own checks on each piece's
 * events as they arrive (bench/floor/eventCheck.ts; no interface): the cheapest reading measured,
 * with the checks that make an untrusted file safe to show.
 */
export function withSlicedChecks(t: Target, slicedChecksMs: number | null, floorMs: number | null): Target {
  const slicedChecks = overFloor(slicedChecksMs, floorMs);
  return slicedChecks ? { ...t, slicedChecks } : t;
}

/**
 * A relative load target with the floor page that reads and checks as withSlicedChecks's does and
 * then draws the least chart a reader could use: what the target leaves for the rest of the
 * interface, or, when even that page misses it, the floor measurement that the target cannot be met.
 */
export function withLeastChart(t: Target, chartMs: number | null, floorMs: number | null): Target {
  const leastChart = overFloor(chartMs, floorMs);
  return leastChart ? { ...t, leastChart } : t;
}

/**
 * A load target with the CPU each page's load took (bench/cpu.ts): on a machine with few cores, a
 * load cannot take less time than its CPU over the cores. `limitMs`: the target as a time.
 */
export function withCpu(t: Target, cpu: { ours: number | null; react: number | null; checked: number | null }, cores: number, limitMs: number | null): Target {
  if (cpu.ours == null || cores <= 0) return t;
  return { ...t, cpu: { oursMs: cpu.ours, reactMs: cpu.react, checkedMs: cpu.checked, cores, limitMs } };
}
