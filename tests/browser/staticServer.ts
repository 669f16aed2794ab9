import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { listenLocal, sendStaticFile } from '../../scripts/staticFile.ts';

export interface RunningServer {
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

/** A plain static server on 127.0.0.1: the built app from dist/, fixtures, and network faults. No CORS headers. */
export async function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const dist = resolve(root, 'dist');
  const fixtures = resolve(root, 'tests/fixtures');
  // Long URLs (a megabyte of query) reach the app, as on servers that allow them.
  const server: Server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      // Not new URL(req.url, base): that reads a path starting with // as another host.
      const url = new URL(`http://127.0.0.1${req.url ?? '/'}`);
      // Like a common nginx setup: repeated slashes are merged, and a page address with no file
      // behind it gets the app's index.html (an SPA fallback), so `//other.example` serves the app.
      const path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
      if (path.startsWith('/__fault/') && fault(path.slice('/__fault/'.length), res)) return;
      let base = dist;
      let rel = path;
      if (path.startsWith('/fixtures/')) {
        base = fixtures;
        rel = path.slice('/fixtures'.length);
      }
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(base, rel));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if (base === dist && wantsPage(req) && !(await isFile(file))) {
        await sendStaticFile(req, res, join(dist, 'index.html'));
        return;
      }
      await sendStaticFile(req, res, file);
    })();
  });
  return listenLocal(server, port);
}
