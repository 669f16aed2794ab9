import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { EventKind } from '../../../shared/dataset/schema.ts';

/** One shape per kind, so kind never depends on colour. */
const SHAPES: Record<EventKind, SymbolType> = {
  letter: symbolSquare,
  'social-post': symbolCircle,
  statement: symbolDiamond,
  'press-report': symbolTriangle,
  sanction: symbolCross,
  milestone: symbolStar,
};

const cache = new Map<string, string>();

/** SVG path data for a kind's shape centred on 0,0 with the given area in px². */
export function kindPath(kind: EventKind, area = 150): string {
  const key = `${kind}:${area}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = symbol(SHAPES[kind], area)() ?? '';
    cache.set(key, d);
  }
  return d;
}
