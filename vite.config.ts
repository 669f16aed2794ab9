import { build, defineConfig, loadEnv, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { minify as terserMinify } from 'terser';
import { bundledDatasetElement } from './src/features/dataset/bundledInPage.ts';
import { QUERY_CORE_STUBS } from './src/shared/query/queryCoreStubs.ts';

/** The bundled dataset's file, which the build carries in the page and as a script. */
const BUNDLED_DATASET = new URL('./data/roscosmos-iss-2022.json', import.meta.url);

/**
 * The app must boot in a sandboxed iframe (an opaque origin) served without CORS headers. There,
 * module scripts and `crossorigin` stylesheets are CORS requests and fail, so the built page loads
 * one classic deferred script and a plain stylesheet instead.
 */
function classicScripts(): Plugin {
  return {
    name: 'classic-scripts',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/<script type="module" crossorigin /g, '<script defer ').replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
    },
  };
}

/** React's modules and the globals the vendor script (src/vendor.ts) puts them in. */
const VENDOR_GLOBALS: Record<string, string> = {
  react: '__ctReact',
  'react-dom': '__ctReactDOM',
  'react-dom/client': '__ctReactDOMClient',
  'react/jsx-runtime': '__ctJSXRuntime',
};

/**
 * React and React DOM go in their own classic script, built here and loaded before the app's:
 * the browser evaluates each script in its own task, so the longest freeze while the page starts
 * is about half of what one bundle holding both costs (the app reads React from those globals).
 */
function vendorScript(): Plugin {
  return {
    name: 'vendor-script',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const out = await build({
        configFile: false,
        logLevel: 'warn',
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          write: false,
          minify: true,
          lib: { entry: new URL('./src/vendor.ts', import.meta.url).pathname, formats: ['iife'], name: '__ctVendor', fileName: () => 'vendor.js' },
        },
      });
      const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
      const code = outputs[0]?.output.find((o) => o.type === 'chunk')?.code;
      if (!code) throw new Error('vendor-script: the vendor build produced no code');
      const fileName = `assets/vendor-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('vendor-script: index.html is missing from the build');
      page.source = String(page.source).replace('<script defer ', `<script defer src="./${fileName}"></script>\n    <script defer `);
    },
  };
}

/**
 * The page's own script minified a second time, by terser with three passes, after Vite's minifier:
 * 0.8 KB (gzip) smaller (64.8 -> 64.0 KB), room the first-script budget needs
 * (scripts/check-size.ts). Terser alone writes it larger, and makes React's script larger too.
 */
function terserAfterMinify(): Plugin {
  return {
    name: 'terser-after-minify',
    apply: 'build',
    enforce: 'post',
    async generateBundle(options, bundle) {
      if (options.sourcemap) return; // keeps a source-map build's maps true to its code
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const out = await terserMinify(chunk.code, { ecma: 2020, compress: { passes: 3 }, mangle: true });
        if (out.code === undefined) throw new Error(`terser-after-minify: no code for ${chunk.fileName}`);
        chunk.code = out.code;
      }
    },
  };
}

/**
 * The bundled dataset as a classic script too (`bundled-dataset.js`), the one way an opaque-origin
 * page can read a file from its own server without CORS headers. Used only when fetch fails there.
 */
function bundledDatasetScript(): Plugin {
  return {
    name: 'bundled-dataset-script',
    apply: 'build',
    generateBundle() {
      const json = readFileSync(BUNDLED_DATASET, 'utf8');
      // JSON text inside a string literal: the app parses and validates it like any fetched file.
      const source = `self.__CORRESPONDENCE_TIMELINE_BUNDLED__=${JSON.stringify(json).replace(/</g, '\\u003c')};\n`;
      this.emitFile({ type: 'asset', fileName: 'bundled-dataset.js', source });
    },
  };
}

/**
 * The bundled dataset inside the built page, in a data block after the app's root: the app reads
 * it there instead of requesting the file (src/features/dataset/bundledInPage.ts). The file is
 * still built: it is the dataset's address, and a page without the block (the dev server's)
 * fetches it.
 */
function bundledDatasetInPage(): Plugin {
  return {
    name: 'bundled-dataset-in-page',
    apply: 'build',
    transformIndexHtml(html) {
      const root = '<div id="root"></div>';
      if (!html.includes(root)) throw new Error('bundled-dataset-in-page: index.html has no <div id="root"></div>');
      const json = readFileSync(BUNDLED_DATASET, 'utf8');
      return html.replace(root, `${root}\n    ${bundledDatasetElement(json)}`);
    },
  };
}

/**
 * TanStack Query without mutations and infinite queries, which this app never uses and which
 * QueryClient and Query import whatever a page does: 1.5 KB less of the first script (139.8 ->
 * 138.3 KB gzip). The stand-ins say so if ever called; their test checks them against the
 * installed query-core (tests/shared/query/queryCoreStubs.test.ts). The dev server and the unit
 * tests use the package as it is.
 */
function queryCoreWithoutMutations(): Plugin {
  return {
    name: 'query-core-without-mutations',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const stub = importer && /[\\/]@tanstack[\\/]query-core[\\/]/.test(importer) ? QUERY_CORE_STUBS[source] : undefined;
      return stub ? fileURLToPath(new URL(`./src/shared/query/${stub}`, import.meta.url)) : null;
    },
  };
}

/**
 * The built page's Content-Security-Policy. Scripts and styles only from the app's own files;
 * images from them or, for a dataset's media, any https site (the detail panel loads one from
 * another site only when the reader asks); data from this site or https (or, with
 * VITE_DATA_ORIGINS, only the listed origins).
 * frame-ancestors cannot be set in a meta tag: see README, "Deploying".
 */
export function contentSecurityPolicy(dataOrigins: string): string {
  const origins = dataOrigins
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^https:\/\/[^\s;,'"]+$/.test(s));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self' ${origins.length ? origins.join(' ') : 'https:'}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

function cspMeta(dataOrigins: string): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(dataOrigins)}" />`;
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${tag}`);
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [queryCoreWithoutMutations(), react(), tailwindcss(), classicScripts(), terserAfterMinify(), vendorScript(), bundledDatasetScript(), bundledDatasetInPage(), cspMeta(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS ?? '')],
  // Relative asset URLs so the built app works from any folder of a newsroom's CDN.
  base: './',
  // d3-zoom's one use of d3-transition, interrupting, without the rest (src/shared/d3/transitionShim.ts).
  resolve: {
    alias: {
      'd3-transition': fileURLToPath(new URL('./src/shared/d3/transitionShim.ts', import.meta.url)),
      // Only its smooth zoom is used; the package would bring all of d3-color (interpolateZoom.ts).
      'd3-interpolate': fileURLToPath(new URL('./src/shared/d3/interpolateZoom.ts', import.meta.url)),
      // Only d3-zoom and d3-drag use it, for one element each; the package keeps every method (selectionShim.ts).
      'd3-selection': fileURLToPath(new URL('./src/shared/d3/selectionShim.ts', import.meta.url)),
    },
  },
  build: {
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: {
      external: Object.keys(VENDOR_GLOBALS),
      output: { format: 'iife', codeSplitting: false, globals: VENDOR_GLOBALS },
    },
  },
  // Scripts loaded on demand (the dataset worker, image exports, the detail panel, the list) are
  // built like workers; those with components use the page's React from the vendor script.
  worker: {
    format: 'iife',
    rolldownOptions: { external: Object.keys(VENDOR_GLOBALS), output: { globals: VENDOR_GLOBALS } },
  },
  // An on-demand script that asks for another (the opened file's problem list for the exports, the
  // page's pipeline for the importer) runs in a worker or as a classic script on the page: its
  // siblings are found next to the script itself, not next to the page (self.location there).
  experimental: {
    renderBuiltUrl: (filename, { hostType }) =>
      hostType === 'js' ? { runtime: `new URL(${JSON.stringify(filename.split('/').pop())}, (typeof document < "u" && document.currentScript && document.currentScript.src) || self.location.href).href` } : { relative: true },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
