// One measured run: a fresh browser context, one navigation, one scripted zoom/pan sequence.
// In-page code is passed as strings: tsx may wrap named functions in helpers that do not exist in
// the page, so nothing here relies on serialising a Node-side function with inner functions.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { cpuBetween, snapshotChromium, type LoadCpu } from './cpu.ts';
import { median, percentile } from './stats.ts';

/**
 * ours, vis-timeline, the two floor pages (bench/floor/: fetch and parse only, without and with
 * React), and the floor page with React that loads the file through the app's own data worker.
 */
export type AppName = 'ours' | 'vis' | 'floor' | 'react' | 'worker' | 'slices' | 'slicedChecks' | 'chart' | 'checked';

export interface RunResult {
  /** ms from navigation start to rendered, interactive timeline (window.__timelineReadyAt). */
  interactiveMs: number | null;
  /** How ready was detected: 'flag' (the app's contract), 'fallback', 'changed' (vis)… */
  readyHow: string | null;
  /** The spaced sequence: one input every 50 ms or more, frames between them counted too. */
  frames: FrameStats | null;
  /** The continuous sequence: one input per animation frame, as a trackpad or a smooth mouse sends. */
  continuous: ContinuousResult | null;
  /** Did the axis change after the zooms and after the drags? */
  zoomChangedView: boolean | null;
  panChangedView: boolean | null;
  heapMB: number | null;
  domNodes: number | null;
  /** Longest long task from navigation start until the end of the settle period after ready. */
  maxLongTaskMs: number | null;
  longTaskCount: number | null;
  /** CPU time of all of the browser's processes from just before navigation to ready (bench/cpu.ts); null without /proc. */
  loadCpu: LoadCpu | null;
  /** ours only: a word typed into the search box, after the zoom and pan sequences. */
  search: SearchRun | null;
  error?: string;
}

export interface SearchRun {
  /** ms from the last key to the last change of the count of events shown (the box waits 200 ms for more keys before it filters). */
  shownMs: number | null;
  /** Longest long task from the first key until the results settled (0: none over 50 ms). */
  maxLongTaskMs: number;
}

export interface FrameStats {
  count: number;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  sequenceMs: number;
}

export interface ContinuousResult {
  /** Every frame of the sequence: the zooms in and out, then the drag. */
  all: FrameStats;
  zoom: FrameStats;
  drag: FrameStats;
  /** Main-thread task time (CDP Performance.getMetrics TaskDuration) over the sequence, per input frame. */
  mainMsPerInputFrame: number | null;
  inputFrames: number;
  /** Inputs in the whole sequence; fewer were sent (inputFrames) when the page could not take them in time. */
  inputsPlanned: number;
  /** Longest long task that started during the sequence (0: none over 50 ms). */
  maxLongTaskMs: number;
  zoomChangedView: boolean;
  panChangedView: boolean;
}

interface RunSpec {
  app: AppName;
  url: string;
  timeoutMs: number;
}

/** The chart element to wheel and drag over, and the element whose text shows the visible range. */
const TARGETS: Partial<Record<AppName, { chart: string; axis: string }>> = {
  // The app draws its axis on a canvas; the view it drew last is in window.__timelineView.
  ours: { chart: 'svg.timeline-svg', axis: 'svg.timeline-svg .axis' },
  vis: { chart: '.vis-timeline', axis: '.vis-time-axis.vis-foreground' },
};

/** The CDP binding the init script reports through (Runtime.addBinding). */
const REPORT_BINDING = '__benchReport';

/** If the app does not set the ready flag: the first of these on screen, then network idle. */
const FALLBACK_SELECTOR = '.event-mark, canvas.timeline-canvas';
const SETTLE_MS = 500;
const MB = 1024 * 1024;

// Installed before any page script: long tasks, and the fallback ready time (checked every frame
// until the ready flag or a rendered mark appears). The ready flag, a page error and the fallback
// are reported through a CDP binding, so that nothing polls the page while it loads: Playwright's
// page.evaluate/waitForFunction would run its own scripts (tens of ms) on the measured main thread.
const INIT_SCRIPT = `(() => {
  const report = (message) => {
    try {
      window.${REPORT_BINDING}(JSON.stringify(message));
    } catch {}
  };
  let readyAt, benchError;
  Object.defineProperty(window, '__timelineReadyAt', {
    configurable: true,
    get: () => readyAt,
    set: (v) => {
      if (readyAt !== undefined) return;
      readyAt = v;
      report({ ready: v });
    },
  });
  Object.defineProperty(window, '__benchError', {
    configurable: true,
    get: () => benchError,
    set: (v) => {
      benchError = v;
      report({ error: String(v) });
    },
  });
  const b = (window.__bench = { longTasks: [], fallbackAt: undefined });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) {
    b.longTaskError = String(err);
  }
  const poll = () => {
    if (document.documentElement.dataset.timelineReady === 'true') return;
    if (document.querySelector(${JSON.stringify(FALLBACK_SELECTOR)})) {
      b.fallbackAt = performance.now();
      report({ fallback: b.fallbackAt });
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

// Records rAF timestamps and the time of every input event until __benchStop() is called.
const START_RECORDING = `(() => {
  const r = (window.__rec = { frames: [], inputs: [], on: true });
  const loop = (t) => {
    r.frames.push(t);
    if (r.on) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const note = () => r.inputs.push(performance.now());
  for (const type of ['wheel', 'mousedown', 'mousemove', 'mouseup'])
    window.addEventListener(type, note, { capture: true, passive: true });
  window.__benchStop = () => {
    r.on = false;
    for (const type of ['wheel', 'mousedown', 'mousemove', 'mouseup'])
      window.removeEventListener(type, note, { capture: true });
    return { frames: r.frames, inputs: r.inputs };
  };
})();`;

/** Time kept, of what the continuous sequence is allowed, for its last frames and the readings after it. */
const CONTINUOUS_SPARE_MS = 30_000;

/** Zoom steps each way and drag moves in the continuous sequence; the wheel delta of one step. */
export const CONTINUOUS = { zoomSteps: 40, dragMoves: 60, wheelDeltaY: 60, dragPxPerMove: 6 } as const;

/*
 * The continuous sequence, driven from inside the page: at the start of every animation frame
 * one input event is dispatched on the element under the chart's centre: 40 wheel steps in, a
 * drag (press, one move per frame, release; zoomed in, where there is room to pan), 40 steps out. Chromium aligns real continuous input
 * (wheel, pointer moves) with frames the same way; dispatching it here guarantees exactly one per
 * frame, which a driver outside the page cannot. Pointer and mouse events are both sent, so that
 * libraries listening to either (d3-zoom: mouse; vis-timeline's Hammer.js: pointer) see the drag.
 */
// A page too slow to take all the inputs within \`budgetMs\` gets no more (a drag in progress is
// released): its frame times are those of the inputs it took, and the result says how many.
const CONTINUOUS_SCRIPT = `window.__benchContinuous = (x, y, o, axis, budgetMs) => new Promise((resolve) => {
  const started = performance.now();
  const signature = () =>
    Array.from(document.querySelectorAll(axis)).map((e) => e.textContent || '').join('|') +
    (window.__timelineView || '') +
    (window.__vis ? JSON.stringify(window.__vis.getWindow()) : '');
  const target = document.elementFromPoint(x, y) || document.body;
  const plan = [];
  for (let i = 0; i < o.zoomSteps; i++) plan.push({ type: 'wheel', dy: -o.wheelDeltaY, phase: 'zoom' });
  plan.push({ type: 'down', x, phase: 'drag' });
  for (let i = 1; i <= o.dragMoves; i++) plan.push({ type: 'move', x: x - i * o.dragPxPerMove, phase: 'drag' });
  plan.push({ type: 'up', x: x - o.dragMoves * o.dragPxPerMove, phase: 'drag' });
  for (let i = 0; i < o.zoomSteps; i++) plan.push({ type: 'wheel', dy: o.wheelDeltaY, phase: 'zoom', afterDrag: i === 0 });
  const mouse = (type, cx, buttons) => {
    const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: cx, clientY: y, screenX: cx, screenY: y, button: 0, buttons };
    const ptype = type === 'mousedown' ? 'pointerdown' : type === 'mouseup' ? 'pointerup' : 'pointermove';
    target.dispatchEvent(new PointerEvent(ptype, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
    target.dispatchEvent(new MouseEvent(type, init));
  };
  const frames = [];
  const inputs = [];
  const phases = { zoom: [Infinity, -Infinity], drag: [Infinity, -Infinity] };
  let i = 0;
  let zoomedIn = null;
  let dragged = null;
  let held = false;
  const tick = (ts) => {
    frames.push(ts);
    const outOfTime = performance.now() - started > budgetMs;
    if (outOfTime && held) mouse('mouseup', x, 0);
    const step = outOfTime ? undefined : plan[i++];
    if (!step) {
      const stop = performance.now() + 100;
      const tail = (t) => {
        frames.push(t);
        if (t < stop) requestAnimationFrame(tail);
        else resolve({ frames, inputs, phases, zoomedIn: zoomedIn ?? signature(), dragged: dragged ?? signature(), planned: plan.length });
      };
      requestAnimationFrame(tail);
      return;
    }
    const now = performance.now();
    inputs.push(now);
    const p = phases[step.phase];
    p[0] = Math.min(p[0], now);
    p[1] = Math.max(p[1], now);
    if (step.afterDrag) dragged = signature();
    if (step.type === 'wheel') {
      target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, deltaY: step.dy, deltaMode: 0 }));
    } else if (step.type === 'down') {
      zoomedIn = signature();
      held = true;
      mouse('mousedown', step.x, 1);
    } else if (step.type === 'move') mouse('mousemove', step.x, 1);
    else {
      held = false;
      mouse('mouseup', step.x, 0);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});`;

/** Median, p95 and max of frame deltas. */
function frameStats(deltas: number[], sequenceMs: number): FrameStats {
  return {
    count: deltas.length,
    medianMs: median(deltas),
    p95Ms: percentile(deltas, 95),
    maxMs: deltas.length ? Math.max(...deltas) : null,
    sequenceMs,
  };
}

/** Frame deltas that overlap [from, to + 100 ms]: one phase of the continuous sequence. */
function phaseDeltas(frames: number[], from: number, to: number): number[] {
  return frameDeltas(frames, Number.isFinite(from) ? [from, to] : []);
}

async function runContinuous(page: Page, cdp: CDPSession, chart: string, axis: string, budgetMs: number): Promise<ContinuousResult> {
  const c = await chartCentre(page, chart);
  await page.evaluate(CONTINUOUS_SCRIPT);
  const before = await axisSignature(page, axis);
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? null;
  };
  const task0 = await metric();
  const t0 = Date.now();
  type Recording = { frames: number[]; inputs: number[]; phases: Record<'zoom' | 'drag', [number, number]>; zoomedIn: string; dragged: string; planned: number };
  const rec = await page.evaluate(
    ([x, y, o, sel, budget]) =>
      (window as unknown as { __benchContinuous(x: number, y: number, o: unknown, axis: string, budgetMs: number): Promise<Recording> }).__benchContinuous(x, y, o, sel, budget),
    [c.x, c.y, CONTINUOUS, axis, budgetMs] as const,
  );
  const sequenceMs = Date.now() - t0;
  const task1 = await metric();
  const from = Math.min(...rec.inputs);
  const longTasks = await page.evaluate(
    (t) => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks.filter((l) => l.start + l.duration >= t).map((l) => l.duration),
    from,
  );
  const { frames, inputs, phases } = rec;
  return {
    all: frameStats(frameDeltas(frames, inputs), sequenceMs),
    zoom: frameStats(phaseDeltas(frames, phases.zoom[0], phases.zoom[1]), sequenceMs),
    drag: frameStats(phaseDeltas(frames, phases.drag[0], phases.drag[1]), sequenceMs),
    mainMsPerInputFrame: task0 != null && task1 != null && inputs.length > 0 ? ((task1 - task0) * 1000) / inputs.length : null,
    inputFrames: inputs.length,
    inputsPlanned: rec.planned,
    maxLongTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    zoomChangedView: rec.zoomedIn !== before,
    panChangedView: rec.dragged !== rec.zoomedIn,
  };
}

/** What the reader types, one key every SEARCH_KEY_GAP_MS (a brisk typist): a word of the bundled and the generated titles. */
export const SEARCH_QUERY = 'station';
const SEARCH_KEY_GAP_MS = 120;
const SEARCH_SETTLE_MS = 1500;

// Records when the count of events shown (the filter bar's status, "Showing N of M events") changes.
const SEARCH_WATCH = `(() => {
  const status = Array.from(document.querySelectorAll('[role=status]')).find((e) => /\\d/.test(e.textContent || ''));
  window.__benchShownAt = [];
  if (!status) return false;
  new MutationObserver(() => window.__benchShownAt.push(performance.now())).observe(status, { subtree: true, childList: true, characterData: true });
  return true;
})()`;

/** Types SEARCH_QUERY into the app's search box as a reader would, and times what follows. */
async function runSearch(page: Page): Promise<SearchRun> {
  const box = page.locator('input[type=search]').first();
  await box.click();
  if (!(await page.evaluate(SEARCH_WATCH))) throw new Error('no count of events shown to watch');
  const now = () => page.evaluate(() => performance.now());
  const first = await now();
  let last = first;
  for (const ch of SEARCH_QUERY) {
    await page.keyboard.type(ch);
    last = await now();
    await page.waitForTimeout(SEARCH_KEY_GAP_MS);
  }
  await page.waitForTimeout(SEARCH_SETTLE_MS);
  const { shown, tasks } = await page.evaluate(
    (from) => {
      const w = window as unknown as { __benchShownAt: number[]; __bench: { longTasks: { start: number; duration: number }[] } };
      return { shown: w.__benchShownAt, tasks: w.__bench.longTasks.filter((l) => l.start + l.duration >= from).map((l) => l.duration) };
    },
    first,
  );
  const after = shown.filter((t) => t >= last);
  return { shownMs: after.length ? Math.max(...after) - last : null, maxLongTaskMs: tasks.length ? Math.max(...tasks) : 0 };
}

const axisSignature = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll(sel))
        .map((e) => e.textContent ?? '')
        .join('|') +
      ((window as unknown as { __timelineView?: string }).__timelineView ?? '') +
      // vis: the visible window itself, which is exact.
      ((window as unknown as { __vis?: { getWindow(): { start: Date; end: Date } } }).__vis
        ? JSON.stringify((window as unknown as { __vis: { getWindow(): { start: Date; end: Date } } }).__vis.getWindow())
        : ''),
    selector,
  );

/** The centre of the part of the chart inside the viewport (the vis chart can be far taller). */
async function chartCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    let r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= innerHeight) {
      el.scrollIntoView({ block: 'start' });
      r = el.getBoundingClientRect();
    }
    const x0 = Math.max(0, r.left);
    const x1 = Math.min(innerWidth, r.right);
    const y0 = Math.max(0, r.top);
    const y1 = Math.min(innerHeight, r.bottom);
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  }, selector);
  if (!box) throw new Error(`no ${selector} on the page`);
  return box;
}

/** Frame deltas between the first input and 100 ms after the last one. */
export function frameDeltas(frames: number[], inputs: number[]): number[] {
  if (inputs.length === 0) return [];
  const from = Math.min(...inputs);
  const to = Math.max(...inputs) + 100;
  const out: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1]!;
    const b = frames[i]!;
    if (b >= from && a <= to) out.push(b - a);
  }
  return out;
}

/**
 * Opens `url` in `page` (of `context`, before any other page of it opens) and resolves when the
 * app reports it ready: ms since navigation start, and how it was detected. Nothing polls the
 * page meanwhile. Also used by the load profile (scripts/bench-profile.ts).
 */
export async function openUntilReady(context: BrowserContext, page: Page, url: string, timeoutMs: number): Promise<{ at: number; how: string }> {
  await context.addInitScript({ content: INIT_SCRIPT });
  const { reported, detach } = await firstReport(context, page);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    return await waitReady(page, reported, timeoutMs);
  } finally {
    await detach();
  }
}

/** Resolves on the init script's first report (ready flag, page error or fallback mark). */
async function firstReport(context: BrowserContext, page: Page): Promise<{ reported: Promise<void>; detach: () => Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  let heard: () => void = () => undefined;
  const reported = new Promise<void>((resolve) => (heard = resolve));
  cdp.on('Runtime.bindingCalled', (e) => {
    if (e.name === REPORT_BINDING) heard();
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: REPORT_BINDING });
  return { reported, detach: () => cdp.detach().catch(() => undefined) };
}

async function waitReady(page: Page, reported: Promise<void>, timeoutMs: number): Promise<{ at: number; how: string }> {
  await withTimeout(reported, timeoutMs, 'loading');
  const read = () =>
    page.evaluate(() => {
      const w = window as unknown as {
        __timelineReadyAt?: number;
        __readyHow?: string;
        __benchError?: string;
        __bench: { fallbackAt?: number };
      };
      return { ready: w.__timelineReadyAt, how: w.__readyHow, error: w.__benchError, fallback: w.__bench.fallbackAt };
    });
  let s = await read();
  if (s.error) throw new Error(`page: ${s.error}`);
  if (s.ready === undefined) {
    // The app may not set the ready flag yet (older builds): fall back to the first rendered mark
    // once the network is idle; a flag that shows up meanwhile still wins.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    try {
      await page.waitForFunction(() => (window as unknown as { __timelineReadyAt?: number }).__timelineReadyAt !== undefined, null, {
        timeout: 1000,
        polling: 100,
      });
    } catch {
      /* no flag: use the fallback */
    }
    s = await read();
  }
  if (s.ready !== undefined) return { at: s.ready, how: s.how ?? 'flag' };
  if (s.fallback !== undefined) return { at: s.fallback, how: 'fallback: first mark + network idle' };
  throw new Error('timeline never became ready');
}

const empty = (error?: string): RunResult => ({
  interactiveMs: null,
  readyHow: null,
  frames: null,
  continuous: null,
  zoomChangedView: null,
  panChangedView: null,
  heapMB: null,
  domNodes: null,
  maxLongTaskMs: null,
  longTaskCount: null,
  search: null,
  loadCpu: null,
  ...(error ? { error } : {}),
});

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what} took over ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

export async function measureRun(browser: Browser, baseUrl: string, spec: RunSpec): Promise<RunResult> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const result = empty();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(spec.timeoutMs);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // Load.
    try {
      const cpuBefore = snapshotChromium();
      const ready = await openUntilReady(context, page, baseUrl + spec.url, spec.timeoutMs);
      const cpuAfter = snapshotChromium();
      result.interactiveMs = ready.at;
      result.readyHow = ready.how;
      result.loadCpu = cpuBefore && cpuAfter ? cpuBetween(cpuBefore, cpuAfter) : null;
    } catch (err) {
      result.error = `load: ${(err as Error).message.split('\n')[0]}${pageErrors.length ? ` (page error: ${pageErrors[0]})` : ''}`;
      return result;
    }
    await page.waitForTimeout(SETTLE_MS);
    const lt = await page.evaluate(() => (window as unknown as { __bench: { longTasks: { duration: number }[] } }).__bench.longTasks.map((t) => t.duration));
    result.longTaskCount = lt.length;
    result.maxLongTaskMs = lt.length ? Math.max(...lt) : 0;

    // Heap after GC, and DOM size.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    result.heapMB = heap.usedSize / MB;
    result.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    // Zoom and pan (the floor pages have no chart): first one input per frame, then spaced inputs.
    const target = TARGETS[spec.app];
    if (!target) return result;
    try {
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      // vis at 10,000 events takes over a second per input: it gets the inputs it can take in this time.
      const allowedMs = spec.timeoutMs >= 180_000 ? 600_000 : 180_000;
      result.continuous = await withTimeout(runContinuous(page, cdp, target.chart, target.axis, allowedMs - CONTINUOUS_SPARE_MS), allowedMs, 'the continuous sequence');
      await page.waitForTimeout(300);
    } catch (err) {
      result.error = `continuous: ${(err as Error).message.split('\n')[0]}`;
      return result;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    try {
      await withTimeout(
        (async () => {
          const c = await chartCentre(page, target.chart);
          await page.mouse.move(c.x, c.y);
          const before = await axisSignature(page, target.axis);
          await page.evaluate(START_RECORDING);
          const t0 = Date.now();
          for (let i = 0; i < 10; i++) {
            await page.mouse.wheel(0, -240);
            await page.waitForTimeout(50);
          }
          const zoomed = await axisSignature(page, target.axis);
          for (let i = 0; i < 10; i++) {
            await page.mouse.move(c.x + 100, c.y);
            await page.mouse.down();
            await page.mouse.move(c.x - 100, c.y, { steps: 5 });
            await page.mouse.up();
            await page.waitForTimeout(50);
          }
          const panned = await axisSignature(page, target.axis);
          await page.mouse.move(c.x, c.y);
          for (let i = 0; i < 10; i++) {
            await page.mouse.wheel(0, 240);
            await page.waitForTimeout(50);
          }
          await page.waitForTimeout(150);
          const rec = await page.evaluate(() => (window as unknown as { __benchStop(): { frames: number[]; inputs: number[] } }).__benchStop());
          result.frames = frameStats(frameDeltas(rec.frames, rec.inputs), Date.now() - t0);
          result.zoomChangedView = zoomed !== before;
          result.panChangedView = panned !== zoomed;
        })(),
        // vis at 100,000 events takes seconds per input: up to 10 minutes there.
        spec.timeoutMs >= 180_000 ? 600_000 : 180_000,
        'the zoom/pan sequence',
      );
    } catch (err) {
      result.error = `interaction: ${(err as Error).message.split('\n')[0]}`;
      return result;
    }
    if (spec.app === 'ours') {
      try {
        result.search = await withTimeout(runSearch(page), 60_000, 'the search');
      } catch (err) {
        result.error = `search: ${(err as Error).message.split('\n')[0]}`;
      }
    }
    return result;
  } catch (err) {
    result.error = (err as Error).message.split('\n')[0];
    return result;
  } finally {
    await context.close().catch(() => undefined);
  }
}
