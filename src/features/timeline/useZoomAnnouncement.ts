import { useEffect, useState } from 'react';

/** How long what was said stays in the live region: long enough to be read, then no words of an older zoom or language are left in it. */
const CLEAR_MS = 5000;

/**
 * What the chart's live region says: the axis (and, on a crowded chart, the events in view) when
 * the zoom level `k` changes (+, −, a wheel, a pinch, Fit all), not when the width (a panel opening
 * beside the chart), the language or a pan changes those words: each of those says enough of its own.
 */
export function useZoomAnnouncement(k: number, text: string): string {
  const [said, setSaid] = useState({ k, text: '' });
  if (said.k !== k) setSaid({ k, text });
  useEffect(() => {
    if (!said.text) return;
    const timer = setTimeout(() => setSaid((s) => ({ ...s, text: '' })), CLEAR_MS);
    return () => clearTimeout(timer);
  }, [said.text]);
  return said.text;
}
