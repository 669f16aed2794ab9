import { flushSync } from 'react-dom';
import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ChartFrame } from './layout/chartFrame.ts';
import { NAV_KEYS, nextEventIndex, type NavKey } from './layout/keyboardNav.ts';
import type { ZoomControls } from './useZoom.ts';

const ZOOM_STEP = 2;

interface Options {
  frame: ChartFrame;
  zoom: ZoomControls;
  containerRef: RefObject<HTMLElement | null>;
  selectedId: string | null;
  /** The first event in the settled view (or the nearest to it): the tab stop when nothing else is. */
  firstInView: string | null;
  onOpen: (id: string) => void;
  onEscape?: (focusedId: string | null) => void;
}

interface RovingFocus {
  /** The chart's one tab stop. */
  rovingId: string | null;
  /** The event whose mark has focus, and whether the focus ring shows (keyboard focus). */
  focused: { id: string; visible: boolean } | null;
  focusMark: (id: string) => void;
  onFocusMark: (id: string, visible: boolean) => void;
  onBlurChart: () => void;
  onKeyDown: (ev: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The chart is one tab stop: arrow keys move it between events in time and across lanes (panning
 * to them), Enter opens, Escape closes, + − 0 zoom. A new selection (list, panel, URL) becomes
 * the tab stop.
 */
export function useRovingFocus({ frame, zoom, containerRef, selectedId, firstInView, onOpen, onEscape }: Options): RovingFocus {
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [focused, setFocused] = useState<{ id: string; visible: boolean } | null>(null);
  const [prevSelected, setPrevSelected] = useState(selectedId);
  if (selectedId !== prevSelected) {
    setPrevSelected(selectedId);
    if (selectedId) setActiveId(selectedId);
  }
  const rovingId = activeId && frame.positionOf(activeId) !== undefined ? activeId : (firstInView ?? frame.events[0]?.id ?? null);

  const { reveal } = zoom;
  const focusMark = useCallback(
    (id: string) => {
      const i = frame.positionOf(id);
      if (i !== undefined) reveal(frame.base(frame.index.center[i]!));
      // Rendered now, so focus moves within this keystroke: a mark that leaves the view would
      // otherwise drop focus to the page until the next frame, and an Enter typed then is lost.
      flushSync(() => setActiveId(id));
      const find = () => containerRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`);
      const el = find();
      // Marks are focusable even when not the tab stop; one not rendered yet is focused next frame.
      if (el) el.focus();
      else requestAnimationFrame(() => find()?.focus());
    },
    [frame, reveal, containerRef],
  );
  const onFocusMark = useCallback(
    (id: string, visible: boolean) => {
      setFocused({ id, visible });
      setActiveId(id);
      // Tab can land on the tab stop while it is out of view: bring it in.
      const i = frame.positionOf(id);
      if (i !== undefined) reveal(frame.base(frame.index.center[i]!));
    },
    [frame, reveal],
  );
  const onBlurChart = useCallback(() => setFocused(null), []);

  const onKeyDown = (ev: KeyboardEvent<HTMLElement>) => {
    if (NAV_KEYS.has(ev.key)) {
      ev.preventDefault();
      const cur = rovingId === null ? -1 : (frame.positionOf(rovingId) ?? -1);
      const next = frame.events[nextEventIndex(frame.index.lane, frame.index.start, cur, ev.key as NavKey)];
      if (next) focusMark(next.id);
      return;
    }
    if (ev.key === 'Enter' || ev.key === ' ') {
      const id = (ev.target as Element).getAttribute?.('data-event-id');
      if (id) {
        ev.preventDefault();
        onOpen(id);
      }
      return;
    }
    if (ev.key === 'Escape') {
      onEscape?.((ev.target as Element).getAttribute?.('data-event-id') ?? null);
      return;
    }
    // + and − zoom about the focused event, so that it stays in view and under its ring.
    const focusedId = (ev.target as Element).getAttribute?.('data-event-id');
    const at = focusedId ? frame.positionOf(focusedId) : undefined;
    const around = at === undefined ? undefined : frame.base(frame.index.center[at]!);
    if (ev.key === '+' || ev.key === '=') zoom.zoomBy(ZOOM_STEP, around);
    else if (ev.key === '-' || ev.key === '_') zoom.zoomBy(1 / ZOOM_STEP, around);
    else if (ev.key === '0') zoom.reset();
    else return;
    ev.preventDefault();
  };

  return { rovingId, focused, focusMark, onFocusMark, onBlurChart, onKeyDown };
}

export { ZOOM_STEP };
