import { describe, expect, it } from 'vitest';
import { hiddenWords, MARK_HALF, WORD_ABOVE, WORD_ASCENT, WORD_DESCENT, WORD_GAP, WORD_LEFT } from '../../../../src/features/timeline/layout/hiddenWords.ts';
import type { PlacedLabel } from '../../../../src/features/timeline/layout/labels.ts';
import { lanePlate } from '../../../../src/features/timeline/layout/lanePlates.ts';
import type { ReplyLink } from '../../../../src/features/timeline/layout/links.ts';
import type { Mark } from '../../../../src/features/timeline/layout/marks.ts';
import { bundledModel, layoutAt } from '../timelineFixtures.ts';

const model = bundledModel();
const base = layoutAt(model, model.events, 1200).marks[0]!;
/** A mark `id` centred at (x, y): the bundled chart's first, moved and renamed. */
const mark = (id: string, x: number, y: number): Mark => ({ ...base, event: { ...base.event, id }, x, y });
/** A link from reply `from` to a filtered-out event. */
const hiddenLink = (from: string): ReplyLink => ({ from, to: 'gone', arc: { x1: 0, y1: 0, cx: 0, cy: 0, x2: 0, y2: 0 }, d: '', hidden: true });
const label = (id: string, x: number, y: number, width: number): PlacedLabel => ({ id, x, y, width, text: 'x', truncated: false, anchor: 'start' });
const WORD = 33; // "hidden": 6 characters at 5.5 px

/** The least distance between the word's box and a mark's, in px (0 where they overlap). */
function clearance(w: { x: number; y: number }, m: Mark): number {
  const dx = Math.max(m.x - MARK_HALF - w.x, w.x - WORD - (m.x + MARK_HALF), 0);
  const dy = Math.max(m.y - MARK_HALF - (w.y + WORD_DESCENT), w.y - WORD_ASCENT - (m.y + MARK_HALF), 0);
  return Math.max(dx, dy);
}

describe('hiddenWords', () => {
  it('writes "hidden" at the end of a lone reply\'s stub: right end 40 px left of the mark, baseline 18 px above', () => {
    const words = hiddenWords([mark('r', 300, 100)], [hiddenLink('r')], [], [], WORD);
    expect(words).toEqual([{ from: 'r', x: 300 - WORD_LEFT, y: 100 - WORD_ABOVE }]);
  });

  it('moves the word left, by the least 4 px step, past a mark in the row above that it would touch, and keeps a clear gap', () => {
    // The row above (22 px up) has a mark right under the word's place: before, the word was written over it.
    const above = mark('a', 300 - WORD_LEFT - 4, 78);
    const marks = [mark('r', 300, 100), above];
    const [word] = hiddenWords(marks, [hiddenLink('r')], [], [], WORD);
    expect(word).toBeDefined();
    expect(word!.y).toBe(100 - WORD_ABOVE);
    expect(word!.x).toBeLessThan(300 - WORD_LEFT);
    expect(clearance(word!, above)).toBeGreaterThanOrEqual(WORD_GAP);
    // Not further than needed: 4 px less and it would touch.
    expect(clearance({ ...word!, x: word!.x + 4 }, above)).toBeLessThan(WORD_GAP);
  });

  it('writes no word where marks leave no clear place within 24 px of the stub: its dashed stub still leads left', () => {
    const crowd = [0, 18, 36, 54, 72].map((dx, i) => mark(`a${i}`, 300 - WORD_LEFT - dx, 78));
    expect(hiddenWords([mark('r', 300, 100), ...crowd], [hiddenLink('r')], [], [], WORD)).toEqual([]);
  });

  it('keeps clear of a label in the row above as of a mark', () => {
    // A label whose text starts under the word's place, baseline at the row above's.
    const words = hiddenWords([mark('r', 300, 100)], [hiddenLink('r')], [label('a', 300 - WORD_LEFT - 10, 82, 120)], [], WORD);
    for (const w of words) expect(w.x, 'the word ends before the label starts').toBeLessThanOrEqual(300 - WORD_LEFT - 10 - WORD_GAP);
  });

  it('never touches a mark of the same row to its left', () => {
    const left = mark('l', 300 - WORD_LEFT - 20, 100);
    const [word] = hiddenWords([mark('r', 300, 100), left], [hiddenLink('r')], [], [], WORD);
    expect(clearance(word!, left)).toBeGreaterThanOrEqual(WORD_GAP);
  });

  it('writes one word for replies close together in a row, and none where the chart\'s left edge would cut it', () => {
    const words = hiddenWords([mark('r1', 300, 100), mark('r2', 320, 100), mark('edge', 60, 200)], ['r1', 'r2', 'edge'].map(hiddenLink), [], [], WORD);
    expect(words.map((w) => w.from)).toEqual(['r1']);
  });

  it('writes nothing for links to shown events', () => {
    expect(hiddenWords([mark('r', 300, 100)], [{ ...hiddenLink('r'), hidden: false }], [], [], WORD)).toEqual([]);
  });

  it('keeps clear of a lane\'s name plate: a reply near the left edge in a lane\'s first row has its word at the name\'s height', () => {
    const lane = { name: 'NASA', y: 0 };
    const plate = lanePlate(lane, () => 6.4);
    // The reply 40 px right of the plate's end, in the lane's first row: the word's place lies on the name.
    const reply = mark('r', plate.x2 + WORD_LEFT - 4, lane.y + 32);
    const words = hiddenWords([reply], [hiddenLink('r')], [], [plate], WORD);
    for (const w of words) {
      const apart = w.x - WORD >= plate.x2 + WORD_GAP || w.y - WORD_ASCENT >= plate.y2 + WORD_GAP || w.y + WORD_DESCENT + WORD_GAP <= plate.y1;
      expect(apart, `"hidden" ending at ${w.x},${w.y} on the plate ${JSON.stringify(plate)}`).toBe(true);
    }
    // Without the plate, the word was written there.
    expect(hiddenWords([reply], [hiddenLink('r')], [], [], WORD)).toHaveLength(1);
  });
});
