// Benchmark: the app against vis-timeline on the same datasets, in headless Chromium.
//   npm run bench                      full run (3 runs each; vis at 100,000 once)
//   npm run bench -- --quick           1 run each, no vis at 100,000
//   npm run bench -- --only ours|vis|floor   one side only (floor: the floor pages)
//   npm run bench -- --no-floor        without the floor pages (bench/floor/: fetch and parse only)
//   npm run bench -- --no-reader       without the loads timed as in a reader's browser (bench/readerBrowser.ts)
//   npm run bench -- --sizes bundled,1000,10000,100000   (19 means the bundled dataset)
//   npm run bench -- --runs 5 --no-build --out bench/tmp/results.json   (default out: bench/results.json)
// Writes bench/results.json and prints a table. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { CHROMIUM_ARGS } from '../tests/browser/env.ts';
import { generateDataset } from '../src/shared/gen/generateDataset.ts';
import { startBenchServer } from '../bench/server.ts';
import { warmStaticFile } from './staticFile.ts';
import { CONTINUOUS, measureRun, SEARCH_QUERY, type AppName, type RunResult } from '../bench/measure.ts';
import { readerLoads } from '../bench/readerBrowser.ts';
import { maximum, median, ratio } from '../bench/stats.ts';
import { relativeTarget, target, targetLines, withCpu, withFloor, withHandover, withLeastChart, withPipeline, withSlicedChecks, withSlices, withSteadyFloor, type Target } from '../bench/targets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, 'bench/tmp');
const BUNDLED = join(ROOT, 'data/roscosmos-iss-2022.json');

// ---- options --------------------------------------------------------------------------------

type Size = 'bundled' | number;
const ALL_SIZES: Size[] = ['bundled', 1000, 10_000, 100_000];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function parseArgs(argv: string[]) {
  const opts = { noVis100k: false, noFloor: false, noReader: false, quick: false, only: null as 'ours' | 'vis' | 'floor' | null, sizes: ALL_SIZES, runs: null as number | null, build: true, out: 'bench/results.json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') opts.quick = true;
    else if (a === '--no-vis-100k') opts.noVis100k = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-floor') opts.noFloor = true;
    else if (a === '--no-reader') opts.noReader = true;
    else if (a === '--out') opts.out = value();
    else if (a === '--only') {
      const v = value();
      if (v !== 'ours' && v !== 'vis' && v !== 'floor') usage('--only takes ours, vis or floor');
      opts.only = v;
    } else if (a === '--runs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage('--runs takes a positive integer');
      opts.runs = n;
    } else if (a === '--sizes') {
      opts.sizes = value()
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
        .map((s): Size => {
          if (s === 'bundled' || s === '19') return 'bundled';
          const n = Number(s.replace(/_/g, '').replace(/k$/, '000'));
          if (!Number.isInteger(n) || n < 1 || n > 200_000) usage(`bad size ${s}`);
          return n;
        });
    } else usage(`unknown option ${a}`);
  }
  return opts;
}

function usage(message: string): never {
  console.error(`bench: ${message}\nusage: npm run bench -- [--quick] [--no-vis-100k] [--no-floor] [--no-reader] [--only ours|vis|floor] [--sizes bundled,1000,10000,100000] [--runs N] [--no-build] [--out FILE]`);
  process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));
const FLOORS: AppName[] = ['floor', 'react', 'worker', 'slices', 'slicedChecks', 'chart', 'checked'];
const APPS: AppName[] = opts.only === 'floor' ? FLOORS : opts.only ? [opts.only] : ['ours', 'vis', ...(opts.noFloor ? [] : FLOORS)];

// ---- build and data ---------------------------------------------------------------------------

function build() {
  console.log('Building the app (vite build)…');
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: vite build failed');
    process.exit(1);
  }
}

const sizeLabel = (s: Size) => (s === 'bundled' ? 'bundled' : String(s));
const dataFile = (s: Size) => (s === 'bundled' ? 'bundled.json' : `gen-${s}.json`);

/** Writes bench/tmp/<file> for each size (generated files are kept between runs). Returns event counts. */
function prepareData(sizes: Size[]): Map<Size, number> {
  mkdirSync(TMP, { recursive: true });
  const counts = new Map<Size, number>();
  for (const s of sizes) {
    const out = join(TMP, dataFile(s));
    if (s === 'bundled') {
      copyFileSync(BUNDLED, out);
    } else if (!existsSync(out)) {
      console.log(`Generating ${s} events → bench/tmp/${dataFile(s)}`);
      writeFileSync(out, JSON.stringify(generateDataset({ events: s, actors: 5, seed: 42 })));
    }
    counts.set(s, (JSON.parse(readFileSync(out, 'utf8')) as { events: unknown[] }).events.length);
  }
  return counts;
}

/** vis-timeline is the benchmark's own dependency (bench/package.json), not the app's: installed on first use. */
function ensureBenchDependencies() {
  if (existsSync(join(ROOT, 'bench/node_modules/vis-timeline/package.json'))) return;
  console.log('Installing the benchmark\'s own dependencies (npm ci --prefix bench)…');
  const r = spawnSync('npm', ['ci', '--prefix', join(ROOT, 'bench'), '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: npm ci --prefix bench failed');
    process.exit(1);
  }
}

// ---- bundle sizes -----------------------------------------------------------------------------

interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The JS and CSS that dist/index.html loads up front: script src, stylesheet and modulepreload hrefs. */
function initialAssets(): SizedFile[] {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    if (src) refs.add(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1]?.toLowerCase() ?? '';
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) refs.add(href);
  }
  const dist = join(ROOT, 'dist');
  return [...refs]
    .filter((r) => !/^[a-z]+:/i.test(r) && !r.startsWith('//'))
    .map((r) => {
      const file = join(dist, r.replace(/^\.?\//, ''));
      const body = readFileSync(file);
      return { file: `dist/${r.replace(/^\.?\//, '')}`, bytes: body.length, gzipBytes: gz(body) };
    });
}

function visBundle(): SizedFile {
  const rel = 'bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
  const body = readFileSync(join(ROOT, rel));
  return { file: rel, bytes: body.length, gzipBytes: gz(body) };
}

// ---- runs -------------------------------------------------------------------------------------

const PAGES: Record<AppName, string> = { ours: '/', vis: '/vis/', floor: '/floor/', react: '/floor/react.html', worker: '/floor/worker.html', slices: '/floor/slices.html', slicedChecks: '/floor/slicechecks.html', chart: '/floor/chart.html', checked: '/floor/checked.html' };
const urlFor = (app: AppName, s: Size) =>
  app === 'ours' && s === 'bundled'
    ? '/' // the page as a reader opens it: the bundled dataset, no ?data=
    : `${PAGES[app]}?data=/bench-data/${dataFile(s)}`;

/**
 * The floor pages with React load the app's own React build (dist/assets/vendor-*.js), the one
 * with checks the app's own data worker (dist/assets/datasetWorker-*.js), and the one reading in
 * slices with checks the app's own checks, built here into one plain script (bench/floor/eventCheck.ts).
 */
async function prepareFloorScripts() {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const vendor = /src="\.\/(assets\/vendor-[\w-]+\.js)"/.exec(html)?.[1];
  if (!vendor) usage('dist/index.html loads no vendor script: the floor page with React needs it');
  copyFileSync(join(ROOT, 'dist', vendor), join(TMP, 'floor-vendor.js'));
  const worker = readdirSync(join(ROOT, 'dist/assets')).find((f) => /^datasetWorker-[\w-]+\.js$/.test(f));
  if (!worker) usage('dist/assets holds no datasetWorker script: the floor page with checks needs it');
  copyFileSync(join(ROOT, 'dist/assets', worker), join(TMP, 'floor-worker.js'));
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: TMP,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: join(ROOT, 'bench/floor/eventCheck.ts'), formats: ['iife'], name: 'floorChecks', fileName: () => 'floor-check.js' },
    },
  });
}

const runsFor = (app: AppName, s: Size) => {
  // vis-timeline needs minutes at 100,000 events (339 s to first render measured here once).
  if (app === 'vis' && s === 100_000) return opts.quick || opts.noVis100k ? 0 : 1;
  return opts.runs ?? (opts.quick ? 1 : 3);
};
// vis-timeline took 339 s to first render 100,000 events here once: give it 10 minutes.
const timeoutFor = (app: AppName, s: Size) => (s === 'bundled' || s < 100_000 ? 60_000 : app === 'vis' ? 600_000 : 180_000);

interface Summary {
  interactiveMs: number | null;
  /** The continuous sequence (one input per frame). */
  contMedianMs: number | null;
  contP95Ms: number | null;
  contMaxMs: number | null;
  contMainMs: number | null;
  contLongTaskMs: number | null;
  contFrames: number | null;
  /** The spaced sequence (one input every 50 ms or more). */
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  frameMaxMs: number | null;
  frames: number | null;
  heapMB: number | null;
  domNodes: number | null;
  maxLongTaskMs: number | null;
  /** CPU while loading (bench/cpu.ts): all the browser's processes, and where it ran. */
  cpuMs: number | null;
  cpuMainMs: number | null;
  cpuWorkerMs: number | null;
  cpuRendererOtherMs: number | null;
  cpuOtherProcessesMs: number | null;
  /** The search typed after the input sequences (ours). */
  searchShownMs: number | null;
  searchLongTaskMs: number | null;
  /** The longest task of any run: its load, its input sequences or its search (the target allows none over 100 ms, not a median). */
  worstTaskMs: number | null;
}

function summarise(runs: RunResult[]): Summary {
  return {
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    contMedianMs: median(runs.map((r) => r.continuous?.all.medianMs)),
    contP95Ms: median(runs.map((r) => r.continuous?.all.p95Ms)),
    contMaxMs: median(runs.map((r) => r.continuous?.all.maxMs)),
    contMainMs: median(runs.map((r) => r.continuous?.mainMsPerInputFrame)),
    contLongTaskMs: median(runs.map((r) => r.continuous?.maxLongTaskMs)),
    contFrames: median(runs.map((r) => r.continuous?.all.count)),
    frameMedianMs: median(runs.map((r) => r.frames?.medianMs)),
    frameP95Ms: median(runs.map((r) => r.frames?.p95Ms)),
    frameMaxMs: median(runs.map((r) => r.frames?.maxMs)),
    frames: median(runs.map((r) => r.frames?.count)),
    heapMB: median(runs.map((r) => r.heapMB)),
    domNodes: median(runs.map((r) => r.domNodes)),
    maxLongTaskMs: median(runs.map((r) => r.maxLongTaskMs)),
    cpuMs: median(runs.map((r) => r.loadCpu?.totalMs)),
    cpuMainMs: median(runs.map((r) => r.loadCpu?.mainMs)),
    cpuWorkerMs: median(runs.map((r) => r.loadCpu?.workerMs)),
    cpuRendererOtherMs: median(runs.map((r) => r.loadCpu?.rendererOtherMs)),
    cpuOtherProcessesMs: median(runs.map((r) => r.loadCpu?.otherProcessesMs)),
    searchShownMs: median(runs.map((r) => r.search?.shownMs)),
    searchLongTaskMs: median(runs.map((r) => r.search?.maxLongTaskMs)),
    worstTaskMs: maximum(runs.flatMap((r) => [r.maxLongTaskMs, r.continuous?.maxLongTaskMs, r.search?.maxLongTaskMs])),
  };
}

/** The pages also loaded as in a reader's browser, and how many times each (more than the main runs: a load alone is quick). */
const READER_APPS: AppName[] = ['ours', 'react', 'slicedChecks', 'chart'];
const readerRuns = opts.runs ?? (opts.quick ? 1 : 5);

interface ReaderEntry {
  size: string;
  app: AppName;
  url: string;
  /** Interactive ms of each load, null where the page never became ready. */
  loadsMs: (number | null)[];
  medianMs: number | null;
}

interface Entry {
  size: string;
  events: number;
  app: AppName;
  url: string;
  runsPlanned: number;
  runs: RunResult[];
  median: Summary;
}

const fmt = (v: number | null | undefined, digits = 0) => (v == null ? '—' : v.toFixed(digits));
const fmtRatio2 = (v: number | null) => (v == null ? '—' : `×${v.toFixed(2)}`);
const fmtRatio = (v: number | null) => (v == null ? '—' : `×${v >= 10 ? v.toFixed(0) : v.toFixed(1)}`);
const pad = (s: string, n: number, right = false) => (right ? s.padEnd(n) : s.padStart(n));

// Other work on the machine skews every number: the load average is recorded with the results.
const loadAtStart = loadavg();

async function main() {
  ensureBenchDependencies();
  if (opts.build) build();
  if (!existsSync(join(ROOT, 'dist/index.html'))) usage('dist/index.html is missing: run without --no-build');
  // The bundled dataset is always prepared: the warm-up loads it.
  const counts = prepareData([...new Set<Size>(['bundled', ...opts.sizes])]);
  if (APPS.some((a) => a !== 'ours' && a !== 'vis' && a !== 'floor')) await prepareFloorScripts();
  const server = await startBenchServer(ROOT);
  // The server gzips text files once; do it before measuring, as a host would have them ready.
  for (const s of new Set<Size>(['bundled', ...opts.sizes])) await warmStaticFile(join(TMP, dataFile(s)));
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
  const entries: Entry[] = [];
  const readers: ReaderEntry[] = [];
  try {
    console.log(`Serving on ${server.url}; Chromium ${browser.version()}`);
    // One unrecorded warm-up load per app, so neither pays for the browser's first page.
    for (const app of APPS) {
      await measureRun(browser, server.url, { app, url: urlFor(app, 'bundled'), timeoutMs: 60_000 });
    }
    for (const s of opts.sizes) {
      const planned = new Map(APPS.map((app) => [app, runsFor(app, s)] as const));
      const byApp = new Map<AppName, RunResult[]>(APPS.map((app) => [app, []]));
      const most = Math.max(...planned.values());
      // Alternate the apps run by run, so drift in the machine hits both alike.
      for (let i = 0; i < most; i++) {
        for (const app of APPS) {
          if (i >= planned.get(app)!) continue;
          const t = Date.now();
          process.stdout.write(`  ${pad(sizeLabel(s), 7, true)} ${pad(app, 4, true)} run ${i + 1}/${planned.get(app)}… `);
          const r = await measureRun(browser, server.url, { app, url: urlFor(app, s), timeoutMs: timeoutFor(app, s) });
          byApp.get(app)!.push(r);
          console.log(
            r.error
              ? `${r.error} (interactive ${fmt(r.interactiveMs)} ms)`
              : `interactive ${fmt(r.interactiveMs)} ms, continuous frames ${fmt(r.continuous?.all.medianMs, 1)}/${fmt(r.continuous?.all.p95Ms, 1)}/${fmt(r.continuous?.all.maxMs, 1)} ms (median/p95/max), ${fmt(r.continuous?.mainMsPerInputFrame, 1)} ms main thread per input frame; spaced p95 ${fmt(r.frames?.p95Ms, 1)} ms (${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
        }
      }
      for (const app of APPS) {
        if (planned.get(app) === 0) continue;
        const runs = byApp.get(app)!;
        entries.push({ size: sizeLabel(s), events: counts.get(s)!, app, url: urlFor(app, s), runsPlanned: planned.get(app)!, runs, median: summarise(runs) });
      }
    }
    const readerApps = READER_APPS.filter((app) => APPS.includes(app));
    if (!opts.noReader && readerApps.length) {
      console.log(`Loads as in a reader's browser (no DevTools Network domain), ${readerRuns} each: ${readerApps.join(', ')}`);
      for (const s of opts.sizes) {
        const pages = readerApps.map((app) => ({ key: app, url: server.url + urlFor(app, s) }));
        const loads = await readerLoads(CHROME, CHROMIUM_ARGS, pages, readerRuns, timeoutFor('ours', s), server.url + urlFor('ours', 'bundled'));
        for (const [app, ms] of loads) readers.push({ size: sizeLabel(s), app, url: urlFor(app, s), loadsMs: ms, medianMs: median(ms) });
      }
    }
  } finally {
    const version = browser.version();
    await browser.close();
    await server.close();
    report(entries, readers, version, counts);
  }
}

// ---- report -----------------------------------------------------------------------------------

const APP_LABELS: Record<AppName, string> = { ours: 'ours', vis: 'vis', floor: 'floor', react: 'floor+React', worker: 'floor+worker', slices: 'floor+slices', slicedChecks: 'floor+slices+checks', chart: 'floor+chart', checked: 'floor+checks' };

function report(entries: Entry[], readers: ReaderEntry[], chromiumVersion: string, counts: Map<Size, number>) {
  const get = (size: string, app: AppName) => entries.find((e) => e.size === size && e.app === app);
  const sizes = [...new Set(entries.map((e) => e.size))];

  const ratios = sizes
    .map((size) => {
      const o = get(size, 'ours')?.median;
      const v = get(size, 'vis')?.median;
      if (!o || !v) return null;
      return {
        size,
        interactive: ratio(v.interactiveMs, o.interactiveMs),
        contMedian: ratio(v.contMedianMs, o.contMedianMs),
        contP95: ratio(v.contP95Ms, o.contP95Ms),
        contMax: ratio(v.contMaxMs, o.contMaxMs),
        contMain: ratio(v.contMainMs, o.contMainMs),
        frameMedian: ratio(v.frameMedianMs, o.frameMedianMs),
        frameP95: ratio(v.frameP95Ms, o.frameP95Ms),
        frameMax: ratio(v.frameMaxMs, o.frameMaxMs),
        heap: ratio(v.heapMB, o.heapMB),
        domNodes: ratio(v.domNodes, o.domNodes),
        maxLongTask: ratio(v.maxLongTaskMs, o.maxLongTaskMs),
      };
    })
    .filter((r) => r !== null);

  // Both tables: the rows of a size in this order, the bundled dataset named by its event count.
  const TABLE_APPS = ['ours', 'vis', 'floor', 'react', 'worker', 'slices', 'slicedChecks', 'chart', 'checked'] as const;
  const rowLabel = (size: string) => (size === 'bundled' ? `${counts.get('bundled') ?? ''}*` : size);

  // Table: per size and app, the load figures and the continuous input row, then the spaced input row.
  const head = ['N', 'app', 'runs', 'interactive ms', 'input', 'frame med', 'frame p95', 'frame max', 'main ms/frame', 'heap MB', 'DOM nodes', 'long task ms'];
  // The app column fits the longest page name.
  const appWidth = Math.max(...Object.values(APP_LABELS).map((l) => l.length));
  const widths = [8, appWidth, 5, 15, 11, 10, 10, 10, 14, 8, 10, 13];
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i < 2 || i === 4)).join(' ');
  const rows: string[] = [line(head), '-'.repeat(widths.reduce((a, b) => a + b + 1, -1))];
  for (const size of sizes) {
    const label = rowLabel(size);
    for (const app of TABLE_APPS) {
      const e = get(size, app);
      if (!e) continue;
      const m = e.median;
      const ok = e.runs.filter((r) => r.interactiveMs != null).length;
      const charted = app === 'ours' || app === 'vis';
      rows.push(
        line([
          label,
          APP_LABELS[app],
          `${ok}/${e.runsPlanned}`,
          fmt(m.interactiveMs),
          charted ? 'continuous' : '',
          charted ? fmt(m.contMedianMs, 1) : '—',
          charted ? fmt(m.contP95Ms, 1) : '—',
          charted ? fmt(m.contMaxMs, 1) : '—',
          charted ? fmt(m.contMainMs, 1) : '—',
          fmt(m.heapMB, 1),
          fmt(m.domNodes),
          fmt(m.maxLongTaskMs),
        ]),
      );
      if (charted) rows.push(line(['', '', '', '', 'spaced', fmt(m.frameMedianMs, 1), fmt(m.frameP95Ms, 1), fmt(m.frameMaxMs, 1), '', '', '', '']));
    }
    const r = ratios.find((x) => x.size === size);
    if (r) {
      rows.push(
        line([label, 'vis/ours', '', fmtRatio(r.interactive), 'continuous', fmtRatio(r.contMedian), fmtRatio(r.contP95), fmtRatio(r.contMax), fmtRatio(r.contMain), fmtRatio(r.heap), fmtRatio(r.domNodes), fmtRatio(r.maxLongTask)]),
      );
      rows.push(line(['', '', '', '', 'spaced', fmtRatio(r.frameMedian), fmtRatio(r.frameP95), fmtRatio(r.frameMax), '', '', '', '']));
    }
  }

  // CPU while loading: what each load gave the machine's cores to do, and where.
  const cpuHead = ['N', 'app', 'interactive ms', 'CPU ms', 'cores busy', 'main', 'workers', 'renderer other', 'other processes'];
  const cpuWidths = [8, appWidth, 15, 8, 11, 8, 8, 15, 16];
  const cpuLine = (cells: string[]) => cells.map((c, i) => pad(c, cpuWidths[i]!, i < 2)).join(' ');
  const cpuRows: string[] = [cpuLine(cpuHead), '-'.repeat(cpuWidths.reduce((a, b) => a + b + 1, -1))];
  for (const size of sizes) {
    const label = rowLabel(size);
    for (const app of TABLE_APPS) {
      const m = get(size, app)?.median;
      if (!m || m.cpuMs == null) continue;
      const busy = m.interactiveMs ? m.cpuMs / m.interactiveMs : null;
      cpuRows.push(cpuLine([label, APP_LABELS[app], fmt(m.interactiveMs), fmt(m.cpuMs), fmt(busy, 2), fmt(m.cpuMainMs), fmt(m.cpuWorkerMs), fmt(m.cpuRendererOtherMs), fmt(m.cpuOtherProcessesMs)]));
    }
  }

  // A search as a reader types it: how soon the results show, and the longest task meanwhile.
  const searchHead = ['N', 'app', 'runs', 'shown ms', 'long task ms'];
  const searchWidths = [8, 12, 5, 10, 13];
  const searchLine = (cells: string[]) => cells.map((c, i) => pad(c, searchWidths[i]!, i < 2)).join(' ');
  const searchRows: string[] = [searchLine(searchHead), '-'.repeat(searchWidths.reduce((a, b) => a + b + 1, -1))];
  for (const size of sizes) {
    const e = get(size, 'ours');
    if (!e || e.median.searchLongTaskMs == null) continue;
    searchRows.push(searchLine([rowLabel(size), APP_LABELS.ours, `${e.runs.filter((r) => r.search).length}/${e.runsPlanned}`, fmt(e.median.searchShownMs), fmt(e.median.searchLongTaskMs)]));
  }

  // Loads as in a reader's browser: each page's median and range, and ours over the floor with React.
  const readerHead = ['N', 'app', 'loads', 'interactive ms', 'range ms', '/ floor+React'];
  const readerWidths = [8, 20, 5, 14, 13, 13];
  const readerLine = (cells: string[]) => cells.map((c, i) => pad(c, readerWidths[i]!, i < 2)).join(' ');
  const readerRows: string[] = [readerLine(readerHead), '-'.repeat(readerWidths.reduce((a, b) => a + b + 1, -1))];
  for (const size of [...new Set(readers.map((r) => r.size))]) {
    const floorMs = readers.find((r) => r.size === size && r.app === 'react')?.medianMs;
    for (const r of readers.filter((x) => x.size === size)) {
      const ok = r.loadsMs.filter((v): v is number => v != null);
      const range = ok.length ? `${Math.round(Math.min(...ok))}–${Math.round(Math.max(...ok))}` : '—';
      readerRows.push(readerLine([rowLabel(size), APP_LABELS[r.app], `${ok.length}/${r.loadsMs.length}`, fmt(r.medianMs), range, r.app === 'react' ? '' : fmtRatio2(ratio(r.medianMs, floorMs))]));
    }
  }

  // Bundle sizes.
  let ours: SizedFile[] = [];
  try {
    ours = initialAssets();
  } catch (err) {
    console.error(`bench: could not size dist/ assets: ${(err as Error).message}`);
  }
  const oursGzip = ours.length ? ours.reduce((a, f) => a + f.gzipBytes, 0) : null;
  const vis = visBundle();

  // Targets (KB = 1000 bytes, as Vite reports sizes).
  const o10k = get('10000', 'ours')?.median;
  const o100k = get('100000', 'ours')?.median;
  const r10k = ratios.find((r) => r.size === '10000');
  // The floor pages (fetch + JSON.parse, then one frame) bound what any page can reach here.
  const floorMs = (size: string, app: Exclude<AppName, 'ours' | 'vis'>) => get(size, app)?.median.interactiveMs ?? null;
  const floors = (t: Target, size: string) => withFloor(t, floorMs(size, 'floor'), floorMs(size, 'react'));
  const oBundled = get('bundled', 'ours')?.median;
  const cpuOf = (size: string, app: AppName) => get(size, app)?.median.cpuMs ?? null;
  const withLoadCpu = (t: Target, size: string, limitMs: number | null) =>
    withCpu(t, { ours: cpuOf(size, 'ours'), react: cpuOf(size, 'react'), checked: cpuOf(size, 'checked') }, cpus().length, limitMs);
  // A relative target as a time: the factor times the floor with React's time.
  const relativeLimitMs = (size: string, factor: number) => {
    const f = floorMs(size, 'react');
    return f == null ? null : f * factor;
  };
  // Judged against the floor with React's median, and only counted when its runs agree (withSteadyFloor).
  const relativeLoad = (name: string, oursMs: number | null | undefined, size: string, factor: number) =>
    withSteadyFloor(relativeTarget(name, oursMs, floorMs(size, 'react'), factor), get(size, 'react')?.runs.map((r) => r.interactiveMs) ?? []);
  // A ×1.5 load target with the floors that split its time: reading with checks, reading in a worker, reading in slices, with and without checks.
  const relativeLoadWithFloors = (name: string, oursMs: number | null | undefined, size: string) => {
    const react = floorMs(size, 'react');
    const withPipelines = withHandover(withPipeline(relativeLoad(name, oursMs, size, 1.5), floorMs(size, 'checked'), react), floorMs(size, 'worker'), react);
    const withReading = withSlicedChecks(withSlices(withPipelines, floorMs(size, 'slices'), react), floorMs(size, 'slicedChecks'), react);
    return withLoadCpu(withLeastChart(withReading, floorMs(size, 'chart'), react), size, relativeLimitMs(size, 1.5));
  };
  const targets: Target[] = [
    target('10k: continuous input frame median', o10k?.contMedianMs, '<=', 17.5, 'ms'),
    target('10k: continuous input frame p95', o10k?.contP95Ms, '<=', 20, 'ms'),
    target('10k: vis/ours continuous frame p95', r10k?.contP95, '>=', 10, '×'),
    target('100k: continuous input frame median', o100k?.contMedianMs, '<=', 17.5, 'ms'),
    target('100k: continuous input frame p95', o100k?.contP95Ms, '<=', 25, 'ms'),
    withLoadCpu(floors(target('bundled: interactive', oBundled?.interactiveMs, '<=', 300, 'ms'), 'bundled'), 'bundled', 300),
    relativeLoadWithFloors('10k: interactive / floor with React', o10k?.interactiveMs, '10000'),
    relativeLoadWithFloors('100k: interactive / floor with React', o100k?.interactiveMs, '100000'),
    target('100k: JS heap after GC', o100k?.heapMB, '<=', 60, 'MB'),
    // Every run counts: one load with a task over 100 ms misses the target, whatever the median.
    target('longest task during load or input (any run, any size)', maximum(entries.filter((e) => e.app === 'ours').map((e) => e.median.worstTaskMs)), '<=', 100, 'ms'),
    target('initial JS+CSS gzip', oursGzip == null ? null : oursGzip / 1000, '<=', 140, 'KB'),
  ];

  const notes: string[] = [];
  if (sizes.includes('bundled')) notes.push('* the bundled dataset: ours opens / (no ?data=), vis loads the same file from /bench-data/bundled.json.');
  if (entries.some((e) => e.app === 'vis' && e.size === '100000')) notes.push('vis at 100,000 events: 1 run only (its load takes about a minute or more).');
  if (opts.quick) notes.push('--quick: 1 run each; vis at 100,000 skipped.');
  if (entries.some((e) => e.app === 'floor' || e.app === 'react'))
    notes.push('floor: a page that only fetches the file, JSON.parses it and shows the event count (bench/floor/); floor+React: the same through a React root, with the app\'s own React build. No validation, layout or chart: no app can be faster on this machine.');
  if (entries.some((e) => e.app === 'worker'))
    notes.push('floor+worker: floor+React with the file parsed in a worker that sends its events to the page in batches, as the app\'s data worker does, and checks nothing (bench/floor/handover.js): the least a page does to read a file without parsing it on its main thread, where a large file is one long task.');
  if (entries.some((e) => e.app === 'slices'))
    notes.push('floor+slices: floor+React with the file read on the page as it arrives: its bytes scanned for the ends of whole events, each piece\'s events decoded and JSON.parsed at once, the page yielding whenever a slice has run 40 ms (bench/floor/slices.js); nothing checked: the least a page does to read a large file on its main thread without one long task.');
  if (entries.some((e) => e.app === 'slicedChecks'))
    notes.push("floor+slices+checks: floor+slices with the app's own checks (the header and actors once the events array opens, then each piece's events as it is parsed, the reply links at the end; bench/floor/eventCheck.ts, built from src/shared/dataset), on the page, no interface: the cheapest reading measured, with what makes an untrusted file safe to show.");
  if (entries.some((e) => e.app === 'chart'))
    notes.push("floor+chart: floor+slices+checks, then the least chart a reader could use (bench/floor/chart.js): the title, a date axis formatted with Intl, a canvas with one lane per actor and the events counted per 40-pixel column, drawn as circles with their counts; the wheel zooms; no filters, search, overview, legend, keyboard travel between events, focus, tooltips, arcs or labels. What any page that validates the file, runs no long task and shows a chart must do.");
  if (entries.some((e) => e.app === 'checked'))
    notes.push('floor+checks: floor+React with the file loaded by the app\'s own data worker (fetched, parsed, every event checked, sent to the page in batches), and no interface: what reading an untrusted file safely costs, apart from the chart and the page.');
  if (opts.noVis100k) notes.push('--no-vis-100k: vis-timeline at 100,000 events skipped (it took 339 s to first render here once).');
  for (const e of entries) {
    const how = new Set(e.runs.map((r) => r.readyHow).filter((h) => h && h !== 'flag' && h !== 'changed'));
    if (how.size) notes.push(`${e.size} ${e.app}: ready detected by ${[...how].join(', ')}`);
    for (const [i, r] of e.runs.entries()) {
      if (r.error) notes.push(`${e.size} ${e.app} run ${i + 1}: ${r.error}`);
      if (r.continuous && r.continuous.inputFrames < r.continuous.inputsPlanned)
        notes.push(`${e.size} ${e.app} run ${i + 1}: continuous: took ${r.continuous.inputFrames} of the ${r.continuous.inputsPlanned} inputs in the time allowed (${Math.round(r.continuous.all.sequenceMs / 1000)} s); its frame times are those of the inputs it took`);
      if (r.continuous && !r.continuous.zoomChangedView) notes.push(`${e.size} ${e.app} run ${i + 1}: the continuous wheel zoom did not change the axis`);
      if (r.continuous && !r.continuous.panChangedView) notes.push(`${e.size} ${e.app} run ${i + 1}: the continuous drag did not change the axis`);
      if (r.zoomChangedView === false) notes.push(`${e.size} ${e.app} run ${i + 1}: the wheel zoom did not change the axis`);
      if (r.panChangedView === false) notes.push(`${e.size} ${e.app} run ${i + 1}: the drags did not change the axis`);
    }
  }

  console.log('');
  console.log(rows.join('\n'));
  console.log('');
  console.log(
    `Medians over runs. Frame times: rAF deltas from the first input to 100 ms after the last. continuous: one input per animation frame (${CONTINUOUS.zoomSteps} wheel steps in, a drag of ${CONTINUOUS.dragMoves} moves, ${CONTINUOUS.zoomSteps} wheel steps out), main ms/frame = main-thread task time over the sequence per input frame; spaced: 10 wheel zooms in, 10 drags of 200 px, 10 wheel zooms out, 50 ms apart. Heap after forced GC (MB = 2^20 bytes); long task = longest during load.`,
  );
  for (const n of notes) console.log(`  ${n}`);
  if (cpuRows.length > 2) {
    console.log('');
    console.log(cpuRows.join('\n'));
    console.log('');
    console.log(
      "  CPU while loading, medians over runs: user and system time of all the browser's processes (Linux /proc) from just before navigation to ready. cores busy = CPU ms / interactive ms. main: the page's main thread; workers: its workers, and its threads that ended during the load (a data worker that finished); renderer other: the page's process's other threads (script compilation, the garbage collector's helpers, compositor, I/O); other processes: browser, GPU process, network service.",
    );
  }
  if (searchRows.length > 2) {
    console.log('');
    console.log(searchRows.join('\n'));
    console.log('');
    console.log(
      `  Search, ours, medians over runs, after the input sequences: "${SEARCH_QUERY}" typed into the search box one key every 120 ms. shown ms: from the last key to the count of events shown changing (the box waits 200 ms for more keys before it filters); long task: the longest from the first key until then (0: none over 50 ms).`,
    );
  }
  if (readerRows.length > 2) {
    console.log('');
    console.log(readerRows.join('\n'));
    console.log('');
    console.log(
      `  Loads as in a reader's browser, medians: Chromium driven over its DevTools pipe with only the Page and Runtime domains (bench/readerBrowser.ts), the pages in turn, a fresh context each. The tables above come from Playwright, which turns DevTools' Network domain on in every page: Chromium then keeps and decodes each response under 10 MB for the inspector (about 105 ms at 10,000 events), which no reader's browser does. The targets are judged on the tables above.`,
    );
  }
  console.log(`  Machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, load average (1 min) ${loadAtStart[0]!.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end.`);
  console.log('');
  console.log(`Initial JS+CSS (gzip -9): ${oursGzip == null ? '—' : `${(oursGzip / 1000).toFixed(1)} KB`} (${ours.map((f) => `${f.file} ${(f.gzipBytes / 1000).toFixed(1)} KB`).join(', ')})`);
  console.log(`vis-timeline standalone bundle (gzip -9): ${(vis.gzipBytes / 1000).toFixed(1)} KB (${vis.file}, JS with its CSS inlined)`);
  console.log('');
  for (const t of targets) for (const l of targetLines(t)) console.log(l);

  const cpu = cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpuModel: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      os: `${platform()} ${release()}`,
      loadAverage1mAtStart: Number(loadAtStart[0]!.toFixed(2)),
      loadAverage1mAtEnd: Number(loadavg()[0]!.toFixed(2)),
      node: process.version,
      chromium: chromiumVersion,
      visTimeline: (JSON.parse(readFileSync(join(ROOT, 'bench/node_modules/vis-timeline/package.json'), 'utf8')) as { version: string }).version,
    },
    config: {
      argv: process.argv.slice(2),
      quick: opts.quick,
      only: opts.only,
      sizes: opts.sizes.map(sizeLabel),
      viewport: { width: 1280, height: 720 },
      continuous: `one synthetic input per animation frame, dispatched in the page on the element under the chart's centre: ${CONTINUOUS.zoomSteps} × wheel(deltaY -${CONTINUOUS.wheelDeltaY}), pointer/mouse down, ${CONTINUOUS.dragMoves} moves of ${CONTINUOUS.dragPxPerMove} px left, up, ${CONTINUOUS.zoomSteps} × wheel(deltaY ${CONTINUOUS.wheelDeltaY}); main-thread time from CDP Performance.getMetrics TaskDuration (thread ticks)`,
      sequence: '10 × wheel(0, -240) + 50 ms; 10 × drag 200 px left in 5 steps + 50 ms; 10 × wheel(0, 240) + 50 ms',
      frameWindow: 'rAF deltas from the first input event to 100 ms after the last',
      longTasks: 'longest PerformanceObserver longtask from navigation start to ready + 500 ms',
      heap: 'HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize, in MB of 2^20 bytes, 500 ms after ready',
      search: `ours: "${SEARCH_QUERY}" typed into the search box one key every 120 ms after the input sequences; time from the last key to the last change of the count of events shown, and the longest task from the first key`,
    },
    bundle: { ours: { files: ours, gzipBytes: oursGzip }, vis },
    entries,
    readerBrowser: readers,
    ratios,
    targets,
    notes,
  };
  const out = resolve(ROOT, opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${opts.out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
