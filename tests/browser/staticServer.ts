import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import { join, normalize, resolve } from 'node:path';
import { appHeaders, listenLocal, sendStaticFile } from '../../scripts/staticFile.ts';

interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Network faults for the loading tests, served under /__fault/. */
function fault(name: string, res: ServerResponse): boolean {
  switch (name) {
    case '404':
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return true;
    case '500':
      res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
      return true;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Oops</title><p>Not JSON');
      return true;
    case 'slow':
      // Never answers; the app must give up after 10 s. The socket is destroyed when the server closes.
      return true;
    case 'trickle': {
      // Never ends: a space every second, each within the app's 10 s wait for the next bytes.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version":1,"title":"Trickle","actors":[');
      const drip = setInterval(() => res.write(' '), 1000);
      res.on('close', () => clearInterval(drip));
      return true;
    }
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":1,"title":"Cut","actors":[{"id":"a","na');
      return true;
    default:
      return false;
  }
}

/** A navigation (the browser asks for a page), as opposed to a script, style or fetch. */
const wantsPage = (req: IncomingMessage) => String(req.headers.accept ?? '').includes('text/html');

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

/** Where the allowlist build of the app is written (globalSetup.ts). */
export const ALLOWLIST_DIST = 'tests/fixtures/generated/dist-allowlist';

/** `/__redirect?to=URL` answers 302 to URL (any address): how a server could send a dataset request elsewhere. */
function redirect(url: URL, res: ServerResponse, headers: Record<string, string> = {}): boolean {
  const to = url.searchParams.get('to');
  if (url.pathname !== '/__redirect' || to === null) return false;
  res.writeHead(302, { location: to, ...headers }).end();
  return true;
}

/**
 * A plain static server on 127.0.0.1: the built app, fixtures, network faults and redirects. No
 * CORS headers. The app is served as README ("Deploying") asks, with its security headers
 * (appHeaders), at / from dist/ and at /allowlist/ from a build whose ?data= allowlist is the test
 * HTTPS origin; and without them, as by a host that sends none, at /no-headers/ and /allowlist/no-headers/.
 */
export async function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const dist = resolve(root, 'dist');
  const allowlist = resolve(root, ALLOWLIST_DIST);
  const fixtures = resolve(root, 'tests/fixtures');
  // Longest prefix first.
  const apps: { prefix: string; dir: string; headers: boolean }[] = [
    { prefix: '/allowlist/no-headers/', dir: allowlist, headers: false },
    { prefix: '/allowlist/', dir: allowlist, headers: true },
    { prefix: '/no-headers/', dir: dist, headers: false },
    { prefix: '/', dir: dist, headers: true },
  ];
  // Long URLs (a megabyte of query) reach the app, as on servers that allow them.
  const server: Server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      // Not new URL(req.url, base): that reads a path starting with // as another host.
      const url = new URL(`http://127.0.0.1${req.url ?? '/'}`);
      // Like a common nginx setup: repeated slashes are merged, and a page address with no file
      // behind it gets the app's index.html (an SPA fallback), so `//other.example` serves the app.
      const path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
      if (path.startsWith('/__fault/') && fault(path.slice('/__fault/'.length), res)) return;
      if (redirect(url, res)) return;
      if (path.startsWith('/fixtures/')) {
        await sendInside(req, res, fixtures, path.slice('/fixtures'.length));
        return;
      }
      const app = apps.find((a) => path.startsWith(a.prefix))!;
      const file = inside(app.dir, path.slice(app.prefix.length - 1));
      if (!file) {
        res.writeHead(403).end();
        return;
      }
      const page = wantsPage(req) && !(await isFile(file)) ? join(app.dir, 'index.html') : file;
      await sendStaticFile(req, res, page, app.headers ? await appHeaders(app.dir, page) : {});
    })();
  });
  return listenLocal(server, port);
}

/** `rel` (a URL path) as a file inside `base`, or null when it would leave it; a folder means its index.html. */
function inside(base: string, rel: string): string | null {
  const file = normalize(join(base, rel.endsWith('/') ? `${rel}index.html` : rel));
  return file.startsWith(base) ? file : null;
}

async function sendInside(req: IncomingMessage, res: ServerResponse, base: string, rel: string, headers: Record<string, string> = {}) {
  const file = inside(base, rel);
  if (file) await sendStaticFile(req, res, file, headers);
  else res.writeHead(403).end();
}

/**
 * Another origin that serves the fixtures to any site (CORS; under /no-cors/, to none) and redirects (/__redirect?to=), over
 * HTTP, or over HTTPS with the test-only certificate in tests/fixtures/tls (browsers are told to
 * accept it: ignoreHTTPSErrors).
 */
export async function startDataOrigin(root: string, port: number, tls: boolean): Promise<RunningServer> {
  const fixtures = resolve(root, 'tests/fixtures');
  const cors = { 'access-control-allow-origin': '*' };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(`http://127.0.0.1${req.url ?? '/'}`);
      if (redirect(url, res, cors)) return;
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith('/fixtures/')) await sendInside(req, res, fixtures, path.slice('/fixtures'.length), cors);
      // The same files from a server that does not let other sites read them (no CORS headers).
      else if (path.startsWith('/no-cors/fixtures/')) await sendInside(req, res, fixtures, path.slice('/no-cors/fixtures'.length));
      else res.writeHead(404, cors).end();
    })();
  };
  const server: Server = tls
    ? createHttpsServer({ key: readFileSync(join(fixtures, 'tls/test-only.key')), cert: readFileSync(join(fixtures, 'tls/test-only.crt')) }, handler)
    : createServer(handler);
  const running = await listenLocal(server, port);
  return { ...running, url: tls ? running.url.replace('http:', 'https:') : running.url };
}
