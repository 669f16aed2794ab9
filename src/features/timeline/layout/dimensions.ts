/** Margins and bounds of the chart, from its measured width and its lanes: one object, one pure function. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Dimensions {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

/** Height of the time axis under the lanes. */
export const AXIS_HEIGHT = 30;

/** The narrowest chart: a 280 px frame less the embed's 8 px sides (README promises no sideways scroll from there). */
const MIN_WIDTH = 264;

export function computeDimensions(width: number, lanesHeight: number): Dimensions {
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  const side = w < 480 ? 8 : 16;
  const margin: Margin = { top: 8, right: side, bottom: AXIS_HEIGHT, left: side };
  const innerWidth = w - margin.left - margin.right;
  return { width: w, height: margin.top + lanesHeight + margin.bottom, margin, innerWidth, innerHeight: lanesHeight };
}
