import type { Mark } from './marks.ts';

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  /** True when the title had to be shortened to fit. */
  truncated: boolean;
}

export const LABEL_FONT_PX = 12;
/** Average advance of a character at 12 px in a system sans-serif; an estimate, kept deterministic. */
export const CHAR_PX = 6.4;
const OFFSET = 11;
const GAP = 8;
const MIN_CHARS = 12;

/** Shortens text to at most `chars` characters (whole code points), with an ellipsis. */
export function truncate(text: string, chars: number): { text: string; truncated: boolean } {
  const cps = Array.from(text);
  if (cps.length <= chars) return { text, truncated: false };
  return { text: `${cps.slice(0, Math.max(1, chars - 1)).join('').trimEnd()}…`, truncated: true };
}

/**
 * Labels to the right of marks, where they fit before the next mark of the same row and inside
 * the chart. A label that would be shorter than 12 characters is left out (the title then shows
 * on hover and focus). Pure: marks and width in, labels out.
 */
export function placeLabels(marks: readonly Mark[], innerWidth: number, titleOf: (e: Mark['event']) => string = (e) => e.title): PlacedLabel[] {
  const rows = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.lane.index}:${m.row}`;
    const r = rows.get(key);
    if (r) r.push(m);
    else rows.set(key, [m]);
  }
  const out: PlacedLabel[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((m, i) => {
      const next = row[i + 1];
      const x = (m.span ? Math.max(m.x, m.span.x1) : m.x) + OFFSET;
      const right = Math.min(next ? next.x - OFFSET : Infinity, innerWidth);
      if (x < 0 || x > innerWidth) return;
      const room = Math.floor((right - x - GAP) / CHAR_PX);
      if (room < MIN_CHARS) return;
      const t = truncate(titleOf(m.event), room);
      out.push({ id: m.event.id, x, y: m.y + LABEL_FONT_PX / 3, text: t.text, truncated: t.truncated });
    });
  }
  return out;
}
