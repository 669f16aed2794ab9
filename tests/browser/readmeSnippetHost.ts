import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { listenLocal } from '../../scripts/staticFile.ts';
import { BROWSER_TEST_PORT } from './env.ts';

const APP = `http://127.0.0.1:${BROWSER_TEST_PORT}/`;

/** README's embed snippet (the html block under "## Embedding"), as a newsroom's developer copies it. */
const README_SNIPPET = (() => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding'));
  return /```html\n([\s\S]*?)```/.exec(section)![1]!;
})();

interface Article {
  /** The app's query in the frame's address, for the snippet's `agency=esa&embed=1`. */
  query: string;
  /** The frame's size in place of the snippet's (`height`, and `width` also in its style: an ad slot's fixed box). */
  width?: number;
  height?: number;
  /** Whether the page keeps the snippet's embed.js (a fixed frame leaves it out). */
  embedJs?: boolean;
  /** A sandbox attribute added to the frame, as README's "Sandboxed frames" advises. */
  sandbox?: string;
}

/**
 * An article on another origin (a server of its own on 127.0.0.1) holding README's snippet as
 * written, but for the app's address, the query and the sizes asked for, between two links. It
 * records every message it gets in `window.received`, with its origin.
 */
export async function startSnippetHost() {
  let article: Article = { query: 'embed=1' };
  const page = () => {
    let snippet = README_SNIPPET.replaceAll('https://your.site/timeline/', APP).replace('?agency=esa&amp;embed=1', `?${article.query.replaceAll('&', '&amp;')}`);
    if (article.height !== undefined) snippet = snippet.replace('height="600"', `height="${article.height}"`);
    if (article.width !== undefined) snippet = snippet.replace('width="100%"', `width="${article.width}"`).replace('width:100%', `width:${article.width}px`);
    if (article.sandbox !== undefined) snippet = snippet.replace(' data-correspondence-timeline>', ` sandbox="${article.sandbox}" data-correspondence-timeline>`);
    if (article.embedJs === false) snippet = snippet.replace(/<script[^>]*embed\.js[^>]*><\/script>/, '');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0;padding:0 10px">
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
<h1>Article</h1><p><a id="before" href="#before">A link before</a></p>
${snippet}
<p><a id="after" href="#after">A link after</a></p>
</body></html>`;
  };
  const server = await listenLocal(createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page())));
  return {
    ...server,
    /** The article's address, serving `a` from now on. */
    article(a: Article): string {
      article = a;
      return `${server.url}/article.html`;
    },
  };
}
