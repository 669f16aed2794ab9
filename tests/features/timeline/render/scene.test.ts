import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../src/shared/color/contrast.ts';
import { chartFrame } from '../../../../src/features/timeline/layout/chartFrame.ts';
import { chartLayout } from '../../../../src/features/timeline/layout/chartLayout.ts';
import { DEFAULT_CHART_THEME, type ChartTheme } from '../../../../src/features/timeline/render/chartTheme.ts';
import { chartWords, headPoints, noInteraction, viewScene, type Prim } from '../../../../src/features/timeline/render/scene.ts';
import { en } from '../../../../src/shared/i18n/catalogues/en.ts';
import { makeFormat } from '../../../../src/shared/i18n/format.ts';
import { bundledModel, generatedModel, syntheticModel } from '../timelineFixtures.ts';
import { textWidth } from '../../../../src/features/timeline/layout/labels.ts';
import { lanePlate } from '../../../../src/features/timeline/layout/lanePlates.ts';
import { filterAndCount, filterDays, NO_FILTERS } from '../../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../../src/features/filters/searchIndex.ts';

const DARK: ChartTheme = { ...DEFAULT_CHART_THEME, fg: '#eceef1', muted: '#b3b8c2', line: '#3a3f47', bg: '#121417', panel: '#1c1f24', accent: '#7cb7ff', focus: '#7cb7ff', selected: '#1f3550' };
const FORCED: ChartTheme = { ...DEFAULT_CHART_THEME, fg: 'rgb(255, 255, 255)', bg: 'rgb(0, 0, 0)', muted: 'rgb(63, 242, 63)', forced: true };
const of = <K extends Prim['k']>(prims: readonly Prim[], k: K) => prims.filter((p): p is Extract<Prim, { k: K }> => p.k === k);

const EN = makeFormat(en);
const NO_STATE = noInteraction(chartWords(en, EN));

const bundled = bundledModel();
const bundledLayout = chartLayout(chartFrame(bundled, bundled.events, 1200), zoomIdentity);

describe('viewScene', () => {
  it('draws one shape per mark, in its sender’s colour, offset by the margins', () => {
    const scene = viewScene(bundledLayout, NO_STATE, DEFAULT_CHART_THEME);
    const shapes = of(scene.prims, 'shape');
    expect(shapes).toHaveLength(19);
    const { margin } = bundledLayout.frame.dims;
    bundledLayout.marks.forEach((m, i) => {
      expect(shapes[i]).toMatchObject({ x: margin.left + m.x, y: margin.top + m.y, fill: m.lane.color });
    });
  });

  it('rings the selected event, rings the focused one, and dims what is outside the hovered reply chain', () => {
    const chain = new Set(['rogozin-posts-replies', 'nelson-reply-letter', 'rogozin-demands-letters']);
    const scene = viewScene(bundledLayout, { ...NO_STATE, selectedId: 'nelson-reply-letter', focusRingId: 'biden-sanctions', chainOf: 'rogozin-posts-replies', chain }, DEFAULT_CHART_THEME);
    const circles = of(scene.prims, 'circle');
    expect(circles.filter((c) => c.r === 13 && c.fill === DEFAULT_CHART_THEME.selected)).toHaveLength(1);
    expect(circles.filter((c) => c.r === 16 && c.stroke?.color === DEFAULT_CHART_THEME.focus)).toHaveLength(1);
    const shapes = of(scene.prims, 'shape');
    expect(shapes.filter((s) => s.alpha === undefined)).toHaveLength(3);
    expect(shapes.filter((s) => s.alpha === 0.3)).toHaveLength(16);
  });

  it('outlines marks in system colours under forced colours instead of filling them by sender', () => {
    const shapes = of(viewScene(bundledLayout, NO_STATE, FORCED).prims, 'shape');
    for (const s of shapes) expect(s).toMatchObject({ fill: FORCED.bg, stroke: { color: FORCED.fg } });
  });

  it('writes every cluster’s count in a colour with at least 4.5:1 contrast on its fill, in light, dark and forced colours', () => {
    const model = generatedModel(1000);
    const layout = chartLayout(chartFrame(model, model.events, 1200), zoomIdentity);
    for (const theme of [DEFAULT_CHART_THEME, DARK, FORCED]) {
      const prims = viewScene(layout, NO_STATE, theme).prims;
      const circles = of(prims, 'circle');
      const counts = of(prims, 'text').filter((t) => t.middle);
      expect(circles).toHaveLength(layout.clusters.length);
      expect(counts.map((t) => t.text)).toEqual(layout.clusters.filter((c) => c.count > 1).map((c) => EN.short(c.count)));
      for (const t of counts) {
        const under = circles.find((c) => c.x === t.x && c.y === t.y)!;
        expect(contrastRatio(t.fill, under.fill!), `${t.fill} on ${under.fill}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('viewScene words', () => {
  it('writes the counts and the word for a reply to a hidden event with the reader’s words', () => {
    const words = { hidden: 'скрыто', count: (n: number) => `≈${n}` };
    const model = generatedModel(1000);
    const clustered = chartLayout(chartFrame(model, model.events, 1200), zoomIdentity);
    const counts = of(viewScene(clustered, noInteraction(words), DEFAULT_CHART_THEME).prims, 'text').filter((t) => t.middle);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.map((t) => t.text)).toEqual(clustered.clusters.filter((c) => c.count > 1).map((c) => `≈${c.count}`));
    // The letters that answered Rogozin's demand, with the demand filtered out.
    const shown = bundled.events.filter((e) => e.id !== 'rogozin-demands-letters');
    const layout = chartLayout(chartFrame(bundled, shown, 1200), zoomIdentity);
    const hidden = layout.links.filter((l) => l.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    const texts = of(viewScene(layout, noInteraction(words), DEFAULT_CHART_THEME).prims, 'text').map((t) => t.text);
    expect(texts.filter((t) => t === 'скрыто')).toHaveLength(hidden.length);
    expect(texts).not.toContain(en.chart.hidden);
  });
});

describe('viewScene hidden replies', () => {
  it('writes "hidden" once where replies to hidden events sit close in a lane, and never where the chart’s left edge would cut it', () => {
    // The 10,000-event archive's letters from March to May 2021: many answer events the filter hides.
    const model = generatedModel(10_000);
    const shown = model.events.filter((e) => e.kind === 'letter' && e.date >= '2021-03-01' && e.date < '2021-06-01');
    const layout = chartLayout(chartFrame(model, shown, 1024), zoomIdentity);
    expect(layout.dense).toBe(false);
    expect(layout.links.filter((l) => l.hidden).length).toBeGreaterThan(10);
    const words = of(viewScene(layout, NO_STATE, DEFAULT_CHART_THEME).prims, 'text').filter((t) => t.text === en.chart.hidden);
    expect(words.length).toBeGreaterThan(0);
    const { margin } = layout.frame.dims;
    const width = 5.5 * en.chart.hidden.length;
    for (const w of words) expect(w.x - width, `"hidden" ending at ${w.x}`).toBeGreaterThanOrEqual(margin.left);
    for (const [i, a] of words.entries()) {
      for (const b of words.slice(i + 1)) {
        if (a.y === b.y) expect(Math.abs(a.x - b.x), `two "hidden" at y ${a.y}, x ${a.x} and ${b.x}`).toBeGreaterThanOrEqual(width);
      }
    }
    // Panned so that such a reply sits 50 px from the left edge: its word would start left of it.
    const reply = layout.marks.find((m) => m.event.id === layout.links.find((l) => l.hidden)!.from)!;
    const panned = chartLayout(chartFrame(model, shown, 1024), zoomIdentity.translate(50 - reply.x, 0));
    const atEdge = of(viewScene(panned, NO_STATE, DEFAULT_CHART_THEME).prims, 'text').filter((t) => t.text === en.chart.hidden);
    for (const w of atEdge) expect(w.x - width, `"hidden" ending at ${w.x}`).toBeGreaterThanOrEqual(margin.left);
  });
});

describe('viewScene hidden replies near the lane names', () => {
  it('writes no "hidden" under a lane\'s name: the bundled chart from 13 March 2022, on a phone zoomed in and on a laptop', () => {
    // ?from=2022-03-13 (at 1024 px, and at 390×844 zoomed in): before, the words of NASA's, ESA's and
    // CSA's replies, in their lanes' first rows near the left edge, were drawn under their names' plates.
    const days = filterDays('2022-03-13', null);
    const { events: shown } = filterAndCount(bundled, buildSearchIndex(bundled.events), { ...NO_FILTERS, from: '2022-03-13' });
    const wordPx = 5.5 * en.chart.hidden.length;
    const covered: string[] = [];
    let hidden = 0;
    for (const [width, k] of [320, 358, 390, 600, 1024].flatMap((w) => [1, 1.5, 2, 3].map((k) => [w, k] as const))) {
      const layout = chartLayout(chartFrame(bundled, shown, width, 'en-GB', 'en', undefined, days), zoomIdentity.scale(k));
      const { margin } = layout.frame.dims;
      hidden += layout.links.filter((l) => l.hidden).length;
      const plates = layout.frame.lanes.map((l) => lanePlate(l, layout.frame.charWidth));
      // The plates drawn are these.
      const rects = of(viewScene(layout, NO_STATE, DEFAULT_CHART_THEME).prims, 'rect');
      for (const p of plates) expect(rects).toContainEqual(expect.objectContaining({ x: margin.left + p.x1, y: margin.top + p.y1, w: p.x2 - p.x1, h: p.y2 - p.y1 }));
      const words = of(viewScene(layout, NO_STATE, DEFAULT_CHART_THEME).prims, 'text').filter((t) => t.text === en.chart.hidden);
      for (const w of words) {
        const [x1, x2, y1, y2] = [w.x - margin.left - wordPx, w.x - margin.left, w.y - margin.top - 8, w.y - margin.top + 3];
        for (const [i, p] of plates.entries()) {
          const apart = x1 >= p.x2 + 2 || x2 + 2 <= p.x1 || y1 >= p.y2 + 2 || y2 + 2 <= p.y1;
          if (!apart) covered.push(`${width}px ×${k}: "hidden" at ${x2.toFixed(1)},${w.y - margin.top} under ${layout.frame.lanes[i]!.name}`);
        }
      }
    }
    expect(hidden).toBeGreaterThan(0);
    expect(covered).toEqual([]);
  });
});

describe('viewScene hidden replies in a crowded lane', () => {
  it('keeps a clear gap between every "hidden" and every mark, in the rows above and below too', () => {
    // Before, the word sat at the same place beside its reply whatever was there: in the 10,000-event
    // archive's crowded letter lanes it was written over marks in the row above.
    const model = generatedModel(10_000);
    const shown = model.events.filter((e) => e.kind === 'letter' && e.date >= '2021-03-01' && e.date < '2021-06-01');
    const touching: string[] = [];
    let written = 0;
    for (const width of [1024, 1280]) {
      const layout = chartLayout(chartFrame(model, shown, width), zoomIdentity);
      const { margin } = layout.frame.dims;
      const wordPx = 5.5 * en.chart.hidden.length;
      const words = of(viewScene(layout, NO_STATE, DEFAULT_CHART_THEME).prims, 'text').filter((t) => t.text === en.chart.hidden);
      written += words.length;
      for (const w of words) {
        // The word's box (10 px italic, right-aligned at x, on the baseline y) and each mark's (its shape and dashed ring, 12 px from its centre).
        const [x1, x2, y1, y2] = [w.x - margin.left - wordPx, w.x - margin.left, w.y - margin.top - 8, w.y - margin.top + 3];
        for (const m of layout.marks) {
          const dx = Math.max(m.x - 12 - x2, x1 - (m.x + 12), 0);
          const dy = Math.max(m.y - 12 - y2, y1 - (m.y + 12), 0);
          if (Math.max(dx, dy) < 2) touching.push(`${width}px: "hidden" at ${w.x},${w.y} on ${m.event.id} at ${m.x.toFixed(1)},${m.y}`);
        }
      }
    }
    expect(written).toBeGreaterThan(0);
    expect(touching).toEqual([]);
  });
});

describe('viewScene lanes', () => {
  it('draws a band, a swatch and a name per lane under everything else, alternating the band colour', () => {
    const scene = viewScene(bundledLayout, NO_STATE, DEFAULT_CHART_THEME);
    const { lanes, dims } = bundledLayout.frame;
    const bands = of(scene.prims, 'rect').filter((r) => r.w === dims.innerWidth);
    expect(bands.map((b) => b.fill)).toEqual(lanes.map((_, i) => (i % 2 ? DEFAULT_CHART_THEME.panel : DEFAULT_CHART_THEME.bg)));
    expect(bands.map((b) => b.y)).toEqual(lanes.map((l) => dims.margin.top + l.y));
    const names = of(scene.prims, 'text').filter((t) => lanes.some((l) => l.actor.name === t.text) && t.font.weight === 600);
    expect(names.map((t) => t.text)).toEqual(lanes.map((l) => l.actor.name));
    // The lanes come first: every mark is drawn over them.
    const lastLanePrim = Math.max(...[...bands, ...names].map((p) => scene.prims.indexOf(p)));
    const firstShape = scene.prims.findIndex((p) => p.k === 'shape');
    expect(lastLanePrim).toBeLessThan(firstShape);
  });

  it('writes each lane’s name on a plate in its band colour, over the connectors and arcs that cross the chart’s left edge', () => {
    const { prims } = viewScene(bundledLayout, NO_STATE, DEFAULT_CHART_THEME);
    const { lanes } = bundledLayout.frame;
    const unclip = prims.findIndex((p) => p.k === 'unclip');
    // Reply arcs and the connectors to recipients (lines with an arrowhead).
    const lastLine = Math.max(...prims.map((p, i) => (i < unclip && (p.k === 'arc' || (p.k === 'line' && p.head)) ? i : -1)));
    expect(lastLine).toBeGreaterThan(0);
    for (const l of lanes) {
      const at = prims.findIndex((p) => p.k === 'text' && p.text === l.actor.name && p.font.weight === 600);
      const name = prims[at] as Extract<Prim, { k: 'text' }>;
      const plate = of(prims, 'rect').find((r) => r.alpha !== undefined && !r.hatch && r.x < name.x && r.y < name.y && r.y + r.h > name.y)!;
      expect(plate, l.actor.name).toBeDefined();
      expect(plate.fill).toBe(l.index % 2 ? DEFAULT_CHART_THEME.panel : DEFAULT_CHART_THEME.bg);
      expect(plate.x + plate.w).toBeGreaterThan(name.x + l.actor.name.length * 6.4);
      expect(prims.indexOf(plate)).toBeGreaterThan(lastLine);
      expect(at).toBeGreaterThan(prims.indexOf(plate));
    }
  });
});

describe('headPoints', () => {
  it('puts the tip a sixth of the size past the end and the base five sixths behind, as the SVG markers did', () => {
    expect(headPoints(0, 0, 10, 0, 6)).toEqual([11, 0, 5, 3, 5, -3]);
  });
});

describe('viewScene labels', () => {
  it('puts a plate in its lane’s band colour under every label, over the arcs and connectors, under the marks', () => {
    const chain = new Set(['rogozin-posts-replies', 'nelson-reply-letter', 'rogozin-demands-letters']);
    for (const theme of [DEFAULT_CHART_THEME, DARK]) {
      const prims = viewScene(bundledLayout, { ...NO_STATE, chainOf: 'rogozin-posts-replies', chain }, theme).prims;
      const { margin } = bundledLayout.frame.dims;
      const labels = bundledLayout.labels;
      expect(labels.length).toBeGreaterThan(5);
      // The axis is drawn after the view's clip ends, clear of the lanes.
      const unclip = prims.findIndex((p) => p.k === 'unclip');
      const lastLine = Math.max(...prims.map((p, i) => (i < unclip && (p.k === 'arc' || p.k === 'line' || (p.k === 'rect' && p.hatch)) ? i : -1)));
      const firstShape = prims.findIndex((p) => p.k === 'shape');
      for (const l of labels) {
        const at = prims.findIndex((p) => p.k === 'text' && p.text === l.text && p.x === margin.left + l.x);
        const text = prims[at] as Extract<Prim, { k: 'text' }>;
        const plates = of(prims, 'rect').filter((r) => !r.hatch && r.alpha !== undefined && r.y < margin.top + l.y && r.y + r.h > margin.top + l.y && r.x <= text.x && r.x + r.w >= text.x);
        expect(plates, l.id).toHaveLength(1);
        const plate = plates[0]!;
        expect(prims.indexOf(plate)).toBeLessThan(at);
        const lane = bundledLayout.marks.find((m) => m.event.id === l.id)!.lane;
        const band = lane.index % 2 ? theme.panel : theme.bg;
        expect(plate, l.id).toMatchObject({ k: 'rect', fill: band });
        expect(text.halo, l.id).toBe(band);
        // The plate covers the text, whichever side of its mark it is on.
        const left = margin.left + (l.anchor === 'start' ? l.x : l.x - l.width);
        expect(plate.x).toBeLessThan(left);
        expect(plate.x + plate.w).toBeGreaterThan(left + l.width);
        expect(plate.y).toBeLessThan(margin.top + l.y - 8);
        expect(plate.y + plate.h).toBeGreaterThan(margin.top + l.y);
        // Lighter where the label is dimmed, so that the hovered chain's arcs show through.
        expect(plate.alpha, l.id).toBeCloseTo(chain.has(l.id) ? 0.85 : 0.85 * 0.3);
        expect(at).toBeGreaterThan(lastLine);
        expect(at).toBeLessThan(firstShape);
      }
    }
  });
});

describe('viewScene windows', () => {
  it('draws a window as a band under its mark, clear of every label’s plate, so that no text runs through it', () => {
    const prims = viewScene(bundledLayout, NO_STATE, DEFAULT_CHART_THEME).prims;
    const { margin } = bundledLayout.frame.dims;
    const windows = bundledLayout.marks.filter((m) => m.span);
    const bands = of(prims, 'rect').filter((r) => r.hatch);
    expect(bands).toHaveLength(windows.length);
    expect(windows.length).toBeGreaterThanOrEqual(3);
    windows.forEach((m, i) => {
      expect(bands[i]).toMatchObject({ x: margin.left + m.span!.x1, w: m.span!.x2 - m.span!.x1 });
      expect(bands[i]!.y).toBeGreaterThanOrEqual(margin.top + m.y + 8);
    });
    const plates = of(prims, 'rect').filter((r) => r.alpha !== undefined && !r.hatch);
    // One under each label, one under each lane's name.
    expect(plates).toHaveLength(bundledLayout.labels.length + bundledLayout.frame.lanes.length);
    const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const band of bands) for (const plate of plates) expect(overlap(band, plate), `${band.x},${band.y} / ${plate.x},${plate.y}`).toBe(false);
  });
});

describe('viewScene axis', () => {
  /*
   * A journalist's four events from 1 March to 30 April 2022, in Russian: the view starts on
   * 26 February, so the first weekly tick, «27 февр.», stands 4 px inside the chart's left edge.
   * Before, its label was centred on it and its «2» cut off by the canvas (and by an exported PNG's edge).
   */
  const journalist = syntheticModel(
    [
      { id: 'roscosmos', name: 'Роскосмос' },
      { id: 'nasa', name: 'NASA' },
    ],
    [
      { id: 'a', date: '2022-03-01', from: 'roscosmos', to: ['nasa'] },
      { id: 'b', date: '2022-03-05', from: 'nasa', to: ['roscosmos'], inReplyTo: ['a'] },
      { id: 'c', date: '2022-04-02', from: 'roscosmos' },
      { id: 'd', date: '2022-04-30', from: 'roscosmos' },
    ],
  );

  it('keeps every tick label whole inside the chart, in Russian and English, at every width from a phone to a wide screen', () => {
    for (const [locale, lang] of [['ru-RU', 'ru'], ['en-GB', 'en']] as const) {
      for (let width = 264; width <= 1300; width += 8) {
        for (const model of [journalist, bundled]) {
          const layout = chartLayout(chartFrame(model, model.events, width, locale, lang), zoomIdentity);
          const scene = viewScene(layout, NO_STATE, DEFAULT_CHART_THEME);
          const ticks = of(scene.prims, 'text').filter((t) => layout.ticks.some((k) => k.label === t.text) && t.y > layout.frame.dims.margin.top + layout.frame.dims.innerHeight);
          expect(ticks.length, `${locale} ${width}`).toBe(layout.ticks.filter((k) => k.x >= -1 && k.x <= layout.frame.dims.innerWidth + 1).length);
          for (const t of ticks) {
            const w = textWidth(t.text, layout.frame.charWidth) * (t.font.weight ? 1.1 : 1) * (t.font.size / 12);
            const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
            expect(left, `${locale} ${width}: ${t.text}`).toBeGreaterThanOrEqual(0);
            expect(left + w, `${locale} ${width}: ${t.text}`).toBeLessThanOrEqual(scene.width);
          }
        }
      }
    }
  });
});
