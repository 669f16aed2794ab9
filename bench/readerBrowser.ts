// Loads timed as in a reader's browser. Playwright turns on DevTools' Network domain in every page
// it drives, and Chromium then keeps and decodes each response body under 10 MB for the inspector:
// at 10,000 events that added about 105 ms to the floor page's load and 113 to ours (bench/NOTES.md).
// Here Chromium is driven over its DevTools pipe with the Page and Runtime domains only, as no
// reader's browser has the Network domain on.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY_BINDING = '__readerReady';
/** The app and the floor pages set window.__timelineReadyAt once they are ready: told to the binding the moment they do. */
const READY_SCRIPT = `(() => {
  let at;
  Object.defineProperty(window, '__timelineReadyAt', {
    configurable: true,
    get: () => at,
    set: (v) => {
      if (at !== undefined) return;
      at = v;
      try { window.${READY_BINDING}(String(v)); } catch {}
    },
  });
})();`;

/** What the browser wrote on its DevTools pipe so far, cut into whole messages (each ends with a NUL byte), and the unfinished rest. */
export function splitPipeMessages(pending: Buffer, chunk: Buffer): { messages: string[]; rest: Buffer } {
  let buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  const messages: string[] = [];
  for (let end = buf.indexOf(0); end !== -1; end = buf.indexOf(0)) {
    messages.push(buf.subarray(0, end).toString('utf8'));
    buf = buf.subarray(end + 1);
  }
  return { messages, rest: Buffer.from(buf) };
}

/** The pages in the order the `rep`-th round loads them: rotated, so that none always comes first. */
export function roundOrder<T>(pages: readonly T[], rep: number): T[] {
  return pages.map((_, i) => pages[(i + rep) % pages.length]!);
}

interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: { name?: string; payload?: string };
  result?: Record<string, unknown>;
  error?: { message: string };
}

class PipeBrowser {
  private nextId = 0;
  private readonly waiting = new Map<number, { ok: (r: Record<string, unknown>) => void; fail: (e: Error) => void }>();
  private readonly listeners = new Set<(m: CdpMessage) => void>();

  private constructor(
    private readonly write: (text: string) => void,
    readonly close: () => Promise<void>,
  ) {}

  static launch(executablePath: string, args: readonly string[]): PipeBrowser {
    const profile = mkdtempSync(join(tmpdir(), 'reader-browser-'));
    const proc = spawn(executablePath, [...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const toBrowser = proc.stdio[3] as NodeJS.WritableStream;
    const fromBrowser = proc.stdio[4] as NodeJS.ReadableStream;
    const browser = new PipeBrowser(
      (text) => toBrowser.write(text + '\0'),
      async () => {
        const exited = proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : once(proc, 'exit');
        proc.kill();
        await exited;
        // Chromium's network process may still write its state there for a moment after the browser
        // exits (seen: ENOTEMPTY on Default/): a temporary directory left behind must not end the run.
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        } catch (err) {
          console.warn(`bench: could not remove ${profile}: ${(err as Error).message}`);
        }
      },
    );
    // A browser that dies fails what was asked of it, instead of leaving the run waiting for answers.
    proc.on('exit', () => browser.failAll(new Error('the reader browser exited')));
    let pending: Buffer = Buffer.alloc(0);
    fromBrowser.on('data', (chunk: Buffer) => {
      const { messages, rest } = splitPipeMessages(pending, chunk);
      pending = rest;
      for (const m of messages) browser.receive(JSON.parse(m) as CdpMessage);
    });
    return browser;
  }

  private failAll(err: Error) {
    for (const w of this.waiting.values()) w.fail(err);
    this.waiting.clear();
  }

  private receive(m: CdpMessage) {
    const w = m.id === undefined ? undefined : this.waiting.get(m.id);
    if (w && m.id !== undefined) {
      this.waiting.delete(m.id);
      if (m.error) w.fail(new Error(m.error.message));
      else w.ok(m.result ?? {});
      return;
    }
    for (const l of this.listeners) l(m);
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    return new Promise((ok, fail) => {
      this.waiting.set(id, { ok, fail });
      this.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** Opens `url` in a fresh browser context and resolves with the page's ready time (ms since navigation), or null if it never came. */
  async load(url: string, timeoutMs: number): Promise<number | null> {
    const { browserContextId } = await this.send('Target.createBrowserContext');
    try {
      const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await this.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false }, sessionId);
      await this.send('Page.enable', {}, sessionId);
      await this.send('Runtime.enable', {}, sessionId);
      await this.send('Runtime.addBinding', { name: READY_BINDING }, sessionId);
      await this.send('Page.addScriptToEvaluateOnNewDocument', { source: READY_SCRIPT }, sessionId);
      let listener: (m: CdpMessage) => void = () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ready = new Promise<number | null>((ok) => {
        listener = (m) => {
          if (m.sessionId === sessionId && m.method === 'Runtime.bindingCalled' && m.params?.name === READY_BINDING) ok(Number(m.params.payload));
        };
        this.listeners.add(listener);
        timer = setTimeout(() => ok(null), timeoutMs);
      });
      await this.send('Page.navigate', { url }, sessionId);
      const at = await ready;
      clearTimeout(timer);
      this.listeners.delete(listener);
      return at;
    } finally {
      await this.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
    }
  }
}

interface ReaderPage<K extends string> {
  key: K;
  url: string;
}

/**
 * Each page loaded `reps` times in one browser, a fresh context each time, the pages taking turns
 * (after one unrecorded load of `warmUrl`, as the main runs have). Ready times in ms, null where a
 * page never became ready within `timeoutMs`.
 */
export async function readerLoads<K extends string>(executablePath: string, args: readonly string[], pages: readonly ReaderPage<K>[], reps: number, timeoutMs: number, warmUrl: string): Promise<Map<K, (number | null)[]>> {
  const browser = PipeBrowser.launch(executablePath, args);
  const out = new Map<K, (number | null)[]>(pages.map((p) => [p.key, []]));
  try {
    await browser.load(warmUrl, timeoutMs);
    for (let rep = 0; rep < reps; rep++) {
      for (const p of roundOrder(pages, rep)) out.get(p.key)!.push(await browser.load(p.url, timeoutMs));
    }
  } finally {
    await browser.close();
  }
  return out;
}
