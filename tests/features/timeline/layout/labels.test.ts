import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { CHAR_PX, estimatedCharWidth, fitText, LABEL_FONT_PX, labelAt, placeLabels, textWidth, type CharWidth, type PlacedLabel } from '../../../../src/features/timeline/layout/labels.ts';
import { translatedTitle } from '../../../../src/shared/model/translated.ts';
import type { Lane } from '../../../../src/features/timeline/layout/lanes.ts';
import type { Mark } from '../../../../src/features/timeline/layout/marks.ts';
import type { TimelineEvent } from '../../../../src/shared/model/timelineModel.ts';
import { bundledModel, layoutAt, syntheticModel } from '../timelineFixtures.ts';

const lane = (index: number): Lane => ({
  actor: { id: `actor-${index}`, name: `Actor ${index}` },
  name: `Actor ${index}`,
  index,
  y: index * 54,
  height: 54,
  rowY: index * 54 + 36,
  color: '#000000',
});

const TITLE = 'Rogozin demands partners lift sanctions on ISS contractors'; // 59 characters

function mark(id: string, x: number, opts: { title?: string; row?: number; lane?: number; span?: [number, number] } = {}): Mark {
  const model = syntheticModel([{ id: 'a', name: 'A' }], [{ id, date: '2022-03-12', from: 'a', title: opts.title ?? TITLE }]);
  const event: TimelineEvent = model.events[0]!;
  const l = lane(opts.lane ?? 0);
  const row = opts.row ?? 0;
  const m: Mark = { event, x, y: l.rowY + row * 22, lane: l, row };
  if (opts.span) m.span = { x1: opts.span[0], x2: opts.span[1] };
  return m;
}

/** At most `chars` characters of the estimated width: the room a label had when the layout counted characters. */
function truncate(text: string, chars: number): { text: string; truncated: boolean } {
  const t = fitText(text, chars * CHAR_PX, estimatedCharWidth);
  return { text: t.text, truncated: t.truncated };
}

/** A text's width in the estimate's 6.4 px per character. */
const w = (text: string) => expect.closeTo(Array.from(text).length * CHAR_PX, 9);

describe('placeLabels', () => {
  it('places the whole title 11 px right of a mark when the row is free', () => {
    expect(placeLabels([mark('e', 100)], 1000)).toEqual([
      { id: 'e', x: 111, y: 36 + LABEL_FONT_PX / 3, text: TITLE, truncated: false, anchor: 'start', width: w(TITLE) },
    ]);
    expect(LABEL_FONT_PX / 3).toBe(4);
  });

  it('truncates the title with "…" to the room left before the next mark of the row', () => {
    // Room: (150 − 11) − (0 + 11) − 8 = 120 px, 18 characters of 6.4 px.
    const labels = placeLabels([mark('a', 0), mark('b', 150)], 1000);
    expect(labels[0]).toEqual({ id: 'a', x: 11, y: 40, text: 'Rogozin demands p…', truncated: true, anchor: 'start', width: w('Rogozin demands p…') });
    expect(Array.from(labels[0]!.text)).toHaveLength(18);
    expect(labels[1]).toEqual({ id: 'b', x: 161, y: 40, text: TITLE, truncated: false, anchor: 'start', width: w(TITLE) });
  });

  it('truncates the title to the room left before the right edge of the chart', () => {
    // Room: 300 − 211 − 8 = 81 px, 12 characters.
    expect(placeLabels([mark('e', 200)], 300)).toEqual([{ id: 'e', x: 211, y: 40, text: 'Rogozin dem…', truncated: true, anchor: 'start', width: w('Rogozin dem…') }]);
  });

  it('leaves the label out when fewer than 12 characters fit', () => {
    // Next mark at 106: room 76 px, 11.9 characters; at 107: 77 px, 12.03 characters.
    expect(placeLabels([mark('a', 0), mark('b', 106)], 1000).map((l) => l.id)).toEqual(['b']);
    expect(placeLabels([mark('a', 0), mark('b', 107)], 1000).find((l) => l.id === 'a')!.text).toBe('Rogozin dem…');
    // Neither side: b has 61 px to the chart's edge and 60 px after a's mark; a has nothing left of it.
    expect(placeLabels([mark('a', 0), mark('b', 90)], 170)).toEqual([]);
  });

  it('places a short title whole where it fits, though the room is less than 12 characters', () => {
    // Before, a journalist's event titled «Ещё» between two marks 67 px apart had no label: room 48 px, fewer than
    // twelve characters, though its three letters take 20 px. On the right as on the left (the last mark in view).
    expect(placeLabels([mark('a', 0, { title: 'Ещё' }), mark('b', 67)], 1000)[0]).toEqual({ id: 'a', x: 11, y: 40, text: 'Ещё', truncated: false, anchor: 'start', width: w('Ещё') });
    expect(placeLabels([mark('b', 70, { title: 'Ответ' })], 80)).toEqual([{ id: 'b', x: 59, y: 40, text: 'Ответ', truncated: false, anchor: 'end', width: w('Ответ') }]);
    // A long title in the same room is still left out rather than cut to a few letters.
    expect(placeLabels([mark('a', 0), mark('b', 67)], 1000).map((l) => l.id)).toEqual(['b']);
  });

  it('puts the label left of the mark when its right has no room, ending 11 px before it', () => {
    // Right of e: 300 − 221 − 8 = 71 px, 11 characters; left: 210 − 11 = 199 px, 31 characters.
    expect(placeLabels([mark('e', 210)], 300)).toEqual([{ id: 'e', x: 199, y: 40, text: 'Rogozin demands partners lift…', truncated: true, anchor: 'end', width: w('Rogozin demands partners lift…') }]);
    expect(placeLabels([mark('last', 990)], 1000)).toEqual([{ id: 'last', x: 979, y: 40, text: TITLE, truncated: false, anchor: 'end', width: w(TITLE) }]);
  });

  it('shares the room with the next mark when that one can only be labelled on its left, if both then fit', () => {
    // Between a's label and b's: (489 − 11 − 24) / 6.4 = 70 characters, 35 each.
    const shared = placeLabels([mark('a', 0), mark('b', 500)], 510);
    expect(shared.map((l) => [l.id, l.anchor, Array.from(l.text).length])).toEqual([
      ['a', 'start', 35],
      ['b', 'end', 35],
    ]);
    // 16 characters for both: too few to share, so a takes the room as before and b has none.
    expect(placeLabels([mark('a', 0), mark('b', 150)], 160).map((l) => [l.id, Array.from(l.text).length])).toEqual([['a', 18]]);
    // A short title leaves the rest to the next mark: (489 − 87.8 − 24) / 6.4 = 58 characters.
    const short = placeLabels([mark('a', 0, { title: 'Twelve chars' }), mark('b', 500)], 510);
    expect(short.map((l) => [l.id, Array.from(l.text).length])).toEqual([
      ['a', 12],
      ['b', 58],
    ]);
  });

  it('starts a label on the left 24 px after the previous mark’s label, so that the two do not read as one', () => {
    // a's label ends at 11 + 12 × 6.4 = 87.8 px; b's may start 24 px later and ends at 389: 43 characters.
    const labels = placeLabels([mark('a', 0, { title: 'Short title!' }), mark('b', 400)], 420);
    expect(labels.map((l) => [l.id, l.anchor, l.x, Array.from(l.text).length])).toEqual([
      ['a', 'start', 11, 12],
      ['b', 'end', 389, 43],
    ]);
    expect(389 - 43 * CHAR_PX).toBeGreaterThanOrEqual(11 + 12 * CHAR_PX + 24);
    // A window's label on the left ends before its span.
    expect(placeLabels([mark('w', 290, { span: [200, 300] })], 300)[0]).toMatchObject({ x: 189, anchor: 'end' });
  });

  it('does not shorten a label to share with a next mark that is outside the chart', () => {
    // Right of a: 1000 − 611 − 8 = 381 px, room for the whole title (377.6 px); b, past the edge, gets no label to share with.
    expect(placeLabels([mark('a', 600), mark('b', 1005)], 1000)).toEqual([
      { id: 'a', x: 611, y: 40, text: TITLE, truncated: false, anchor: 'start', width: w(TITLE) },
    ]);
  });

  it('does not shorten a label to share with a next mark whose left has too little room for any label', () => {
    // b's title is 32 px, under the 76.8 px a label needs: a keeps its own room, 289 − 11 − 8 = 270 px, 42 characters.
    const labels = placeLabels([mark('a', 0), mark('b', 300, { title: 'Reply' })], 310);
    expect(labels).toEqual([{ id: 'a', x: 11, y: 40, text: 'Rogozin demands partners lift sanctions o…', truncated: true, anchor: 'start', width: w('Rogozin demands partners lift sanctions o…') }]);
  });

  it('keeps a label on the left 24 px clear of the previous mark when that mark has no label', () => {
    // a's 110 px on its right hold 10 wide letters and the ellipsis, too few: no label. b's label then ends at 129 and starts
    // no nearer than 0 + 11 + 24 = 35: 94 px, 13 characters and the ellipsis.
    const wide: CharWidth = (c) => (c === 'W' ? 10 : CHAR_PX);
    const labels = placeLabels([mark('a', 0, { title: 'W'.repeat(16) }), mark('b', 140)], 150, (e) => e.title, wide);
    expect(labels).toEqual([{ id: 'b', x: 129, y: 40, text: 'Rogozin deman…', truncated: true, anchor: 'end', width: w('Rogozin deman…') }]);
    expect(129 - labels[0]!.width).toBeGreaterThanOrEqual(35);
  });

  it('does not shorten a title that fits exactly', () => {
    const title = 'Twelve chars';
    expect(placeLabels([mark('a', 0, { title }), mark('b', 107)], 1000)[0]).toMatchObject({ text: 'Twelve chars', truncated: false });
  });

  it('labels marks of other rows and other lanes without regard to each other', () => {
    const labels = placeLabels([mark('a', 0), mark('b', 10, { row: 1 }), mark('c', 5, { lane: 1 })], 1000);
    expect(labels.map((l) => [l.id, l.x, l.y, l.truncated])).toEqual([
      ['a', 11, 40, false],
      ['b', 21, 62, false],
      ['c', 16, 94, false],
    ]);
  });

  it('leaves out the labels of marks outside the chart', () => {
    expect(placeLabels([mark('left', -12), mark('right', 1001)], 1000)).toEqual([]);
    expect(placeLabels([mark('edge', -11)], 1000)).toEqual([{ id: 'edge', x: 0, y: 40, text: TITLE, truncated: false, anchor: 'start', width: w(TITLE) }]);
  });

  it('measures the room between marks in x order, whatever order the marks come in', () => {
    const labels = placeLabels([mark('b', 150), mark('a', 0)], 1000);
    expect(labels.map((l) => [l.id, l.text])).toEqual([
      ['a', 'Rogozin demands p…'],
      ['b', TITLE],
    ]);
  });

  it('starts the label of a window event right of its mark, not of its span', () => {
    expect(placeLabels([mark('w', 100, { span: [40, 160] })], 1000)[0]!.x).toBe(111);
  });

  /** A font as a screen measures it: capitals and Cyrillic wider than the estimate's average, spaces narrower. */
  const measured: CharWidth = (c) => (/[А-ЯЁ]/.test(c) ? 8.6 : /[а-яё]/.test(c) ? 7.4 : /[A-Z]/.test(c) ? 8 : c === ' ' ? 3.4 : 6.4);
  it.each([
    { name: 'in English, with the estimate', lang: 'en', charWidth: estimatedCharWidth },
    { name: 'in English, measured', lang: 'en', charWidth: measured },
    { name: 'in Russian, measured', lang: 'ru', charWidth: measured },
  ])('never lets two labels of one row overlap, run past the chart, or cover another mark of its row, in the bundled dataset, at any width or zoom, $name', ({ lang, charWidth }) => {
    const model = bundledModel();
    const titleOf = (e: TimelineEvent) => translatedTitle(e, lang);
    let checked = 0;
    let left = 0;
    for (const width of [320, 480, 800, 1200, 1600]) {
      for (const k of [1, 2, 5, 20]) {
        const t = zoomIdentity.translate(-(k - 1) * 200, 0).scale(k);
        const { marks, dims } = layoutAt(model, model.events, width, t);
        const labels = placeLabels(marks, dims.innerWidth, titleOf, charWidth);
        const extent = (l: PlacedLabel) => {
          const w = textWidth(l.text, charWidth);
          return l.anchor === 'start' ? [l.x, l.x + w] : [l.x - w, l.x];
        };
        const rows = new Map<number, PlacedLabel[]>();
        for (const l of labels) rows.set(l.y, [...(rows.get(l.y) ?? []), l]);
        for (const row of rows.values()) {
          row.sort((a, b) => extent(a)[0]! - extent(b)[0]!);
          for (let i = 0; i < row.length; i++) {
            const [start, end] = extent(row[i]!) as [number, number];
            const at = `${row[i]!.id} at ${width}px ×${k}`;
            if (row[i]!.anchor === 'end') left++;
            expect(start, at).toBeGreaterThanOrEqual(0);
            expect(end, at).toBeLessThanOrEqual(dims.innerWidth);
            for (const m of marks) {
              if (m.event.id === row[i]!.id || m.y + LABEL_FONT_PX / 3 !== row[i]!.y) continue;
              expect(m.x < start - 8 || m.x > end + 8, `${at} covers ${m.event.id}`).toBe(true);
            }
            const next = row[i + 1];
            if (next) {
              expect(end, `${row[i]!.id} / ${next.id} at ${width}px ×${k}`).toBeLessThan(extent(next)[0]!);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(left).toBeGreaterThan(0);
  });

  it('labels the bundled events at 1200 px in full, shortened or not at all, by the room their row leaves', () => {
    const model = bundledModel();
    const { marks, dims } = layoutAt(model, model.events, 1200);
    const text = new Map(placeLabels(marks, dims.innerWidth).map((l) => [l.id, l.text]));
    // Alone in its lane: the whole title.
    expect(text.get('biden-sanctions')).toBe("Biden announces sanctions aimed at Russia's space program");
    // The 12 March demand is 113 px to the right in the same row: 12 characters.
    expect(text.get('rogozin-deorbit-warning')).toBe('Rogozin ask…');
    expect(text.get('rogozin-posts-replies')).toBe("Rogozin posts partners' r…");
    expect(text.get('nasa-cooperation-continues')).toBe('NASA says export contr…');
    // The 17 July milestone can only be labelled on its left: the two share the room between them.
    expect(text.get('rogozin-year-notice')).toBe('Rogozin says partners will get a year…');
    expect(text.get('rogozin-dismissed-seat-swap')).toBe('Rogozin dismissed; Borisov takes over…');
    expect(text.get('journal-asks-authenticity')).toBe('The Hamden Journal asks agencies to confirm the letters');
    // 31 March is 60 px after the NASA reply's mark: room for 4 characters, so no label.
    expect(text.has('nelson-reply-letter')).toBe(false);
    expect(text.has('borisov-leave-after-2024')).toBe(false);
  });
});

describe('fitText, every character of the estimated width', () => {
  it('keeps a text that fits as it is', () => {
    expect(truncate('ISS', 3)).toEqual({ text: 'ISS', truncated: false });
    expect(truncate('', 0)).toEqual({ text: '', truncated: false });
  });

  it('cuts to the given number of characters, the last one an ellipsis', () => {
    expect(truncate('Roscosmos says partners', 10)).toEqual({ text: 'Roscosmos…', truncated: true });
  });

  it('drops the space left before the ellipsis', () => {
    expect(truncate('Rogozin asks who', 9)).toEqual({ text: 'Rogozin…', truncated: true });
  });

  it('counts Cyrillic letters as one character each', () => {
    expect(truncate('Роскосмос требует снять санкции', 10)).toEqual({ text: 'Роскосмос…', truncated: true });
  });

  it('never splits an emoji outside the Basic Multilingual Plane into half a surrogate pair', () => {
    const t = truncate('🚀🚀🚀🚀🚀', 3);
    expect(t).toEqual({ text: '🚀🚀…', truncated: true });
    expect(t.text).toHaveLength(5); // two surrogate pairs and the ellipsis
    expect(truncate('🛰 ISS 🚀🚀', 4)).toEqual({ text: '🛰 I…', truncated: true });
  });

  it('keeps a text of exactly that many code points whole, though its UTF-16 length is larger', () => {
    expect(truncate('🚀🚀🚀', 3)).toEqual({ text: '🚀🚀🚀', truncated: false });
  });

  it('keeps at least one character before the ellipsis', () => {
    expect(truncate('Roscosmos', 1)).toEqual({ text: 'R…', truncated: true });
  });
});

describe('fitText', () => {
  const wide: CharWidth = (c) => (/[а-яё]/i.test(c) ? 8 : 6);
  it('keeps a text that fits whole, measured by its characters', () => {
    expect(fitText('Роскосмос', 72, wide)).toEqual({ text: 'Роскосмос', truncated: false, kept: 9 });
  });
  it('shortens a text that does not fit to its longest start that fits with the ellipsis', () => {
    // 'Роскосмос заявил': 8 px a letter, 6 the space and the ellipsis; 60 px hold 6 letters and the ellipsis.
    const t = fitText('Роскосмос заявил', 60, wide);
    expect(t).toEqual({ text: 'Роскос…', truncated: true, kept: 6 });
    expect(textWidth(t.text, wide)).toBeLessThanOrEqual(60);
  });
  it('drops the spaces before the ellipsis', () => {
    expect(fitText('Роскосмос заявил', 86, wide).text).toBe('Роскосмос…');
  });
  it('never cuts what reads as one character: an accent from its letter, half a flag, part of an emoji sequence', () => {
    // Before: "ée…" (the accent of the second é dropped, another letter), "🇷🇺🇺…" (half a flag, a boxed U), "👩…" from 👩‍🚀.
    const seven: CharWidth = () => 7;
    expect(fitText('e\u0301'.repeat(6), 28, seven)).toEqual({ text: 'e\u0301…', truncated: true, kept: 2 });
    expect(fitText('Сергеи\u0306 Крикалёв', 56, seven).text).toBe('Сергеи\u0306…');
    expect(fitText('🇷🇺🇺🇸🇷🇺🇺🇸', 28, seven)).toEqual({ text: '🇷🇺…', truncated: true, kept: 2 });
    expect(fitText('👩‍🚀👩‍🚀👩‍🚀', 35, seven).text).toBe('👩‍🚀…');
    expect(fitText('Go 👍🏽👍🏽👍🏽', 35, seven).text).toBe('Go…');
    expect(fitText('Go 👍🏽👍🏽👍🏽', 42, seven).text).toBe('Go 👍🏽…');
    // Not even the first fits: it is kept whole, as one character always is.
    expect(fitText('👩‍🚀👩‍🚀', 7, seven).text).toBe('👩‍🚀…');
  });
});

describe('labelAt', () => {
  const right: PlacedLabel = { id: 'right', x: 100, y: 50, text: 'Right of its mark', truncated: false, anchor: 'start', width: 80 };
  const left: PlacedLabel = { id: 'left', x: 400, y: 50, text: 'Left of its mark', truncated: false, anchor: 'end', width: 60 };

  it('finds the label whose text is under the point, on either side of its mark', () => {
    expect(labelAt([right, left], 140, 46)?.id).toBe('right');
    expect(labelAt([right, left], 370, 46)?.id).toBe('left');
    // Its plate's reach: 11 px above the baseline, 4 below.
    expect(labelAt([right], 100, 39)?.id).toBe('right');
    expect(labelAt([right], 180, 54)?.id).toBe('right');
  });

  it('finds none beside, above or below the text', () => {
    expect(labelAt([right, left], 99, 46)).toBeUndefined();
    expect(labelAt([right, left], 181, 46)).toBeUndefined();
    expect(labelAt([right, left], 339, 46)).toBeUndefined();
    expect(labelAt([right, left], 401, 46)).toBeUndefined();
    expect(labelAt([right], 140, 38)).toBeUndefined();
    expect(labelAt([right], 140, 55)).toBeUndefined();
    expect(labelAt([], 140, 46)).toBeUndefined();
  });
});
