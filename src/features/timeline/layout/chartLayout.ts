import type { ZoomTransform } from 'd3-zoom';
import { axisTicks, tickUnit, type AxisTick } from './axisTicks.ts';
import type { ChartFrame } from './chartFrame.ts';
import { CLUSTER_ABOVE, clusterEvents, denseMarkY, type Cluster } from './clusters.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { layoutMarks, type Mark } from './marks.ts';
import { replyLinks, type ReplyLink } from './links.ts';
import { countVisible, visibleRange } from './timeIndex.ts';
import type { TimeScale } from './timeScale.ts';

/** A dotted connector from a mark toward a recipient's lane. */
export interface RecipientLine {
  /** The event and the recipient actor. */
  from: string;
  to: string;
  x: number;
  y1: number;
  y2: number;
}

/**
 * Everything drawn for one view of the chart, in chart pixels (inside the margins): the screen's
 * renderers, the exports and the tests all read this.
 */
export interface ChartLayout {
  frame: ChartFrame;
  /** The view's scale: the base scale rescaled by the zoom transform. */
  scale: TimeScale;
  /** The visible time range, epoch ms. */
  domain: [number, number];
  ticks: AxisTick[];
  unit: ReturnType<typeof tickUnit>;
  /** How many events overlap the view. */
  inView: number;
  /** Past CLUSTER_ABOVE events in view, clusters replace marks, labels, links and connectors. */
  dense: boolean;
  marks: Mark[];
  labels: PlacedLabel[];
  links: ReplyLink[];
  recipients: RecipientLine[];
  clusters: Cluster[];
}

/** The part of a zoom transform the layout reads (d3-zoom's ZoomTransform, or a plain stand-in in tests). */
type ChartView = Pick<ZoomTransform, 'rescaleX'>;

/**
 * The chart at one view: what is in view is laid out (marks, labels, reply arcs, connectors), or,
 * past CLUSTER_ABOVE events, grouped in counted clusters. Pure: frame and view in, draw list out.
 */
export function chartLayout(frame: ChartFrame, view: ChartView): ChartLayout {
  const { events, index, dims, lanes, lanesByActor } = frame;
  const scale = view.rescaleX(frame.base);
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  // A small margin keeps marks at the edges from popping in and out.
  const pad = (d1 - d0) * 0.02;
  const [lo, hi] = visibleRange(index, d0 - pad, d1 + pad);
  const inView = countVisible(index, lo, hi, d0 - pad, d1 + pad);
  const dense = inView > CLUSTER_ABOVE;
  // No tick names a day outside a filter's (the room past its last day, for a mark, reaches the next midnight).
  const ticks = axisTicks(scale, dims.innerWidth, frame.locale, !frame.timed, frame.bounds);
  const base = { frame, scale, domain: [d0, d1] as [number, number], ticks, unit: tickUnit(ticks), inView, dense };
  if (dense) {
    const k = dims.innerWidth / (d1 - d0);
    const clusters = clusterEvents(index, lo, hi, d0, k, dims.innerWidth, lanes);
    return { ...base, marks: [], labels: [], links: [], recipients: [], clusters };
  }
  const visible = events.slice(lo, hi).filter((e) => e.end > d0 - pad && e.start <= d1 + pad);
  const marks = layoutMarks(visible, scale, lanesByActor);
  const byId = new Map(marks.map((m) => [m.event.id, m]));
  // Where a shown event without a mark on screen is (scrolled out of view): its lane's first row at its date.
  const positionOf = (id: string) => {
    const m = byId.get(id);
    if (m) return { x: m.x, y: m.y };
    const i = frame.positionOf(id);
    const lane = i === undefined ? undefined : lanes[index.lane[i]!];
    return lane && i !== undefined ? { x: scale(index.center[i]!), y: lane.rowY } : null;
  };
  const recipients: RecipientLine[] = [];
  for (const m of marks) {
    for (const to of m.event.to) {
      const lane = lanesByActor.get(to);
      if (!lane || lane === m.lane) continue;
      const down = lane.rowY > m.y;
      recipients.push({ from: m.event.id, to, x: m.x, y1: m.y + (down ? 9 : -9), y2: lane.rowY + (down ? -8 : 8) });
    }
  }
  return {
    ...base,
    marks,
    labels: placeLabels(marks, dims.innerWidth, frame.titleOf, frame.charWidth),
    links: replyLinks(marks, frame.hasEvent, positionOf),
    recipients,
    clusters: [],
  };
}

/**
 * The marks of particular events (the tab stop, the selection) in this view: their laid-out marks,
 * or, in the clustered view or out of view, a mark at their date (below their lane's clusters, or
 * in its first row). Events not shown are skipped.
 */
export function pinnedMarks(layout: ChartLayout, ids: readonly (string | null)[]): Mark[] {
  const out: Mark[] = [];
  const { frame, scale } = layout;
  for (const id of new Set(ids)) {
    if (!id) continue;
    const laidOut = layout.dense ? undefined : layout.marks.find((x) => x.event.id === id);
    if (laidOut) {
      out.push(laidOut);
      continue;
    }
    const i = frame.positionOf(id);
    const event = i === undefined ? undefined : frame.events[i];
    const lane = i === undefined ? undefined : frame.lanes[frame.index.lane[i]!];
    if (!event || !lane) continue;
    out.push({ event, x: scale(frame.index.center[i!]!), y: layout.dense ? denseMarkY(lane) : lane.rowY, lane, row: 0 });
  }
  return out;
}

/** The event nearest in time to the middle of the view: the tab stop when no event is in view. */
export function nearestToView(layout: ChartLayout): string | null {
  const { index, events } = layout.frame;
  if (index.count === 0) return null;
  const mid = (layout.domain[0] + layout.domain[1]) / 2;
  let lo = 0;
  let hi = index.count - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (index.center[m]! < mid) lo = m + 1;
    else hi = m;
  }
  const before = Math.max(0, lo - 1);
  const best = Math.abs(index.center[before]! - mid) < Math.abs(index.center[lo]! - mid) ? before : lo;
  return events[best]!.id;
}
