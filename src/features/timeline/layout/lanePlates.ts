import { textWidth, type CharWidth } from './labels.ts';
import type { Lane } from './lanes.ts';

/**
 * The plate a lane's name is written on, at its band's top left, relative to the lanes area (its
 * swatch 2 px in from the plate's top left, its text after it): the one rule for what the scene
 * draws (over the connectors and arcs that cross it) and for what "hidden" keeps clear of (hiddenWords.ts).
 */
export interface LanePlate {
  /** Left and top. */
  x1: number;
  y1: number;
  /** Right and bottom. */
  x2: number;
  y2: number;
}

export const lanePlate = (lane: Pick<Lane, 'name' | 'y'>, charWidth: CharWidth): LanePlate => ({
  x1: 2,
  y1: lane.y + 3,
  // The names are semibold; the labels' measured advances, a tenth wider, cover them.
  x2: 21 + textWidth(lane.name, charWidth) * 1.1,
  y2: lane.y + 18,
});
