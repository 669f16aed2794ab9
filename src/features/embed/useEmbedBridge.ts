import { useEffect, useRef } from 'react';
import { takeHostSelections, warnCounted } from './hostInbox.ts';
import { postToParent, READY, SELECT } from './messages.ts';
import { useFrameHeight } from './useFrameHeight.ts';

// The host page is told once that the view is shown (not again if it is rendered anew).
let told = false;

/**
 * In an embed: posts the content height whenever it changes (useFrameHeight), then once that it is ready, posts the selection when the reader
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

  useFrameHeight(enabled);
  useEffect(() => {
    if (!enabled || told) return;
    told = true;
    postToParent({ type: READY });
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
