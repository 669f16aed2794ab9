import type { Mark } from './marks.ts';

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const NAV_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The event the focus moves to: Left/Right the previous/next in time, Up/Down the nearest in time
 * in the lane above/below (skipping empty lanes), Home/End the first/last. Marks are in time order.
 */
export function nextMarkId(marks: readonly Mark[], currentId: string | null, key: NavKey): string | null {
  if (marks.length === 0) return null;
  const i = currentId === null ? -1 : marks.findIndex((m) => m.event.id === currentId);
  if (key === 'Home' || i === -1) return marks[0]!.event.id;
  if (key === 'End') return marks[marks.length - 1]!.event.id;
  const cur = marks[i]!;
  if (key === 'ArrowLeft') return marks[Math.max(0, i - 1)]!.event.id;
  if (key === 'ArrowRight') return marks[Math.min(marks.length - 1, i + 1)]!.event.id;
  const dir = key === 'ArrowUp' ? -1 : 1;
  const laneIndexes = [...new Set(marks.map((m) => m.lane.index))].sort((a, b) => a - b);
  const pos = laneIndexes.indexOf(cur.lane.index);
  const targetLane = laneIndexes[pos + dir];
  if (targetLane === undefined) return cur.event.id;
  let best: Mark | null = null;
  for (const m of marks) {
    if (m.lane.index !== targetLane) continue;
    if (!best || Math.abs(m.event.start - cur.event.start) < Math.abs(best.event.start - cur.event.start)) best = m;
  }
  return best ? best.event.id : cur.event.id;
}
