// Where a page load's time goes, for the load targets the benchmark does not meet.
//   npm run bench:profile                                   bundled, 1000, 10000, 100000; 3 runs each
//   npm run bench:profile -- --sizes bundled,10000 --runs 5
// Builds the app with source maps (bench/tmp/dist-profile), serves it like `npm run bench` and loads
// each size in this app and in the floor page with React, in headless Chromium, twice per run:
//  1. under a Chromium trace: the main thread's time from navigation to ready by kind of work
//     (parsing, each script's evaluation, JavaScript in tasks, style/layout/paint, GC), the time no
//     task ran, the longest task, the worker's busy time, and when the dataset's bytes had arrived;
//  2. under V8's sampling profiler (every 0.5 ms): the main thread's JavaScript by source file.
// Medians over runs go to bench/profile.json and a table; bench/README.md explains the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CHROMIUM_ARGS } from '../tests/browser/env.ts';
import { startBenchServer } from '../bench/server.ts';
import { openUntilReady } from '../bench/measure.ts';
import { median } from '../bench/stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/tmp/dist-profile');

// ---- options ----------------------------------------------------------------------------------

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (arg('--sizes') ?? 'bundled,1000,10000,100000').split(',').map((s) => s.trim());
const RUNS = Number(arg('--runs') ?? 3);
for (const s of SIZES) {
  if (s !== 'bundled' && !existsSync(join(ROOT, `bench/tmp/gen-${s}.json`))) {
    console.error(`bench/tmp/gen-${s}.json is missing: run npm run bench once (it generates the datasets)`);
    process.exit(2);
  }
}
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs takes a positive integer');
  process.exit(2);
}

// ---- the main thread's trace, by kind of work ---------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
}

const KIND_OF: [RegExp, string][] = [
  [/^(ParseHTML|ParseAuthorStyleSheet|HTMLDocumentParser)/, 'parse HTML and CSS'],
  [/^(UpdateLayoutTree|RecalculateStyles|Layout|PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|HitTest|Document::recalcStyle|LocalFrameView::)/, 'style, layout, paint'],
  [/^(Canvas|CanvasRenderingContext2D::)|ProduceCanvasResource/, 'canvas to the screen'],
  [/GC|GCScavenger|^V8\.GC/, 'garbage collection'],
  [/^(FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|v8\.callFunction|RunMicrotasks|V8\.BytecodeBudgetInterrupt)$/, 'JavaScript in tasks'],
  [/^(Receive mojo message|ResponseBodyLoader|ResourceFetcher|ResourceLoader|Resource)/, 'network messages'],
];
const TOP = /^(RunTask|ThreadControllerImpl::RunTask)$/;

function kindOf(e: TraceEvent, inherited: string): string {
  if (e.name === 'EvaluateScript') return `evaluate ${(e.args?.data?.url ?? '').split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') || 'script'}`;
  for (const [re, kind] of KIND_OF) if (re.test(e.name)) return kind === 'JavaScript in tasks' && inherited.startsWith('evaluate') ? inherited : kind;
  return inherited;
}

interface TraceFigures {
  readyMs: number;
  kinds: Record<string, number>;
  idleMs: number;
  longestTaskMs: number;
  workerBusyMs: number;
  dataArrivedMs: number | null;
}

function readTrace(events: TraceEvent[], readyMs: number, dataFile: string | null): TraceFigures {
  const threadName = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  if (!nav) throw new Error('the trace has no navigation');
  const t0 = nav.ts;
  const end = t0 + readyMs * 1000;
  const main = `${nav.pid}:${nav.tid}`;
  const slices = (key: string) => events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === key && e.ts >= t0 && e.ts < end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  // Self time of every slice, given to its own kind or its nearest ancestor's.
  const kinds: Record<string, number> = {};
  const stack: { kind: string; end: number }[] = [];
  let busy = 0;
  let longest = 0;
  for (const e of slices(main)) {
    const dur = Math.min(e.dur ?? 0, end - e.ts);
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent && !TOP.test(e.name)) continue; // outside any task: trace bookkeeping
    if (!parent) {
      busy += dur;
      longest = Math.max(longest, dur);
    }
    const kind = parent ? kindOf(e, parent.kind) : 'other';
    stack.push({ kind, end: e.ts + dur });
    kinds[kind] = (kinds[kind] ?? 0) + dur;
    if (parent) kinds[parent.kind] = (kinds[parent.kind] ?? 0) - dur;
  }
  for (const k of Object.keys(kinds)) kinds[k] = kinds[k]! / 1000;

  const worker = [...threadName].find(([key, name]) => name === 'DedicatedWorker thread' && key.startsWith(`${nav.pid}:`))?.[0];
  const workerBusy = worker ? slices(worker).filter((e) => TOP.test(e.name)).reduce((sum, e) => sum + Math.min(e.dur ?? 0, end - e.ts), 0) / 1000 : 0;
  const path = (url: string | undefined) => (url ? new URL(url).pathname : '');
  const requestId = (e: TraceEvent) => (e.args?.data as { requestId?: string } | undefined)?.requestId;
  const sent = dataFile === null ? undefined : events.find((e) => e.name === 'ResourceSendRequest' && path(e.args?.data?.url).includes(dataFile));
  const finish = sent && events.find((e) => e.name === 'ResourceFinish' && requestId(e) === requestId(sent));
  return {
    readyMs,
    kinds,
    idleMs: readyMs - busy / 1000,
    longestTaskMs: longest / 1000,
    workerBusyMs: workerBusy,
    dataArrivedMs: finish ? (finish.ts - t0) / 1000 : null,
  };
}

// ---- the main thread's JavaScript, by source file ------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const maps = new Map<string, TraceMap | null>();
function sourceFile(url: string, line: number, column: number): string {
  const file = url.split('/').pop() ?? '';
  if (!url) return '(native, idle and GC)';
  if (file.startsWith('vendor-')) return 'React (vendor script)';
  if (!maps.has(file)) maps.set(file, existsSync(join(DIST, 'assets', `${file}.map`)) ? new TraceMap(readFileSync(join(DIST, 'assets', `${file}.map`), 'utf8')) : null);
  const map = maps.get(file);
  if (!map) return file;
  const source = originalPositionFor(map, { line: line + 1, column }).source;
  return source ? source.replace(/^.*?\/(src|node_modules)\//, '$1/').replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1') : file;
}

function jsBySource(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }, fromUs: number, toUs: number): Record<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: Record<string, number> = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t < fromUs || t > toUs) continue;
    const f = nodes.get(profile.samples[i]!)!.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)' || f.functionName === '(garbage collector)' || f.functionName === '(root)') continue;
    const key = sourceFile(f.url, f.lineNumber, f.columnNumber);
    out[key] = (out[key] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }
  return out;
}

// ---- runs -------------------------------------------------------------------------------------------

const pageFor = (app: 'ours' | 'floor+React', size: string) =>
  app === 'ours' ? (size === 'bundled' ? '/' : `/?data=/bench-data/gen-${size}.json`) : `/floor/react.html?data=/bench-data/${size === 'bundled' ? 'bundled.json' : `gen-${size}.json`}`;
/** What the dataset's address path holds (the bundled dataset's built name has a hash). */
// The built app carries the bundled dataset in its page: no request to time (the table prints —).
const dataFileFor = (app: 'ours' | 'floor+React', size: string) => (size === 'bundled' ? (app === 'ours' ? null : 'bundled.json') : `gen-${size}.json`);
const TIMEOUT = 180_000;

async function traced(browser: Browser, url: string, dataFile: string | null): Promise<TraceFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'toplevel', '__metadata'] });
    const ready = await openUntilReady(context, page, url, TIMEOUT);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return readTrace(trace.traceEvents, ready.at, dataFile);
  } finally {
    await context.close();
  }
}

async function sampled(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await openUntilReady(context, page, url, TIMEOUT);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Parameters<typeof jsBySource>[0] & { endTime: number } };
    return jsBySource(profile, profile.startTime, profile.endTime);
  } finally {
    await context.close();
  }
}

const medians = (rows: Record<string, number>[]) => {
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => [k, median(rows.map((r) => r[k] ?? 0)) ?? 0]));
};

console.log('Building the app with source maps (bench/tmp/dist-profile)…');
const built = spawnSync('npx', ['vite', 'build', '--sourcemap', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const floorVendor = readdirSync(join(DIST, 'assets')).find((f) => /^vendor-[\w-]+\.js$/.test(f));
if (!floorVendor || !existsSync(join(ROOT, 'bench/tmp/floor-vendor.js'))) {
  console.error('bench/tmp/floor-vendor.js is missing: run npm run bench once (it copies the app\'s React build there)');
  process.exit(2);
}

const server = await startBenchServer(ROOT, 0, DIST);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const loadStart = loadavg()[0]!;
const results: Record<string, { trace: TraceFigures & { kinds: Record<string, number> }; js: Record<string, number> }> = {};
try {
  for (const size of SIZES) {
    for (const app of ['ours', 'floor+React'] as const) {
      const traces: TraceFigures[] = [];
      const js: Record<string, number>[] = [];
      for (let r = 0; r < RUNS; r++) {
        traces.push(await traced(browser, server.url + pageFor(app, size), dataFileFor(app, size)));
        if (app === 'ours') js.push(await sampled(browser, server.url + pageFor(app, size)));
      }
      const m = (f: (t: TraceFigures) => number | null) => median(traces.map(f).filter((x): x is number => x !== null)) ?? null;
      results[`${size} ${app}`] = {
        trace: { readyMs: m((t) => t.readyMs)!, kinds: medians(traces.map((t) => t.kinds)), idleMs: m((t) => t.idleMs)!, longestTaskMs: m((t) => t.longestTaskMs)!, workerBusyMs: m((t) => t.workerBusyMs)!, dataArrivedMs: m((t) => t.dataArrivedMs) },
        js: medians(js),
      };
      process.stdout.write(`  ${size} ${app}: ${Math.round(results[`${size} ${app}`]!.trace.readyMs)} ms (traced)\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- report -------------------------------------------------------------------------------------------

const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : String(Math.round(x)));
for (const size of SIZES) {
  const ours = results[`${size} ours`]!;
  const floor = results[`${size} floor+React`]!;
  console.log(`\n${size}: ready ${ms(ours.trace.readyMs)} ms traced (floor with React ${ms(floor.trace.readyMs)} ms); dataset arrived at ${ms(ours.trace.dataArrivedMs)} ms (floor ${ms(floor.trace.dataArrivedMs)}); longest task ${ms(ours.trace.longestTaskMs)} ms (floor ${ms(floor.trace.longestTaskMs)}: its JSON.parse is one task, which the bench's longtask observer does not report); worker busy ${ms(ours.trace.workerBusyMs)} ms`);
  const kinds = [...new Set([...Object.keys(ours.trace.kinds), ...Object.keys(floor.trace.kinds)])].sort((a, b) => (ours.trace.kinds[b] ?? 0) - (ours.trace.kinds[a] ?? 0));
  console.log(`  ${'main thread until ready'.padEnd(34)} ${'ours ms'.padStart(8)} ${'floor ms'.padStart(9)}`);
  for (const k of kinds) console.log(`  ${k.padEnd(34)} ${ms(ours.trace.kinds[k]).padStart(8)} ${ms(floor.trace.kinds[k]).padStart(9)}`);
  console.log(`  ${'no task running (waiting)'.padEnd(34)} ${ms(ours.trace.idleMs).padStart(8)} ${ms(floor.trace.idleMs).padStart(9)}`);
  const js = Object.entries(ours.js).sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`  JavaScript by source (sampled, ms): ${js.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
}
const out = join(ROOT, 'bench/profile.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, loadAverage: { start: loadStart, end: loadavg()[0] }, results }, null, 2) + '\n');
console.log(`\nLoad average ${loadStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}. Wrote ${out}`);
