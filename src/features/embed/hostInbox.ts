import { parseSelectMessage } from './messages.ts';

/** What takes the host page's selections: the timeline's view, once it is on screen. */
type Take = (eventId: string | null) => void;

let listening = false;
let take: Take | null = null;
// The last selection the host page asked for before anything could take it.
let pending: { eventId: string | null } | null = null;

/**
 * Listens to the parent window's select messages from the embed's first script on (main.tsx), so
 * that one posted as the frame loads, before the timeline is on screen or while its dataset is
 * still loading, is kept and applied then rather than dropped; the last one asked for wins. A
 * select message of another shape is ignored, with a word in the console saying why.
 */
export function listenToHost(): void {
  if (listening || window.parent === window) return;
  listening = true;
  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent) return;
    const msg = parseSelectMessage(ev.data);
    if (msg === null) return;
    if (typeof msg === 'string') return console.warn(msg);
    if (take) take(msg.eventId);
    else pending = { eventId: msg.eventId };
  });
}

/** Hands the host page's selections to `to` (any asked for before, first); the returned function stops. */
export function takeHostSelections(to: Take): () => void {
  listenToHost();
  take = to;
  const asked = pending;
  pending = null;
  if (asked) to(asked.eventId);
  return () => {
    if (take === to) take = null;
  };
}
