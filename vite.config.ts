import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';

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

/**
 * The bundled dataset as a classic script too (`bundled-dataset.js`), the one way an opaque-origin
 * page can read a file from its own server without CORS headers. Used only when fetch fails there.
 */
function bundledDatasetScript(): Plugin {
  return {
    name: 'bundled-dataset-script',
    apply: 'build',
    generateBundle() {
      const json = readFileSync(new URL('./data/roscosmos-iss-2022.json', import.meta.url), 'utf8');
      // JSON text inside a string literal: the app parses and validates it like any fetched file.
      const source = `self.__CORRESPONDENCE_TIMELINE_BUNDLED__=${JSON.stringify(json).replace(/</g, '\\u003c')};\n`;
      this.emitFile({ type: 'asset', fileName: 'bundled-dataset.js', source });
    },
  };
}

/**
 * The built page's Content-Security-Policy. Scripts, styles and images only from the app's own
 * files; data from this site or https (or, with VITE_DATA_ORIGINS, only the listed origins).
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
    "img-src 'self' data: blob:",
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
  plugins: [react(), tailwindcss(), classicScripts(), bundledDatasetScript(), cspMeta(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS ?? '')],
  // Relative asset URLs so the built app works from any folder of a newsroom's CDN.
  base: './',
  build: {
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: {
      output: { format: 'iife', codeSplitting: false },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
