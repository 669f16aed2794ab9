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
  /** The text's width in px, in the font's measured advances. */
  width: number;
}

export const LABEL_FONT_PX = 12;
/** Average advance of a character at 12 px in a system sans-serif: the estimate where nothing measures (tests, Node). */
export const CHAR_PX = 6.4;
const OFFSET = 11;
const GAP = 8;
/** Before a label left of its mark: wide enough that it does not read as the end of the label before it. */
const LEFT_GAP = 24;
const MIN_CHARS = 12;
/** The least room a label is placed in: twelve average characters. */
const MIN_ROOM_PX = MIN_CHARS * CHAR_PX;
const ELLIPSIS = '…';

/**
 * One character's advance in the labels' font, in px. On screen it is measured (Cyrillic and
 * capitals are wider than the average: an estimate let Russian labels run past the chart's edge
 * and into the next label); the estimate keeps the layout deterministic where nothing measures.
 */
export type CharWidth = (char: string) => number;
export const estimatedCharWidth: CharWidth = () => CHAR_PX;

/** The width of `text` in px: the sum of its characters' advances. */
export function textWidth(text: string, charWidth: CharWidth): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

/** Rounding of sums of fractional advances must not drop a character that fits exactly. */
const EPSILON_PX = 1e-6;

// Written here rather than with Intl.Segmenter: placeLabels runs in every chart layout (each zoom
// frame), and these checks look only at the code points around the cut, not the whole title.
/** A code point read with the one before it: a combining accent or variation selector (marks), a joiner, a skin tone. */
const JOINS_PREVIOUS = /\p{M}|\u200d|[\u{1f3fb}-\u{1f3ff}]/u;
/** Half a flag: flags are pairs of these. */
const FLAG_HALF = /[\u{1f1e6}-\u{1f1ff}]/u;

/** Whether a cut before `cps[i]` splits what reads as one character ("й" from its breve, a flag, 👩‍🚀). */
function splitsCharacter(cps: readonly string[], i: number): boolean {
  if (i < 1) return false;
  if (JOINS_PREVIOUS.test(cps[i]!) || cps[i - 1] === '\u200d') return true;
  let halves = 0;
  while (FLAG_HALF.test(cps[i]!) && FLAG_HALF.test(cps[i - halves - 1] ?? '')) halves++;
  return halves % 2 > 0;
}

/**
 * Shortens text to fit `maxPx` (whole characters as read: never an accent from its letter, half a
 * flag or part of an emoji sequence), with an ellipsis; `kept` is how many of the title's code
 * points the shortened text starts with (all of them when it fits whole).
 */
export function fitText(text: string, maxPx: number, charWidth: CharWidth): { text: string; truncated: boolean; kept: number } {
  const cps = Array.from(text);
  const limit = maxPx + EPSILON_PX;
  if (textWidth(text, charWidth) <= limit) return { text, truncated: false, kept: cps.length };
  const room = limit - charWidth(ELLIPSIS);
  let kept = 0;
  let w = 0;
  while (kept < cps.length && w + charWidth(cps[kept]!) <= room) w += charWidth(cps[kept++]!);
  let cut = kept;
  while (splitsCharacter(cps, cut)) cut--;
  // Not even the first character fits: it is kept whole, as one always is.
  if (cut === 0) for (cut = 1; splitsCharacter(cps, cut); ) cut++;
  kept = cut;
  return { text: `${cps.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`, truncated: true, kept };
}

/** Where a mark's label starts on its right, and where one on its left ends (a window's, clear of its span). */
const rightStart = (m: Mark) => (m.span ? Math.max(m.x, m.span.x1) : m.x) + OFFSET;
const leftEnd = (m: Mark) => (m.span ? Math.min(m.x, m.span.x1) : m.x) - OFFSET;

/**
 * Labels to the right of marks, where they fit before the next mark of the same row and inside
 * the chart; where they do not, to the left, in the room the row leaves after the previous mark
 * and its label, 24 px clear of them (the last events in view are labelled too). When the next
 * mark can only be labelled on its left, the two share the room between them if both then fit.
 * A label that would be shorter than 12 characters is left out (the title then shows on hover
 * and focus), unless it is the whole title («Ответ»). Pure: marks, width and the font's
 * character widths in, labels out.
 */
export function placeLabels(
  marks: readonly Mark[],
  innerWidth: number,
  titleOf: (e: Mark['event']) => string = (e) => e.title,
  charWidth: CharWidth = estimatedCharWidth,
): PlacedLabel[] {
  const rows = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.lane.index}:${m.row}`;
    const r = rows.get(key);
    if (r) r.push(m);
    else rows.set(key, [m]);
  }
  /** Room in px right of m, before the next mark and the chart's edge. */
  const roomRight = (m: Mark, next: Mark | undefined) => {
    const x = rightStart(m);
    if (x < 0 || x > innerWidth) return 0;
    return Math.min(next ? next.x - OFFSET : Infinity, innerWidth) - x - GAP;
  };
  const enough = (px: number) => px + EPSILON_PX >= MIN_ROOM_PX;
  /** Room for a label: twelve characters, or the whole title where it is shorter («Ответ»). */
  const roomFor = (title: string, px: number) => enough(px) || textWidth(title, charWidth) <= px + EPSILON_PX;
  /** The title fitted to `px`, or null when what would be left of it is too short to read. */
  const fit = (title: string, px: number) => {
    const t = fitText(title, px, charWidth);
    return t.truncated && t.kept + 1 < MIN_CHARS ? null : t;
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
      const right = roomFor(title, room) ? fit(title, room) : null;
      if (right) {
        let t = right;
        if (next && inView(next) && !enough(roomRight(next, row[i + 2]))) {
          // The next mark's label can only go on its left: leave it up to half the room, if both fit.
          const both = leftEnd(next) - rightStart(m) - LEFT_GAP;
          const mine = both - Math.min(textWidth(titleOf(next.event), charWidth), both / 2);
          if (enough(mine) && enough(both - mine) && mine < room) {
            room = mine;
            t = fit(title, room) ?? t;
          }
        }
        const x = rightStart(m);
        const width = textWidth(t.text, charWidth);
        out.push({ id: m.event.id, x, y, text: t.text, truncated: t.truncated, anchor: 'start', width });
        taken = x + width;
        return;
      }
      const end = leftEnd(m);
      const roomLeft = inView(m) ? end - Math.max(0, taken + LEFT_GAP) : 0;
      const left = roomFor(title, roomLeft) ? fit(title, roomLeft) : null;
      if (left) out.push({ id: m.event.id, x: end, y, text: left.text, truncated: left.truncated, anchor: 'end', width: textWidth(left.text, charWidth) });
      taken = m.x + OFFSET;
    });
  }
  return out;
}

/** A label's plate (drawn under its text, render/scene.ts) reaches this far above its baseline, and below it. */
export const PLATE_ABOVE = 11;
export const PLATE_BELOW = 4;

/**
 * The label whose text is at (x, y) in chart pixels, as far as its plate reaches: a click or tap
 * on an event's title opens it, as one on its mark does.
 */
export function labelAt(labels: readonly PlacedLabel[], x: number, y: number): PlacedLabel | undefined {
  return labels.find((l) => {
    const left = l.anchor === 'start' ? l.x : l.x - l.width;
    return x >= left && x <= left + l.width && y >= l.y - PLATE_ABOVE && y <= l.y + PLATE_BELOW;
  });
}
