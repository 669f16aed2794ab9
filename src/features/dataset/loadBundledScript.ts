const GLOBAL = '__CORRESPONDENCE_TIMELINE_BUNDLED__';

type WithBundled = typeof globalThis & { [GLOBAL]?: unknown };

/**
 * Reads the bundled dataset through the classic script the build emits (bundled-dataset.js). A
 * sandboxed, opaque-origin frame can run a script from its own server but cannot fetch JSON there
 * without CORS headers. The script only assigns a string; the app parses and validates it.
 */
export function loadBundledScript(): Promise<string> {
  const g = globalThis as WithBundled;
  return new Promise((resolve, reject) => {
    const done = () => (typeof g[GLOBAL] === 'string' ? resolve(g[GLOBAL]) : reject(new Error('The bundled dataset could not be read.')));
    if (g[GLOBAL] !== undefined) return done();
    const script = document.createElement('script');
    script.src = new URL('bundled-dataset.js', document.baseURI).href;
    script.onload = done;
    script.onerror = () => reject(new Error('The bundled dataset could not be loaded.'));
    document.head.appendChild(script);
  });
}
