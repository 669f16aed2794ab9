import { columnsOf, type TimelineEvent, type TimelineModel } from '../../../shared/model/timelineModel.ts';
import { translatedActorName, translatedTitle } from '../../../shared/model/translated.ts';
import { CLUSTER_ABOVE, DENSE_LANE_ROWS } from './clusters.ts';
import { computeDimensions, type Dimensions } from './dimensions.ts';
import { layoutLanes, usedActors, type Lane } from './lanes.ts';
import { estimatedCharWidth, type CharWidth } from './labels.ts';
import { MARK_REACH, rowsPerSender } from './marks.ts';
import { buildTimeIndex, type TimeIndex } from './timeIndex.ts';
import { createTimeScale, hasTimeOfDay, maxZoom, paddedExtent, viewBounds, type TimeScale } from './timeScale.ts';

/**
 * What the chart's layout needs that does not change while the reader zooms and pans: the shown
 * events and their index, the base (fit-all) scale, the lanes and the dimensions. Lane heights
 * come from the fit-all scale, so they stay put while zooming.
 */
export interface ChartFrame {
  /** The shown events, in time order. */
  events: readonly TimelineEvent[];
  index: TimeIndex;
  /** Position of an event in `events`, by id. */
  positionOf: (id: string) => number | undefined;
  /** Whether the dataset has an event (shown or filtered out): a reply to it leads somewhere. */
  hasEvent: (id: string) => boolean;
  extent: [number, number];
  /**
   * The first and last instants a view names (its days, its axis): a date filter's days (to a
   * second before the midnight that ends them), widened to marks outside them; the extent without one.
   */
  bounds: readonly [number, number];
  /** Whether a shown event has a time of day (without one, the axis keeps to days). */
  timed: boolean;
  base: TimeScale;
  /** Most zoom allowed: about two hours across the chart. */
  maxK: number;
  lanes: Lane[];
  lanesByActor: Map<string, Lane>;
  dims: Dimensions;
  /** The locale the axis is labelled in ("en-GB", "ru"). */
  locale: string;
  /** An event's title in the interface's language (its translation when the dataset has one). */
  titleOf: (e: TimelineEvent) => string;
  /** A character's advance in the labels' font (measured on screen, estimated elsewhere). */
  charWidth: CharWidth;
}

type FrameModel = Pick<TimelineModel, 'actors' | 'events' | 'eventsById' | 'totals' | 'columns'>;

/** The chart's frame for `events` (a subset of the model's, in time order) at a container width. */
export function chartFrame(
  model: FrameModel,
  events: readonly TimelineEvent[],
  width: number,
  locale = 'en-GB',
  lang = 'en',
  charWidth: CharWidth = estimatedCharWidth,
  /** The days a date filter keeps (epoch ms, start of its first day to end of its last), which bound the view. */
  days?: readonly [number, number],
  /** The days a link asked to show (?window=, epoch ms), kept in the range where inside `days`. */
  asked?: readonly [number, number] | null,
): ChartFrame {
  const all = events === model.events;
  // All shown: the model's own columns, not a walk over 100,000 objects.
  const columns = all ? model.columns : columnsOf(events, model);
  const probe = computeDimensions(width, 0);
  const extent = paddedExtent(columns.start, columns.end, days && { days, edge: MARK_REACH / probe.innerWidth, asked });
  const base = createTimeScale(extent, probe.innerWidth);
  // Unfiltered, the model's totals say who takes part: no walk over 100,000 events.
  const used = all ? new Set(model.totals.involving.keys()) : usedActors(events, model.actors.length);
  const rows = rowsPerSender(events, base, columns.senders);
  // Events enough to be drawn in clusters: each sender's lane has room for its clusters and, below
  // them, the reader's own mark (before, a lane of one row drew it over the next lane's clusters).
  if (events.length > CLUSTER_ABOVE) for (const [sender, n] of rows) rows.set(sender, Math.max(n, DENSE_LANE_ROWS));
  const { lanes, height } = layoutLanes(model.actors, used, rows, (a) => translatedActorName(a, lang));
  const lanesByActor = new Map<string, Lane>(lanes.map((l) => [l.actor.id, l]));
  const laneOf = (id: string) => lanesByActor.get(id)?.index ?? -1;
  // A filtered view: each shown event's position, by its order in the model (-1: not shown).
  const positions = all ? null : positionsByOrder(events, model.events.length);
  return {
    events,
    index: buildTimeIndex(columns, laneOf),
    // All shown: an event's position is its order in the model.
    positionOf: (id) => {
      const order = model.eventsById.get(id)?.order;
      if (order === undefined || !positions) return order;
      const at = positions[order] ?? -1;
      return at < 0 ? undefined : at;
    },
    hasEvent: (id) => model.eventsById.has(id),
    extent,
    bounds: days ? namedBounds(viewBounds(columns.start, columns.end, days), days) : extent,
    timed: hasTimeOfDay(columns.start, columns.end),
    base,
    maxK: maxZoom(extent),
    lanes,
    lanesByActor,
    dims: computeDimensions(width, height),
    locale,
    titleOf: (e) => translatedTitle(e, lang),
    charWidth,
  };
}

/** A filtered view's bounds, its end a second before the midnight that ends the filter's last day (daySpanOf) unless a mark is later. */
function namedBounds([from, to]: [number, number], days: readonly [number, number]): [number, number] {
  return [from, to > days[1] ? to : days[1] - 1000];
}

/** For each model position, the event's position in `events` (a subset of the model's, in its order), or -1. */
function positionsByOrder(events: readonly TimelineEvent[], size: number): Int32Array {
  const at = new Int32Array(size).fill(-1);
  events.forEach((e, i) => {
    if (e.order >= 0 && e.order < size) at[e.order] = i;
  });
  return at;
}
