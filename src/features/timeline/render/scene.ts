import { readableOn } from '../../../shared/color/contrast.ts';
import type { ChartFrame } from '../layout/chartFrame.ts';
import { pinnedMarks, type ChartLayout } from '../layout/chartLayout.ts';
import { CLUSTER_STROKE } from '../layout/clusters.ts';
import { hiddenWords } from '../layout/hiddenWords.ts';
import { kindPath } from '../layout/kindShapes.ts';
import { LABEL_FONT_PX, PLATE_ABOVE, PLATE_BELOW, textWidth } from '../layout/labels.ts';
import { lanePlate } from '../layout/lanePlates.ts';
import type { Arc } from '../layout/links.ts';
import { MARK_RINGS, type Mark } from '../layout/marks.ts';
import type { ChartTheme } from './chartTheme.ts';
import type { Messages } from '../../../shared/i18n/catalogues/en.ts';
import type { Format } from '../../../shared/i18n/format.ts';

/*
 * The chart as drawing primitives with resolved colours: one description that the canvas
 * painter draws on screen every frame and the SVG writer turns into a file. Pure.
 */

export interface Stroke {
  color: string;
  width: number;
  dash?: readonly number[];
}

/** An arrowhead at the end of a line or arc, `size` px long. */
export interface Head {
  color: string;
  size: number;
}

export interface Font {
  size: number;
  weight?: 400 | 600 | 700;
  italic?: boolean;
}

/** Every font the chart's view draws text in (also warmed up before the first view: warmFonts). */
export const CHART_FONTS = {
  lane: { size: 12, weight: 600 },
  hidden: { size: 10, italic: true },
  label: { size: 12 },
  count: { size: 10, weight: 600 },
  tickMajor: { size: 11, weight: 600 },
  tick: { size: 11 },
  status: { size: 11, weight: 700 },
} as const satisfies Record<string, Font>;

export type Prim =
  | { k: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: Stroke; rx?: number; hatch?: string; alpha?: number }
  | { k: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Stroke; head?: Head; alpha?: number }
  | { k: 'circle'; x: number; y: number; r: number; fill?: string; stroke?: Stroke; alpha?: number }
  | { k: 'shape'; d: string; x: number; y: number; fill: string; stroke: Stroke; alpha?: number }
  | { k: 'arc'; arc: Arc; stroke: Stroke; head?: Head; alpha?: number }
  | {
      k: 'text';
      x: number;
      y: number;
      text: string;
      font: Font;
      fill: string;
      anchor: 'start' | 'middle' | 'end';
      /** Vertically centred on y instead of sitting on it. */
      middle?: boolean;
      /** A background-coloured outline that keeps the text legible over bands and arcs. */
      halo?: string;
      alpha?: number;
      /**
       * New on most frames of a zoom (a cluster's count): drawn in place each time, never cached.
       * Without a halo that costs less than copying it from images, character by character.
       */
      inPlace?: boolean;
    }
  | { k: 'clip'; x: number; y: number; w: number; h: number }
  | { k: 'unclip' };

export interface Scene {
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  prims: Prim[];
}

/** What the reader is doing, which changes how the layout is drawn (not where). */
export interface ChartState {
  selectedId: string | null;
  /**
   * The event whose mark holds the focus, shown or not: in the clustered view its mark is drawn
   * too. The tab stop of a chart without the focus is not: a lone mark a reader could not explain.
   */
  focusedId: string | null;
  /** The event whose mark has keyboard focus: it gets a focus ring. */
  focusRingId: string | null;
  /** The hovered or focused event: its connectors and reply arcs are highlighted… */
  chainOf: string | null;
  /** …and everything outside its reply chain is dimmed. */
  chain: ReadonlySet<string> | null;
  words: ChartWords;
}

/** What the chart writes, in the reader's language. */
export interface ChartWords {
  /** The word on a reply arc that leads to a filtered-out event. */
  hidden: string;
  /** A cluster's count as its circle shows it: "1.3k" (en), "1,3к" (ru). */
  count: (n: number) => string;
}

export const chartWords = (t: Messages, f: Format): ChartWords => ({ hidden: t.chart.hidden, count: f.short });

/** Nothing selected, focused or hovered, as in an exported image. */
export const noInteraction = (words: ChartWords): ChartState => ({ selectedId: null, focusedId: null, focusRingId: null, chainOf: null, chain: null, words });

const DIM = 0.3;
/** How much of what runs under a label (reply arcs, connectors) its plate hides. */
const PLATE_ALPHA = 0.85;
const PLATE_PAD = 2;
/** A window's band lies under its mark (this far below its centre), below its row's label plates, so that no text runs through it. */
const WINDOW_TOP = LABEL_FONT_PX / 3 + PLATE_BELOW;
const WINDOW_HEIGHT = 5;

/** A lane's background: bands alternate so that a row reads across the chart. */
const laneBackground = (index: number, theme: ChartTheme) => (index % 2 ? theme.panel : theme.bg);

/** Where an arrowhead's three corners are, for a line arriving at (x, y) from (fromX, fromY). */
export function headPoints(fromX: number, fromY: number, x: number, y: number, size: number): [number, number, number, number, number, number] {
  const len = Math.hypot(x - fromX, y - fromY) || 1;
  const ux = (x - fromX) / len;
  const uy = (y - fromY) / len;
  // As the SVG markers had it: the tip a sixth of the size past the end, the base five sixths behind.
  const s = size / 6;
  const tipX = x + ux * s;
  const tipY = y + uy * s;
  const bx = x - ux * 5 * s;
  const by = y - uy * 5 * s;
  return [tipX, tipY, bx - uy * 3 * s, by + ux * 3 * s, bx + uy * 3 * s, by - ux * 3 * s];
}

/** Appends the lanes' bands, offset by (ox, oy): what stays put while zooming, under everything. */
function drawLanes(out: Prim[], frame: ChartFrame, theme: ChartTheme, ox: number, oy: number): void {
  const W = frame.dims.innerWidth;
  for (const l of frame.lanes) out.push({ k: 'rect', x: ox, y: oy + l.y, w: W, h: l.height, fill: laneBackground(l.index, theme) });
}

/** The lanes' swatches and names, on plates over the connectors and arcs that cross them near the chart's left edge. */
function drawLaneNames(out: Prim[], frame: ChartFrame, theme: ChartTheme, ox: number, oy: number): void {
  for (const l of frame.lanes) {
    const p = lanePlate(l, frame.charWidth);
    out.push({ k: 'rect', x: ox + p.x1, y: oy + p.y1, w: p.x2 - p.x1, h: p.y2 - p.y1, fill: laneBackground(l.index, theme), alpha: PLATE_ALPHA });
    out.push({ k: 'rect', x: ox + p.x1 + 2, y: oy + p.y1 + 2, w: 10, h: 10, rx: 2, fill: theme.forced ? theme.bg : l.color, stroke: { color: theme.fg, width: 1 } });
    out.push({ k: 'text', x: ox + p.x1 + 17, y: oy + p.y1 + 11, text: l.name, font: CHART_FONTS.lane, fill: theme.fg, anchor: 'start' });
  }
}

/** Appends what moves with the view, offset by (ox, oy): grid, marks or clusters, labels, arcs, axis. */
function drawView(out: Prim[], layout: ChartLayout, state: ChartState, theme: ChartTheme, ox: number, oy: number): void {
  const { frame, ticks } = layout;
  const { dims, lanes } = frame;
  const W = dims.innerWidth;
  const H = dims.innerHeight;
  const X = (x: number) => ox + x;
  const Y = (y: number) => oy + y;
  const laneFill = (color: string) => (theme.forced ? theme.bg : color);
  const dimmed = (id: string) => (state.chain && !state.chain.has(id) ? DIM : undefined);

  out.push({ k: 'clip', x: X(0), y: Y(-dims.margin.top), w: W, h: dims.height });
  for (const t of ticks) {
    out.push({ k: 'line', x1: X(t.x), y1: Y(0), x2: X(t.x), y2: Y(H), stroke: { color: t.major ? theme.muted : theme.line, width: 1 }, ...(t.major ? { alpha: 0.5 } : {}) });
  }
  for (const r of layout.recipients) {
    const active = state.chainOf === r.from || state.selectedId === r.from;
    out.push({
      k: 'line',
      x1: X(r.x),
      y1: Y(r.y1),
      x2: X(r.x),
      y2: Y(r.y2),
      stroke: active ? { color: theme.accent, width: 1.5 } : { color: theme.muted, width: 1, dash: [2, 3] },
      head: { color: theme.muted, size: active ? 7.5 : 5 },
      ...(active ? {} : { alpha: 0.45 }),
    });
  }
  for (const l of layout.links) {
    const on = state.chain ? state.chain.has(l.from) && (l.hidden || state.chain.has(l.to)) : false;
    const width = on ? 2.25 : 1.25;
    const arc = { x1: X(l.arc.x1), y1: Y(l.arc.y1), cx: X(l.arc.cx), cy: Y(l.arc.cy), x2: X(l.arc.x2), y2: Y(l.arc.y2) };
    out.push({
      k: 'arc',
      arc,
      stroke: { color: on ? theme.accent : theme.muted, width, ...(l.hidden ? { dash: [3, 3] } : {}) },
      head: { color: theme.muted, size: 6 * width },
      ...(state.chain && !on ? { alpha: 0.25 } : {}),
    });
  }
  const markById = new Map(layout.marks.map((m) => [m.event.id, m]));
  // "hidden" by its reply's dashed stub, clear of the marks, labels and lane names around it (hiddenWords.ts).
  const plates = lanes.map((l) => lanePlate(l, frame.charWidth));
  for (const w of hiddenWords(layout.marks, layout.links, layout.labels, plates, 5.5 * state.words.hidden.length)) {
    out.push({ k: 'text', x: X(w.x), y: Y(w.y), text: state.words.hidden, font: CHART_FONTS.hidden, fill: theme.muted, anchor: 'end' });
  }
  drawLaneNames(out, frame, theme, ox, oy);
  const groundOf = (id: string) => {
    const lane = markById.get(id)?.lane;
    return lane ? laneBackground(lane.index, theme) : theme.bg;
  };
  // A plate in the lane's own colour under each label hides the arcs and connectors that crossed
  // its letters; the windows are drawn over the plates, as they are the events' dates.
  for (const l of layout.labels) {
    const x = l.anchor === 'start' ? l.x : l.x - l.width;
    const alpha = PLATE_ALPHA * (dimmed(l.id) ?? 1);
    out.push({ k: 'rect', x: X(x - PLATE_PAD), y: Y(l.y - PLATE_ABOVE), w: l.width + 2 * PLATE_PAD, h: PLATE_ABOVE + PLATE_BELOW, fill: groundOf(l.id), alpha });
  }
  for (const m of layout.marks) {
    if (!m.span) continue;
    const alpha = dimmed(m.event.id);
    const a = alpha === undefined ? {} : { alpha };
    out.push({ k: 'rect', x: X(m.span.x1), y: Y(m.y + WINDOW_TOP), w: Math.max(1, m.span.x2 - m.span.x1), h: WINDOW_HEIGHT, hatch: theme.muted, stroke: { color: theme.muted, width: 0.75 }, ...a });
    for (const x of [m.span.x1, m.span.x2]) out.push({ k: 'line', x1: X(x), y1: Y(m.y + WINDOW_TOP - 2), x2: X(x), y2: Y(m.y + WINDOW_TOP + WINDOW_HEIGHT + 2), stroke: { color: theme.fg, width: 1.5 }, ...a });
  }
  for (const l of layout.labels) {
    const alpha = dimmed(l.id);
    out.push({ k: 'text', x: X(l.x), y: Y(l.y), text: l.text, font: CHART_FONTS.label, fill: theme.fg, anchor: l.anchor, halo: groundOf(l.id), ...(alpha === undefined ? {} : { alpha }) });
  }
  for (const c of layout.clusters) {
    const lane = lanes[c.lane];
    if (!lane) continue;
    const fill = laneFill(lane.color);
    out.push({ k: 'circle', x: X(c.x), y: Y(c.y), r: c.r, fill, stroke: { color: theme.fg, width: CLUSTER_STROKE } });
    if (c.count > 1) {
      out.push({ k: 'text', x: X(c.x), y: Y(c.y), text: state.words.count(c.count), font: CHART_FONTS.count, fill: theme.forced ? theme.fg : readableOn(fill), anchor: 'middle', middle: true, inPlace: true });
    }
  }
  const marks = layout.dense ? pinnedMarks(layout, [state.focusedId, state.selectedId]) : layout.marks;
  for (const m of marks) drawMark(out, m, state, theme, X(m.x), Y(m.y), layout.dense ? undefined : dimmed(m.event.id));
  out.push({ k: 'unclip' });

  out.push({ k: 'line', x1: X(0), y1: Y(H), x2: X(W), y2: Y(H), stroke: { color: theme.muted, width: 1 } });
  for (const t of ticks) {
    if (t.x < -1 || t.x > W + 1) continue;
    out.push({ k: 'line', x1: X(t.x), y1: Y(H), x2: X(t.x), y2: Y(H + 5), stroke: { color: theme.muted, width: 1 } });
    // Centred on its tick, but never past the chart's edges, where the first or last label («27 февр.») was cut off.
    const half = (textWidth(t.label, frame.charWidth) * (t.major ? 1.1 : 1) * 11) / 24;
    const x = Math.min(Math.max(X(t.x), ox - dims.margin.left + half), ox + W + dims.margin.right - half);
    out.push({ k: 'text', x, y: Y(H + 18), text: t.label, font: t.major ? CHART_FONTS.tickMajor : CHART_FONTS.tick, fill: t.major ? theme.fg : theme.muted, anchor: 'middle' });
  }
}

/** One event: its kind's shape in its sender's colour, with the cues for selection, approximate dates and doubt. */
function drawMark(out: Prim[], m: Mark, state: ChartState, theme: ChartTheme, x: number, y: number, alpha: number | undefined): void {
  const e = m.event;
  const a = alpha === undefined ? {} : { alpha };
  if (state.selectedId === e.id) out.push({ k: 'circle', x, y, r: MARK_RINGS.selected.r, fill: theme.selected, stroke: { color: theme.accent, width: MARK_RINGS.selected.width }, ...a });
  out.push({ k: 'shape', d: kindPath(e.kind), x, y, fill: theme.forced ? theme.bg : m.lane.color, stroke: { color: theme.fg, width: 1.25 }, ...a });
  if (e.approximate) out.push({ k: 'circle', x, y, r: 10.5, stroke: { color: theme.fg, width: 1.25, dash: [2, 2] }, ...a });
  const status = e.verification?.status;
  if (status === 'unconfirmed' || status === 'disputed') {
    out.push({ k: 'text', x: x + 8, y: y - 7, text: status === 'unconfirmed' ? '?' : '!', font: CHART_FONTS.status, fill: theme.fg, anchor: 'start', ...a });
  }
  if (state.focusRingId === e.id) out.push({ k: 'circle', x, y, r: MARK_RINGS.focus.r, stroke: { color: theme.focus, width: MARK_RINGS.focus.width } });
}

/** The whole chart, offset by (ox, oy): lanes, then the view. */
export function drawChart(out: Prim[], layout: ChartLayout, state: ChartState, theme: ChartTheme, ox: number, oy: number): void {
  drawLanes(out, layout.frame, theme, ox, oy);
  drawView(out, layout, state, theme, ox, oy);
}

const sceneOf = (frame: ChartFrame, theme: ChartTheme, prims: Prim[]): Scene => ({
  width: frame.dims.width,
  height: frame.dims.height,
  background: theme.bg,
  fontFamily: theme.fontFamily,
  prims,
});

/** The chart as the screen draws it on its one canvas, on every frame of a zoom: lanes, then the view. */
export function viewScene(layout: ChartLayout, state: ChartState, theme: ChartTheme): Scene {
  const { frame } = layout;
  const prims: Prim[] = [];
  drawChart(prims, layout, state, theme, frame.dims.margin.left, frame.dims.margin.top);
  return sceneOf(frame, theme, prims);
}
