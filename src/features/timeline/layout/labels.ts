import type { Mark } from './marks.ts';

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  /** True when the title had to be shortened to fit. */
  truncated: boolean;
  /** Which end of the text x is: its start, right of the mark, or its end, left of it where the right has no room. */
  anchor: 'start' | 'end';
}

export const LABEL_FONT_PX = 12;
/** Average advance of a character at 12 px in a system sans-serif; an estimate, kept deterministic. */
export const CHAR_PX = 6.4;
const OFFSET = 11;
const GAP = 8;
/** Before a label left of its mark: wide enough that it does not read as the end of the label before it. */
const LEFT_GAP = 24;
const MIN_CHARS = 12;

/** Shortens text to at most `chars` characters (whole code points), with an ellipsis. */
export function truncate(text: string, chars: number): { text: string; truncated: boolean } {
  const cps = Array.from(text);
  if (cps.length <= chars) return { text, truncated: false };
  return { text: `${cps.slice(0, Math.max(1, chars - 1)).join('').trimEnd()}…`, truncated: true };
}

/** Where a mark's label starts on its right, and where one on its left ends (a window's, clear of its span). */
const rightStart = (m: Mark) => (m.span ? Math.max(m.x, m.span.x1) : m.x) + OFFSET;
const leftEnd = (m: Mark) => (m.span ? Math.min(m.x, m.span.x1) : m.x) - OFFSET;
const codePoints = (text: string) => Array.from(text).length;

/**
 * Labels to the right of marks, where they fit before the next mark of the same row and inside
 * the chart; where they do not, to the left, in the room the row leaves after the previous mark
 * and its label, 24 px clear of them (the last events in view are labelled too). When the next
 * mark can only be labelled on its left, the two share the room between them if both then fit.
 * A label that would be shorter than 12 characters is left out (the title then shows on hover
 * and focus). Pure: marks and width in, labels out.
 */
export function placeLabels(marks: readonly Mark[], innerWidth: number, titleOf: (e: Mark['event']) => string = (e) => e.title): PlacedLabel[] {
  const rows = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.lane.index}:${m.row}`;
    const r = rows.get(key);
    if (r) r.push(m);
    else rows.set(key, [m]);
  }
  /** Characters that fit right of m, before the next mark and the chart's edge. */
  const roomRight = (m: Mark, next: Mark | undefined) => {
    const x = rightStart(m);
    if (x < 0 || x > innerWidth) return 0;
    return Math.floor((Math.min(next ? next.x - OFFSET : Infinity, innerWidth) - x - GAP) / CHAR_PX);
  };
  const inView = (m: Mark) => m.x >= 0 && m.x <= innerWidth;
  const out: PlacedLabel[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    // Where the row is taken up to: the previous mark, or the end of its label.
    let taken = -Infinity;
    row.forEach((m, i) => {
      const next = row[i + 1];
      const y = m.y + LABEL_FONT_PX / 3;
      const title = titleOf(m.event);
      let room = roomRight(m, next);
      if (room >= MIN_CHARS) {
        if (next && inView(next) && roomRight(next, row[i + 2]) < MIN_CHARS) {
          // The next mark's label can only go on its left: leave it up to half the room, if both fit.
          const both = Math.floor((leftEnd(next) - rightStart(m) - LEFT_GAP) / CHAR_PX);
          const mine = both - Math.min(codePoints(titleOf(next.event)), Math.floor(both / 2));
          if (mine >= MIN_CHARS && both - mine >= MIN_CHARS) room = Math.min(room, mine);
        }
        const t = truncate(title, room);
        const x = rightStart(m);
        out.push({ id: m.event.id, x, y, text: t.text, truncated: t.truncated, anchor: 'start' });
        taken = x + codePoints(t.text) * CHAR_PX;
        return;
      }
      const end = leftEnd(m);
      const roomLeft = inView(m) ? Math.floor((end - Math.max(0, taken + LEFT_GAP)) / CHAR_PX) : 0;
      if (roomLeft >= MIN_CHARS) {
        const t = truncate(title, roomLeft);
        out.push({ id: m.event.id, x: end, y, text: t.text, truncated: t.truncated, anchor: 'end' });
      }
      taken = m.x + OFFSET;
    });
  }
  return out;
}
