import type { Actor } from '../../../shared/dataset/schema.ts';
import { PALETTE } from '../../../shared/palette.ts';

export interface Lane {
  actor: Actor;
  /** The actor's name in the interface's language (its translation when the dataset gives one). */
  name: string;
  index: number;
  /** Top of the lane band, relative to the lanes area. */
  y: number;
  height: number;
  /** Vertical centre of the first row of marks. */
  rowY: number;
  color: string;
}

export const LANE_HEADER = 18;
export const ROW_STEP = 22;
export const LANE_PADDING = 14;

/**
 * One lane per actor that sends or receives a shown event, in the dataset's actor order.
 * A lane is as tall as its most crowded moment needs (rows of stacked marks).
 */
export function layoutLanes(
  actors: readonly Actor[],
  used: ReadonlySet<string>,
  rowsPerActor: ReadonlyMap<string, number>,
  nameOf: (a: Actor) => string = (a) => a.name,
): { lanes: Lane[]; height: number } {
  const lanes: Lane[] = [];
  let y = 0;
  let colorIndex = 0;
  actors.forEach((actor) => {
    const fallback = PALETTE[colorIndex % PALETTE.length]!;
    colorIndex++;
    if (!used.has(actor.id)) return;
    const rows = Math.max(1, rowsPerActor.get(actor.id) ?? 1);
    const height = LANE_HEADER + LANE_PADDING + rows * ROW_STEP;
    lanes.push({
      actor,
      name: nameOf(actor),
      index: lanes.length,
      y,
      height,
      rowY: y + LANE_HEADER + LANE_PADDING / 2 + ROW_STEP / 2,
      color: actor.color ?? fallback,
    });
    y += height;
  });
  return { lanes, height: y };
}

/**
 * Ids of actors that send or receive at least one of the events. `of`: how many actors there are,
 * if known: once all of them are found, the other events need not be read.
 */
export function usedActors(events: readonly { from: string; to: readonly string[] }[], of = Infinity): Set<string> {
  const used = new Set<string>();
  for (const e of events) {
    used.add(e.from);
    for (const t of e.to) used.add(t);
    if (used.size >= of) break;
  }
  return used;
}
