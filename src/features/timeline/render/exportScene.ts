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
  /** "Data: …" credit line, or empty. */
  credit: string;
  /** The interface's words for the legend and the chart, and the locale dates are written in. */
  t: Messages;
  /** Its numbers: a cluster's count. */
  f: Format;
}

const PAD = 16;
const TITLE_PX = 18;
const ROW_PX = 20;

/** "12 Mar 2022 – 5 Apr 2022": the visible range, by day. */
export function visibleRangeText(domain: readonly [number, number], locale: string): string {
  const days = daySpanOf(domain);
  const day = (iso: string) => {
    const d = parseIsoDate(iso);
    return d ? formatDateShort(d, locale) : iso;
  };
  return `${day(days.start)} – ${day(days.end)}`;
}

/** The legend's text size; its widths are the labels' font's (12 px) scaled to it. */
const LEGEND_PX = 11;

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
  for (const item of items) {
    const w = 22 + textWidth(item.text, charWidth) * (LEGEND_PX / 12) + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += ROW_PX;
    }
    prims.push(...item.symbol(x + 8, y));
    prims.push({ k: 'text', x: x + 20, y: y + 4, text: item.text, font: { size: LEGEND_PX }, fill: theme.fg, anchor: 'start' });
    x += w;
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
  const prims: Prim[] = [
    { k: 'text', x: PAD, y: PAD + TITLE_PX, text: meta.title, font: { size: TITLE_PX, weight: 700 }, fill: theme.fg, anchor: 'start' },
    { k: 'text', x: PAD, y: PAD + TITLE_PX + 20, text: visibleRangeText(layout.domain, meta.t.locale.dates), font: { size: 12 }, fill: theme.muted, anchor: 'start' },
  ];
  const chartTop = PAD + TITLE_PX + 32;
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
    prims.push({ k: 'text', x: PAD, y: bottom + 6, text: meta.credit, font: { size: 11 }, fill: theme.muted, anchor: 'start' });
    bottom += 20;
  }
  return { width, height: bottom + PAD / 2, background: theme.bg, fontFamily: theme.fontFamily, prims };
}
