/**
 * Loads one of the app's own scripts on demand, as a classic script (the build has no module
 * chunks: it must boot in an opaque-origin sandbox), and resolves to the global it defines.
 */
const loading = new Map<string, Promise<unknown>>();

export function loadClassicScript<T>(url: string, global: string): Promise<T> {
  const g = globalThis as unknown as Record<string, T | undefined>;
  const ready = g[global];
  if (ready) return Promise.resolve(ready);
  // Asked for twice while it loads (preloaded, then needed): one script.
  const pending = loading.get(url);
  if (pending) return pending as Promise<T>;
  const promise = new Promise<T>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(url, document.baseURI).href;
    script.onload = () => {
      const value = g[global];
      if (value) resolve(value);
      else reject(new Error('a part of the app did not load'));
    };
    script.onerror = () => {
      loading.delete(url);
      reject(new Error('a part of the app could not be loaded'));
    };
    document.head.appendChild(script);
  });
  loading.set(url, promise);
  return promise;
}
