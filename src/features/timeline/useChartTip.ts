import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TimelineEvent } from '../../shared/model/timelineModel.ts';

/** What the chart's tooltip shows: a hovered or focused event, or a hovered cluster. `key` says which. */
export type ChartTip =
  | { key: string; kind: 'event'; event: TimelineEvent; x: number; y: number }
  | { key: string; kind: 'cluster'; count: number; kinds: readonly number[]; opens: boolean; x: number; y: number };

/** How long a tooltip stays after the pointer leaves its mark: time to move onto the tooltip. */
export const TIP_LINGER_MS = 300;

interface TipState {
  /** The tip to show, or null. */
  tip: ChartTip | null;
  /** A zoom or pan began: a tip left from before goes at once. */
  clear: () => void;
}

/**
 * The tooltip as WCAG 1.4.13 asks: it stays while the pointer moves from its mark onto it and
 * while the pointer is on it, and Escape hides it without moving the focus or the pointer (the
 * key still does what it does, e.g. close the panel). The tooltip takes no pointer events, so
 * that the marks under it can still be hovered and clicked: whether the pointer is on it is
 * read from its box. `live` is what the pointer and focus point at now, memoised by the chart.
 */
export function useChartTip(live: ChartTip | null, tipRef: RefObject<HTMLElement | null>): TipState {
  const liveKey = live?.key ?? null;
  const [prev, setPrev] = useState<ChartTip | null>(live);
  const [linger, setLinger] = useState<ChartTip | null>(null);
  const [held, setHeld] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const clear = useCallback(() => {
    setHeld(false);
    setLinger(null);
  }, []);
  if (prev !== live) {
    setPrev(live);
    if ((prev?.key ?? null) !== liveKey) {
      setLinger(live ? null : prev);
      setDismissed(null);
      setHeld(false);
    }
  }

  useEffect(() => {
    if (!linger || held) return;
    const id = setTimeout(() => setLinger(null), TIP_LINGER_MS);
    return () => clearTimeout(id);
  }, [linger, held]);
  useEffect(() => {
    if (!linger) return;
    const onMove = (ev: PointerEvent) => {
      const box = tipRef.current?.getBoundingClientRect();
      const on = !!box && ev.clientX >= box.left && ev.clientX <= box.right && ev.clientY >= box.top && ev.clientY <= box.bottom;
      if (on) setHeld(true);
      else if (held) clear();
    };
    document.addEventListener('pointermove', onMove);
    return () => document.removeEventListener('pointermove', onMove);
  }, [linger, held, tipRef, clear]);

  const shown = live ?? linger;
  const tip = shown && shown.key !== dismissed ? shown : null;
  const tipKey = tip?.key ?? null;
  useEffect(() => {
    if (tipKey === null) return;
    const onKey = (ev: KeyboardEvent) => {
      // Taken: the detail panel's Escape for a page without focus leaves it alone.
      if (ev.key === 'Escape') {
        ev.preventDefault();
        setDismissed(tipKey);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tipKey]);

  return { tip, clear };
}
