// One way to send a static file, shared by the benchmark's server (bench/server.ts) and the
// browser tests' server (tests/browser/staticServer.ts): content type, HEAD, gzip for text files
// when the client accepts it, and the headers the app asks of a deployment (appHeaders), as any
// static host or CDN serves them.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.map', '.svg']);

// Compressed once per file version: a 31 MB dataset is not re-compressed on every request.
const gzipCache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

function gzipped(file: string, mtimeMs: number, body: Buffer): Promise<Buffer> {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const entry = { mtimeMs, body: gzipAsync(body, { level: 6 }) };
  gzipCache.set(file, entry);
  return entry.body;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/**
 * Sends `file` (already confined to its root by the caller), or 404 when it is not a file.
 * `headers` are added to a 200 answer (e.g. cache-control).
 */
export async function sendStaticFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string> = {}): Promise<void> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const ext = extname(file);
    let body: Buffer = await readFile(file);
    const out: Record<string, string | number> = { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream', ...headers };
    if (COMPRESSIBLE.has(ext) && body.length > 1024 && acceptsGzip(req)) {
      body = await gzipped(file, info.mtimeMs, body);
      out['content-encoding'] = 'gzip';
      out.vary = 'accept-encoding';
    }
    out['content-length'] = body.length;
    res.writeHead(200, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/** The policy the build wrote into dist/index.html's meta tag (vite.config.ts, contentSecurityPolicy). */
async function builtPolicy(dist: string): Promise<string | null> {
  const html = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '');
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? null;
}

/**
 * The response headers for a file of a built app in `dist`, as README ("Deploying") asks a
 * deployment to send them: nosniff and a referrer policy on every file, and the app's
 * Content-Security-Policy, with frame-ancestors (which a meta tag cannot carry), on index.html and
 * on the scripts: the dataset worker takes its policy from its own script's response, not from the
 * page's meta tag. embed-example.html is a sample host page, not the app, and gets no policy.
 */
export async function appHeaders(dist: string, file: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
  const ext = extname(file);
  if (file === join(dist, 'index.html') || ext === '.js') {
    const policy = await builtPolicy(dist);
    if (policy) headers['content-security-policy'] = `${policy}; frame-ancestors *`;
  }
  return headers;
}

/** Compresses a file ahead of time, so that the first measured request does not wait for it. */
export async function warmStaticFile(file: string): Promise<void> {
  const info = await stat(file);
  if (COMPRESSIBLE.has(extname(file))) await gzipped(file, info.mtimeMs, await readFile(file));
}

/** Starts `server` on 127.0.0.1 (any free port by default); `close` also ends open connections. */
export async function listenLocal(server: Server, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
