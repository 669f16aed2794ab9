/**
 * Loads one of the app's own scripts on demand, as a classic script (the build has no module
 * chunks: it must boot in an opaque-origin sandbox), and resolves to the global it defines.
 */
export function loadClassicScript<T>(url: string, global: string): Promise<T> {
  const g = globalThis as unknown as Record<string, T | undefined>;
  const ready = g[global];
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(url, document.baseURI).href;
    script.onload = () => {
      const value = g[global];
      if (value) resolve(value);
      else reject(new Error('a part of the app did not load'));
    };
    script.onerror = () => reject(new Error('a part of the app could not be loaded'));
    document.head.appendChild(script);
  });
}
