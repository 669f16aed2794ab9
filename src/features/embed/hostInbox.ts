import { isMeasureMessage, parseSelectMessage } from './messages.ts';

/** What takes the host page's selections: the timeline's view, once it is on screen. */
type Take = (eventId: string | null) => void;

let listening = false;
let take: Take | null = null;
// The last selection the host page asked for that has not been taken yet.
let pending: { eventId: string | null } | null = null;
// A selection was just taken: those asked for until the next task wait, and only the last is taken.
let holding = false;

function flush(): void {
  holding = false;
  if (!take || !pending) return;
  const { eventId } = pending;
  pending = null;
  holding = true;
  setTimeout(flush);
  take(eventId);
}

/** What posts the height again when embed.js asks (useFrameHeight), while a page of the embed is shown. */
let measure: (() => void) | null = null;

/** Hands the host page's requests for the height to `to`; the returned function stops. */
export function takeMeasureRequests(to: () => void): () => void {
  listenToHost();
  measure = to;
  return () => {
    if (measure === to) measure = null;
  };
}

// How often each kind of problem with the host's messages was met.
const met = new Map<string, number>();

/**
 * Says a problem with the host's messages in the console the 1st, 10th, 100th… time it is met
 * (a page posting 20,000 bad messages gets 5 lines, not 20,000), the first as it is, the others with
 * the count; `kind` is the problem, the same for every message it is met in.
 */
export function warnCounted(text: string, kind = text): void {
  const n = (met.get(kind) ?? 0) + 1;
  met.set(kind, n);
  if (/^10*$/.test(`${n}`)) console.warn(n > 1 ? `${text} (${n} times)` : text);
}

/**
 * Listens to the parent window's select messages from the embed's first script on (main.tsx), so
 * that one posted as the frame loads, before the timeline is on screen or while its dataset is
 * still loading, is kept and applied then rather than dropped; the last one asked for wins, also
 * in a flood of them (one is taken per task, not one render per message); and embed.js's request
 * for the height (takeMeasureRequests). A select message of
 * another shape is ignored, with a word in the console saying why (warnCounted).
 */
export function listenToHost(): void {
  if (listening || window.parent === window) return;
  listening = true;
  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent) return;
    // Before any height was posted, none is asked again: the first is on its way.
    if (isMeasureMessage(ev.data)) return measure?.();
    const msg = parseSelectMessage(ev.data);
    if (msg === null) return;
    if (typeof msg === 'string') return warnCounted(msg);
    pending = { eventId: msg.eventId };
    if (!holding) flush();
  });
}

/** Hands the host page's selections to `to` (any asked for before, first); the returned function stops. */
export function takeHostSelections(to: Take): () => void {
  listenToHost();
  take = to;
  if (!holding) flush();
  return () => {
    if (take === to) take = null;
  };
}
