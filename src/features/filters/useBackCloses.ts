import { useEffect, type RefObject } from 'react';

/** Whether the history entry is the one opening added (marked), not yet closed. */
const marked = () => (history.state as { sheet?: number } | null)?.sheet === 1;

// Listened to from the page's first script on, before the page's own listeners (useLocationSearch:
// a window's listeners are called in the order they were added, each render in between), so that
// they read the sheet's address, not the one before it.
let onBack: (() => void) | null = null;
// A closed sheet's own Back still on its way: its popstate is not the reader's, and a sheet
// opened meanwhile adds its entry once it has landed (else that Back would close it).
let ownBack: { then: (() => void) | null } | null = null;
addEventListener('popstate', () => {
  if (!ownBack) return onBack?.();
  const { then } = ownBack;
  ownBack = null;
  then?.();
});

/**
 * While `open`, Back closes the dialog as it closes the detail panel, rather than
 * leave the page or undo a filter: opening adds a history entry of the same address, marked, whose
 * address what is done meanwhile replaces (the sheet's filters: one step). Back to the entry before
 * closes it, the address staying the one it showed (the filters as they stand, as Escape leaves
 * them); closed otherwise, its entry is unmarked, or gone if nothing changed.
 */
export function useBackCloses(open: boolean, dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const entry = (sheet: number) => ({ ...(history.state as object | null), sheet });
    let opened: string | null = null;
    let shown = '';
    const onNavigate = () => void (shown = location.href);
    const start = () => {
      try {
        history.pushState(entry(1), '', location.href);
      } catch {
        return;
      }
      opened = shown = location.href;
      onBack = () => {
        if (marked()) return;
        if (location.href !== shown) history.pushState(history.state, '', shown);
        dialog.current?.close();
      };
      addEventListener('app:navigate', onNavigate);
    };
    const waiting = ownBack;
    if (waiting) waiting.then = start;
    else start();
    return () => {
      if (waiting?.then === start) waiting.then = null;
      if (opened === null) return;
      onBack = null;
      removeEventListener('app:navigate', onNavigate);
      if (!marked()) return;
      // Closed with nothing changed, its entry (the same address again) goes: else the next Back would seem to do nothing.
      if (location.href === opened) {
        ownBack = { then: null };
        history.back();
      } else history.replaceState(entry(0), '');
    };
  }, [open, dialog]);
}
