import { formatDateShort } from '../../../shared/dates/formatEventDate.ts';
import { parseIsoDate } from '../../../shared/dates/isoDate.ts';
import type { Messages } from '../../../shared/i18n/catalogues/en.ts';
import type { Format } from '../../../shared/i18n/format.ts';
import type { ChartLayout } from '../layout/chartLayout.ts';
import { kindPath } from '../layout/kindShapes.ts';
import { legendEntries, type LegendCue } from '../layout/legendEntries.ts';
import { textWidth, type CharWidth } from '../layout/labels.ts';
import { daySpanOf } from '../layout/daySpan.ts';
import type { ChartTheme } from './chartTheme.ts';
import { chartWords, drawChart, noInteraction, type Prim, type Scene } from './scene.ts';

export interface ExportMeta {
  title: string;
  /** The filters in force, in words, said under the visible range; null or absent when none. */
  filters?: string | null;
  /** "Sources: …" credit line, or empty. */
  credit: string;
  /** The interface's words for the legend and the chart, and the locale dates are written in. */
  t: Messages;
  /** Its numbers: a cluster's count. */
  f: Format;
}

const PAD = 16;
const TITLE_PX = 18;
/** How much wider bold text runs than the labels' regular weight. */
const BOLD_WIDER = 1.1;
const ROW_PX = 20;

/** "12 Mar 2022 – 5 Apr 2022": the visible range, by day. */
export function visibleRangeText(domain: readonly [number, number], locale: string, bounds?: readonly [number, number]): string {
  const days = daySpanOf(domain, bounds);
  const day = (iso: string) => {
    const d = parseIsoDate(iso);
    return d ? formatDateShort(d, locale) : iso;
  };
  return `${day(days.start)} – ${day(days.end)}`;
}

/** `text` in lines no wider than `maxPx` at the labels' font, broken between words (a word wider than a line keeps a line of its own). */
export function wrapWords(text: string, maxPx: number, charWidth: CharWidth): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, charWidth) <= maxPx) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The legend's text size; its widths are the labels' font's (12 px) scaled to it. */
const LEGEND_PX = 11;
/** A wrapped legend item's or credit's line height. */
const LINE_PX = 14;

/** A legend item: its words and its symbol centred at (x, y). */
interface LegendItem {
  text: string;
  symbol: (x: number, y: number) => Prim[];
}

/** Lays legend items out in rows that wrap at `width`; each item is a symbol 18 px wide and its text. */
function legendRows(
  items: readonly LegendItem[],
  width: number,
  top: number,
  theme: ChartTheme,
  charWidth: CharWidth,
): { prims: Prim[]; bottom: number } {
  const prims: Prim[] = [];
  let x = PAD;
  let y = top;
  const scale = LEGEND_PX / 12;
  for (const item of items) {
    // An item wider than a row (a long phrase on a phone-wide chart) takes lines of its own.
    const lines = wrapWords(item.text, (width - 2 * PAD - 36) / scale, charWidth);
    const w = 22 + Math.max(...lines.map((l) => textWidth(l, charWidth))) * scale + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += ROW_PX;
    }
    prims.push(...item.symbol(x + 8, y));
    lines.forEach((text, i) => prims.push({ k: 'text', x: x + 20, y: y + 4 + i * LINE_PX, text, font: { size: LEGEND_PX }, fill: theme.fg, anchor: 'start' }));
    x += w;
    if (lines.length > 1) {
      y += (lines.length - 1) * LINE_PX;
      x = width;
    }
  }
  return { prims, bottom: y + ROW_PX };
}

/**
 * What an exported image holds, ready to print beside an article: the dataset's title and the
 * visible range, the chart exactly as drawn on screen (marks or clusters, whatever layer draws
 * them there), the legend and the credit line.
 */
export function exportScene(layout: ChartLayout, theme: ChartTheme, meta: ExportMeta): Scene {
  const { dims, lanes } = layout.frame;
  const width = dims.width;
  const { charWidth } = layout.frame;
  // Lines of text at `px` wide enough for the image (the labels' widths are for 12 px).
  const linesOf = (text: string, px: number, bold = false) => wrapWords(text, ((width - 2 * PAD) * 12) / px / (bold ? BOLD_WIDER : 1), charWidth);
  const prims: Prim[] = [];
  let y = PAD + TITLE_PX;
  for (const text of linesOf(meta.title, TITLE_PX, true)) {
    prims.push({ k: 'text', x: PAD, y, text, font: { size: TITLE_PX, weight: 700 }, fill: theme.fg, anchor: 'start' });
    y += TITLE_PX + 4;
  }
  y -= 2;
  prims.push({ k: 'text', x: PAD, y, text: visibleRangeText(layout.domain, meta.t.locale.dates, layout.frame.bounds), font: { size: 12 }, fill: theme.muted, anchor: 'start' });
  // What a filtered image shows, said as on the printed page (its title only says "(filtered)").
  for (const text of meta.filters ? linesOf(meta.filters, 12) : []) {
    y += 16;
    prims.push({ k: 'text', x: PAD, y, text, font: { size: 12 }, fill: theme.muted, anchor: 'start' });
  }
  const chartTop = y + 12;
  drawChart(prims, layout, noInteraction(chartWords(meta.t, meta.f)), theme, dims.margin.left, chartTop + dims.margin.top);
  const entries = legendEntries(layout.frame.events);
  const kinds = entries.kinds.map((k) => ({
    text: meta.t.kinds[k],
    symbol: (x: number, y: number): Prim[] => [{ k: 'shape', d: kindPath(k, 'legend'), x, y, fill: theme.muted, stroke: { color: theme.fg, width: 1 } }],
  }));
  const senders = lanes.map((l) => ({
    text: l.name,
    symbol: (x: number, y: number): Prim[] => [{ k: 'rect', x: x - 6, y: y - 6, w: 12, h: 12, rx: 2, fill: theme.forced ? theme.bg : l.color, stroke: { color: theme.fg, width: 1 } }],
  }));
  const cues: Record<LegendCue, LegendItem> = {
    window: {
      text: meta.t.legend.window,
      symbol: (x: number, y: number): Prim[] => [
        { k: 'rect', x: x - 8, y: y - 3, w: 16, h: 6, hatch: theme.muted, stroke: { color: theme.muted, width: 0.75 } },
        { k: 'line', x1: x - 8, y1: y - 6, x2: x - 8, y2: y + 6, stroke: { color: theme.fg, width: 1.5 } },
        { k: 'line', x1: x + 8, y1: y - 6, x2: x + 8, y2: y + 6, stroke: { color: theme.fg, width: 1.5 } },
      ],
    },
    approximate: { text: meta.t.legend.approximate, symbol: (x: number, y: number): Prim[] => [{ k: 'circle', x, y, r: 6.5, stroke: { color: theme.fg, width: 1.25, dash: [2, 2] } }] },
    unconfirmed: { text: meta.t.legend.unconfirmed, symbol: (x: number, y: number): Prim[] => [{ k: 'text', x, y: y + 4, text: '?', font: { size: 12, weight: 700 }, fill: theme.fg, anchor: 'middle' }] },
    disputed: { text: meta.t.legend.disputed, symbol: (x: number, y: number): Prim[] => [{ k: 'text', x, y: y + 4, text: '!', font: { size: 12, weight: 700 }, fill: theme.fg, anchor: 'middle' }] },
    reply: {
      text: meta.t.legend.reply,
      symbol: (x: number, y: number): Prim[] => [
        { k: 'arc', arc: { x1: x + 8, y1: y + 4, cx: x, cy: y - 10, x2: x - 8, y2: y + 4 }, stroke: { color: theme.muted, width: 1.25 }, head: { color: theme.muted, size: 7.5 } },
      ],
    },
  };
  const legend = legendRows([...kinds, ...senders, ...entries.cues.map((c) => cues[c])], width, chartTop + dims.height + 14, theme, layout.frame.charWidth);
  prims.push(...legend.prims);
  let bottom = legend.bottom;
  if (meta.credit) {
    for (const text of linesOf(meta.credit, 11)) {
      prims.push({ k: 'text', x: PAD, y: bottom + 6, text, font: { size: 11 }, fill: theme.muted, anchor: 'start' });
      bottom += LINE_PX;
    }
    bottom += 6;
  }
  return { width, height: bottom + PAD / 2, background: theme.bg, fontFamily: theme.fontFamily, prims };
}
