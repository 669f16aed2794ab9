import { useLayoutEffect, useRef, useState } from 'react';

/** Measures a container's width with a ResizeObserver (the container, not the window). */
export function useParentWidth<T extends HTMLElement>(guess: () => number = () => 800) {
  const ref = useRef<T | null>(null);
  // A good first guess saves a second layout pass when the measurement agrees with it.
  const [width, setWidth] = useState<number>(guess);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.round(w));
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The observer's first report comes after the browser's own layout: measuring here instead
    // would force an extra layout of the whole page in the middle of React's commit.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
