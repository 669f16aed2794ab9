// A small static server for the benchmark, on 127.0.0.1 only:
//   /                         → dist/ (the built app)
//   /bench-data/              → bench/tmp/ (generated datasets)
//   /vis/                     → bench/vis/ (the vis-timeline comparison page)
//   /floor/                   → bench/floor/ (the floor pages: fetch and parse only)
//   /node_modules/vis-timeline/ → bench/node_modules/vis-timeline/ (read-only; the benchmark's own dependency)
// Every path is resolved inside its root; anything that escapes it is refused. Text files are sent
// gzip-compressed, and the app with the headers README asks of a deployment, as a static host
// would (scripts/staticFile.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { appHeaders, listenLocal, sendStaticFile } from '../scripts/staticFile.ts';

interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

/** Resolves `rel` (a URL path below a mount) inside `base`, or null when it would leave it. */
function safeJoin(base: string, rel: string): string | null {
  if (rel.includes('\0')) return null;
  const file = resolve(base, '.' + (rel.startsWith('/') ? rel : '/' + rel));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/** `dist`: the built app's folder (default root/dist; the load profile serves a build with source maps). */
export async function startBenchServer(root: string, port = 0, dist = resolve(root, 'dist')): Promise<BenchServer> {
  // Longest prefix first, so /node_modules/vis-timeline/ and /vis/ win over /.
  const mounts: [string, string][] = [
    ['/node_modules/vis-timeline/', resolve(root, 'bench/node_modules/vis-timeline')],
    ['/bench-data/', resolve(root, 'bench/tmp')],
    ['/vis/', resolve(root, 'bench/vis')],
    ['/floor/', resolve(root, 'bench/floor')],
    ['/', dist],
  ];

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      if (!mount) {
        res.writeHead(404).end();
        return;
      }
      let rel = path.slice(mount[0].length - 1);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = safeJoin(mount[1], rel);
      if (!file) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
        return;
      }
      const app = mount[0] === '/' ? await appHeaders(mount[1], file) : {};
      await sendStaticFile(req, res, file, { 'cache-control': 'no-store', ...app });
    })();
  });
  return listenLocal(server, port);
}
