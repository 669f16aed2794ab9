import { PLATE_ABOVE, PLATE_BELOW, type PlacedLabel } from './labels.ts';
import type { LanePlate } from './lanePlates.ts';
import type { ReplyLink } from './links.ts';
import type { Mark } from './marks.ts';

/** Where "hidden" is written for a reply to a filtered-out event: its right end and baseline. */
interface HiddenWord {
  /** The reply. */
  from: string;
  /** The word's right end (it is drawn right-aligned). */
  x: number;
  /** Its baseline. */
  y: number;
}

/** The word's place beside its reply's dashed stub (links.ts): right end 40 px left of the mark, baseline 18 px above. */
export const WORD_LEFT = 40;
export const WORD_ABOVE = 18;
/** The word's box about its baseline, at 10 px: its letters' tops, and the descenders of "скрыто". */
export const WORD_ASCENT = 8;
export const WORD_DESCENT = 3;
/** How far a mark reaches from its centre: the tallest shape (the star, 11.6 px) and an approximate date's dashed ring (11.1 px). */
export const MARK_HALF = 12;
/** The least room kept between the word and a mark or label. */
export const WORD_GAP = 2;
/** How far left of its place the word may move to clear a mark, in 4 px steps: further, it no longer reads as the stub's. */
const MAX_SHIFT = 24;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const apart = (a: Box, b: Box, gap: number) => a.x2 + gap <= b.x1 || b.x2 + gap <= a.x1 || a.y2 + gap <= b.y1 || b.y2 + gap <= a.y1;

/**
 * Where to write "hidden" (`wordPx` wide) for each reply whose link leads to a filtered-out event:
 * at the end of its dashed stub, or up to 24 px further left where a mark or a label there would
 * touch it (in a crowded lane, the marks of the row above sit at the word's height), or a lane's
 * name plate would hide it and its name (`plates`, lanePlates.ts: a reply near the chart's left
 * edge in a lane's first row has its word at the name's height). Not written
 * where no such place is clear, nor where the chart's left edge (x = 0) would cut it, nor over
 * another "hidden" (replies close together in a row share one): the dashed stub still leads left.
 */
export function hiddenWords(marks: readonly Mark[], links: readonly ReplyLink[], labels: readonly PlacedLabel[], plates: readonly LanePlate[], wordPx: number): HiddenWord[] {
  const byId = new Map(marks.map((m) => [m.event.id, m]));
  const obstacles: Box[] = [
    ...marks.map((m) => ({ x1: m.x - MARK_HALF, y1: m.y - MARK_HALF, x2: m.x + MARK_HALF, y2: m.y + MARK_HALF })),
    ...labels.map((l) => {
      const x1 = l.anchor === 'start' ? l.x : l.x - l.width;
      return { x1, y1: l.y - PLATE_ABOVE, x2: x1 + l.width, y2: l.y + PLATE_BELOW };
    }),
    ...plates,
  ];
  const words: HiddenWord[] = [];
  const written: Box[] = [];
  for (const l of links) {
    const m = l.hidden ? byId.get(l.from) : undefined;
    if (!m) continue;
    const y = m.y - WORD_ABOVE;
    for (let shift = 0; shift <= MAX_SHIFT; shift += 4) {
      const x = m.x - WORD_LEFT - shift;
      const box = { x1: x - wordPx, y1: y - WORD_ASCENT, x2: x, y2: y + WORD_DESCENT };
      if (box.x1 < 0) break;
      // One word for replies close together: the next one's stub leads to the word already written.
      if (written.some((w) => !apart(w, box, 0))) break;
      if (obstacles.some((o) => !apart(o, box, WORD_GAP))) continue;
      words.push({ from: m.event.id, x, y });
      written.push(box);
      break;
    }
  }
  return words;
}
