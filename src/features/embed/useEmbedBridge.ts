import { useEffect, useRef } from 'react';
import { takeHostSelections, warnCounted } from './hostInbox.ts';
import { postToParent, READY, RESIZE, SELECT } from './messages.ts';

/** How long, in ms, a lower content height must hold before the host page is told it. */
const SHRINK_AFTER = 600;

// The host page is told once that the view is shown (not again if it is rendered anew).
let told = false;

/**
 * In an embed: posts the content height whenever it changes, then once that it is ready, posts the selection when the reader
 * changes it (not when the host page did), and selects an event when the parent window (only the
 * parent) asks with a well-formed message (hostInbox.ts), also one it sent before the view was shown.
 */
export function useEmbedBridge(enabled: boolean, selectedId: string | null, select: (id: string | null) => void, hasEvent: (id: string) => boolean) {
  const selectRef = useRef(select);
  const hasRef = useRef(hasEvent);
  const selectedRef = useRef(selectedId);
  // The selection the host page asked for and the embed has not shown yet: not told back to it.
  const fromHost = useRef<{ id: string | null } | null>(null);
  useEffect(() => {
    selectRef.current = select;
    hasRef.current = hasEvent;
    selectedRef.current = selectedId;
  });

  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    let shrink: ReturnType<typeof setTimeout> | undefined;
    const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
    const send = (height: number) => {
      clearTimeout(shrink);
      shrink = undefined;
      if (height === last || !Number.isFinite(height)) return;
      last = height;
      postToParent({ type: RESIZE, height });
    };
    // A rise is posted at once; a drop once it has held (SHRINK_AFTER): a part loading on demand
    // (the List's "Loading the list…") must not fold the host's frame for a moment and unfold it.
    const post = () => {
      const height = measure();
      if (last === -1 || height >= last) return send(height);
      clearTimeout(shrink);
      shrink = setTimeout(() => send(measure()), SHRINK_AFTER);
    };
    post();
    if (!told) postToParent({ type: READY });
    told = true;
    if (typeof ResizeObserver === 'undefined') return () => clearTimeout(shrink);
    const ro = new ResizeObserver(post);
    ro.observe(document.documentElement);
    ro.observe(document.body);
    return () => {
      ro.disconnect();
      clearTimeout(shrink);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    return takeHostSelections((id) => {
      if (id !== null && !hasRef.current(id)) return warnCounted(`${SELECT} ignored: no event has the id "${id}"`, 'id');
      if (id === selectedRef.current) return;
      fromHost.current = { id };
      selectRef.current(id);
    });
  }, [enabled]);

  const first = useRef(true);
  useEffect(() => {
    if (!enabled) return;
    // The host learns about changes, not the state it set up itself on load.
    if (first.current) {
      first.current = false;
      return;
    }
    const asked = fromHost.current;
    fromHost.current = null;
    if (asked && asked.id === selectedId) return;
    postToParent({ type: SELECT, eventId: selectedId });
  }, [enabled, selectedId]);
}
