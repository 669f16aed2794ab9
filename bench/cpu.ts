// CPU time Chromium spends on a page load, read from Linux's /proc: every process of the browser
// this benchmark launched (the Node process's descendants), the page's main thread and its workers
// apart. On a machine with few cores a load is bound by this total, not only by the page's own
// critical path: the figures say how much work each page gives the machine, and the least time
// that work can take on its cores.
import { readdirSync, readFileSync } from 'node:fs';

/** /proc counts CPU time in clock ticks of 1/100 s (USER_HZ) on Linux. */
const MS_PER_TICK = 10;

/** One thread or process from a /proc/…/stat line. */
interface Stat {
  /** The command name (a thread's name, cut to 15 characters by Linux). */
  name: string;
  ppid: number;
  /** User and system CPU time. For a process, its threads' together, including threads that have ended. */
  ms: number;
}

/** Reads a /proc/…/stat line. The name may hold spaces and parentheses: it ends at the last ')'. */
export function parseStat(text: string): Stat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  // Fields after the name, from the third ("state") on: ppid is the 4th, utime the 14th, stime the 15th.
  const f = text.slice(close + 2).trim().split(/\s+/);
  const ppid = Number(f[1]);
  const utime = Number(f[11]);
  const stime = Number(f[12]);
  if (![ppid, utime, stime].every(Number.isFinite)) return null;
  return { name: text.slice(open + 1, close), ppid, ms: (utime + stime) * MS_PER_TICK };
}

export interface ProcessCpu {
  /** Chromium's process type (--type=renderer, gpu-process, utility…); 'browser' for the main process. */
  type: string;
  ms: number;
  /** Each thread's name and CPU time, by thread id (renderers only: the page's threads). */
  threads: Map<number, { name: string; ms: number }>;
}

/** CPU time of every process of a browser, by process id. */
export type CpuSnapshot = Map<number, ProcessCpu>;

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/**
 * The CPU time so far of every Chromium process descended from `rootPid` (this Node process: the
 * benchmark launches the browser). Null where there is no /proc (not Linux).
 */
export function snapshotChromium(rootPid = process.pid): CpuSnapshot | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number);
  } catch {
    return null;
  }
  const stats = new Map<number, Stat>();
  for (const pid of pids) {
    const s = read(`/proc/${pid}/stat`);
    const stat = s === null ? null : parseStat(s);
    if (stat) stats.set(pid, stat);
  }
  const out: CpuSnapshot = new Map();
  for (const [pid, stat] of stats) {
    if (!descendsFrom(stats, pid, rootPid)) continue;
    const cmd = read(`/proc/${pid}/cmdline`) ?? '';
    if (!/chrom/i.test(cmd)) continue;
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const threads = new Map<number, { name: string; ms: number }>();
    if (type === 'renderer') {
      let tids: string[] = [];
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch {
        // The process ended meanwhile.
      }
      for (const tid of tids) {
        const t = read(`/proc/${pid}/task/${tid}/stat`);
        const ts = t === null ? null : parseStat(t);
        if (ts) threads.set(Number(tid), { name: ts.name, ms: ts.ms });
      }
    }
    out.set(pid, { type, ms: stat.ms, threads });
  }
  return out;
}

/** Whether process `pid` is a child, grandchild… of `root`, by the parents in `stats`. */
export function descendsFrom(stats: ReadonlyMap<number, Pick<Stat, 'ppid'>>, pid: number, root: number): boolean {
  // A bounded walk: the table is read process by process, and a reused id must not loop it.
  for (let p = stats.get(pid)?.ppid, hops = 0; p !== undefined && p > 0 && hops < 64; p = stats.get(p)?.ppid, hops++) if (p === root) return true;
  return false;
}

/** The CPU a load took, in ms, split by where it ran. */
export interface LoadCpu {
  /** All of the browser's processes. */
  totalMs: number;
  /** The page's main thread (the renderer's first thread). */
  mainMs: number;
  /** The page's workers, and any of its renderer's threads that ended during the load (a data worker that finished). */
  workerMs: number;
  /** The renderer's other threads: compiling scripts, the garbage collector's helpers, the compositor, I/O. */
  rendererOtherMs: number;
  /** The browser process, the GPU process, the network service and other utilities. */
  otherProcessesMs: number;
}

const WORKER_THREAD = /^DedicatedWorker|^SharedWorker|^ServiceWorker/;

/** What the browser spent between two snapshots; a process that started in between counts from zero. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): LoadCpu {
  const cpu: LoadCpu = { totalMs: 0, mainMs: 0, workerMs: 0, rendererOtherMs: 0, otherProcessesMs: 0 };
  for (const [pid, now] of after) {
    const was = before.get(pid);
    const spent = now.ms - (was?.ms ?? 0);
    cpu.totalMs += spent;
    if (now.type !== 'renderer') {
      cpu.otherProcessesMs += spent;
      continue;
    }
    let live = 0;
    for (const [tid, t] of now.threads) {
      const d = t.ms - (was?.threads.get(tid)?.ms ?? 0);
      live += d;
      if (tid === pid) cpu.mainMs += d;
      else if (WORKER_THREAD.test(t.name)) cpu.workerMs += d;
      else cpu.rendererOtherMs += d;
    }
    // The process's time includes its ended threads': what its live threads do not account for.
    cpu.workerMs += Math.max(0, spent - live);
  }
  return cpu;
}
