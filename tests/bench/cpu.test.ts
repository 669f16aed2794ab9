import { describe, expect, it } from 'vitest';
import { cpuBetween, descendsFrom, parseStat, type CpuSnapshot, type ProcessCpu } from '../../bench/cpu.ts';

/** A /proc/…/stat line with this name, parent and user/system ticks (1/100 s). */
const statLine = (pid: number, name: string, ppid: number, utime: number, stime: number) =>
  `${pid} (${name}) S ${ppid} ${pid} 1 0 -1 4194304 99 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 6622322 3133440 383 18446744073709551615`;

const proc = (type: string, ms: number, threads: [number, string, number][] = []): ProcessCpu => ({
  type,
  ms,
  threads: new Map(threads.map(([tid, name, t]) => [tid, { name, ms: t }])),
});

describe('parseStat', () => {
  it('reads the parent and the user plus system time in ms', () => {
    expect(parseStat(statLine(590, 'cat', 586, 12, 3))).toEqual({ name: 'cat', ppid: 586, ms: 150 });
  });

  it('reads a thread name that holds spaces and parentheses up to the last one', () => {
    expect(parseStat(statLine(7, 'a (b) c', 1, 1, 1))).toEqual({ name: 'a (b) c', ppid: 1, ms: 20 });
  });

  it('refuses a line it cannot read', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 (x) S')).toBeNull();
  });
});

describe('cpuBetween', () => {
  it('splits a load into the main thread, workers, the renderer\'s other threads and other processes', () => {
    const before: CpuSnapshot = new Map([
      [1, proc('browser', 1000)],
      [20, proc('renderer', 100, [[20, 'chromium', 80], [21, 'ThreadPoolForeg', 20]])],
    ]);
    const after: CpuSnapshot = new Map([
      [1, proc('browser', 1120)],
      [5, proc('gpu-process', 30)],
      [20, proc('renderer', 900, [[20, 'chromium', 480], [21, 'ThreadPoolForeg', 220], [22, 'DedicatedWorker', 200]])],
    ]);
    expect(cpuBetween(before, after)).toEqual({ totalMs: 950, mainMs: 400, workerMs: 200, rendererOtherMs: 200, otherProcessesMs: 150 });
  });

  it('counts a worker thread that ended during the load as a worker, from its process\'s total', () => {
    const before: CpuSnapshot = new Map([[20, proc('renderer', 100, [[20, 'chromium', 100]])]]);
    // The worker ran 350 ms and ended: only the process's total still has its time.
    const after: CpuSnapshot = new Map([[20, proc('renderer', 750, [[20, 'chromium', 400]])]]);
    expect(cpuBetween(before, after)).toMatchObject({ totalMs: 650, mainMs: 300, workerMs: 350 });
  });

  it('counts a renderer that started during the load from zero', () => {
    const after: CpuSnapshot = new Map([[30, proc('renderer', 500, [[30, 'chromium', 300], [31, 'Compositor', 200]])]]);
    expect(cpuBetween(new Map(), after)).toEqual({ totalMs: 500, mainMs: 300, workerMs: 0, rendererOtherMs: 200, otherProcessesMs: 0 });
  });
});

describe('descendsFrom', () => {
  // 1 → 10 (the benchmark) → 11 (the browser) → 12 (a zygote) → 13 (a renderer); 1 → 20 (another browser).
  const stats = new Map([[10, { ppid: 1 }], [11, { ppid: 10 }], [12, { ppid: 11 }], [13, { ppid: 12 }], [20, { ppid: 1 }], [30, { ppid: 31 }], [31, { ppid: 30 }]]);

  it('finds children and grandchildren of the root', () => {
    expect([11, 12, 13].map((p) => descendsFrom(stats, p, 10))).toEqual([true, true, true]);
  });

  it('leaves out the root itself, other trees, unknown processes and loops', () => {
    expect([10, 20, 99, 30].map((p) => descendsFrom(stats, p, 10))).toEqual([false, false, false, false]);
  });
});
