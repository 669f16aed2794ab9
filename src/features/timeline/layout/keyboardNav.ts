import type { Mark } from './marks.ts';

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const NAV_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The event the focus moves to, over laid-out marks in time order: Left/Right the previous/next
 * in time, Up/Down the nearest in time in the lane above/below (skipping empty lanes), Home/End
 * the first/last. The same rules as nextEventIndex, which the chart uses on its typed index.
 */
export function nextMarkId(marks: readonly Mark[], currentId: string | null, key: NavKey): string | null {
  if (marks.length === 0) return null;
  const lane = Int32Array.from(marks, (m) => m.lane.index);
  const start = Float64Array.from(marks, (m) => m.event.start);
  const current = currentId === null ? -1 : marks.findIndex((m) => m.event.id === currentId);
  return marks[nextEventIndex(lane, start, current, key)]?.event.id ?? null;
}

/**
 * Keyboard moves over the typed index (any number of events, no mark objects): `lane` holds each
 * event's lane, events are in time order. Returns an index into the events.
 */
export function nextEventIndex(lane: Int32Array, start: Float64Array, current: number, key: NavKey): number {
  const n = lane.length;
  if (n === 0) return -1;
  if (key === 'Home' || current < 0 || current >= n) return 0;
  if (key === 'End') return n - 1;
  if (key === 'ArrowLeft') return Math.max(0, current - 1);
  if (key === 'ArrowRight') return Math.min(n - 1, current + 1);
  const dir = key === 'ArrowUp' ? -1 : 1;
  const here = lane[current]!;
  // The nearest lane in that direction that has an event.
  let target = -1;
  for (let i = 0; i < n; i++) {
    const l = lane[i]!;
    if (dir < 0 ? l < here && l > target : l > here && (target === -1 || l < target)) target = l;
  }
  if (target === -1) return current;
  // Nearest in time. Among events of the very same time, the one of the same rank in its lane
  // (the third of that hour goes to the third), so that Up undoes Down; else the earliest.
  const t = start[current]!;
  let rank = 0;
  for (let i = 0; i < current; i++) if (lane[i] === here && start[i] === t) rank++;
  let best = -1;
  let same = -1;
  let sameSeen = 0;
  for (let i = 0; i < n; i++) {
    if (lane[i] !== target) continue;
    const dt = Math.abs(start[i]! - t);
    if (dt === 0 && sameSeen++ <= rank) same = i;
    if (best === -1 || dt < Math.abs(start[best]! - t)) best = i;
  }
  if (same !== -1) return same;
  return best === -1 ? current : best;
}
