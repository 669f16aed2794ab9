import type { TimelineEvent } from '../../../shared/model/timelineModel.ts';
import type { Lane } from './lanes.ts';
import { ROW_STEP } from './lanes.ts';
import { MAX_ROWS, stackRows } from './stackRows.ts';
import { eventCenter, type TimeScale } from './timeScale.ts';

export interface Mark {
  event: TimelineEvent;
  /** Centre of the mark. */
  x: number;
  y: number;
  /** The span of an uncertain window (dateEnd), in pixels; absent for a point in time. */
  span?: { x1: number; x2: number };
  lane: Lane;
  row: number;
}

/** The rings drawn around a mark, radius and stroke width in px: the reader's selection (filled, under it) and the keyboard focus. */
export const MARK_RINGS = { selected: { r: 13, width: 2 }, focus: { r: 16, width: 3 } } as const;

/** How far from its centre a mark with its rings reaches: the focus ring's outer edge. */
export const MARK_REACH = MARK_RINGS.focus.r + MARK_RINGS.focus.width / 2;

function groupBySender<T extends { from: string }>(events: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const e of events) {
    const g = groups.get(e.from);
    if (g) g.push(e);
    else groups.set(e.from, [e]);
  }
  return groups;
}

/** Above this many events every lane simply gets the most rows: stacking them all would be wasted work. */
const STACK_ALL_LIMIT = 5_000;

/** Rows each sender's lane needs at this scale (the fit-all scale gives the lane heights). */
export function rowsPerSender(events: readonly TimelineEvent[], scale: TimeScale, senders?: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (events.length > STACK_ALL_LIMIT) {
    // `senders`: every sender of `events`, when the caller knows them without walking the events.
    if (senders) for (const s of senders) out.set(s, MAX_ROWS);
    else for (const e of events) out.set(e.from, MAX_ROWS);
    return out;
  }
  for (const [actor, list] of groupBySender(events)) {
    // A loop, not Math.max(...rows): one argument per event would overflow the stack for a large lane.
    let most = 0;
    for (const row of stackRows(list.map((e) => scale(eventCenter(e))))) if (row > most) most = row;
    out.set(actor, most + 1);
  }
  return out;
}

/** Positions every event in its sender's lane at its date; crowded marks stack in rows. */
export function layoutMarks(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  lanesByActor: ReadonlyMap<string, Lane>,
): Mark[] {
  const marks: Mark[] = [];
  for (const [actor, list] of groupBySender(events)) {
    const lane = lanesByActor.get(actor);
    if (!lane) continue;
    const xs = list.map((e) => scale(eventCenter(e)));
    const maxRow = Math.round((lane.height - (lane.rowY - lane.y)) / ROW_STEP);
    const rows = stackRows(xs, undefined, Math.max(1, maxRow));
    list.forEach((event, i) => {
      const row = rows[i]!;
      const mark: Mark = { event, x: xs[i]!, y: lane.rowY + row * ROW_STEP, lane, row };
      if (event.dateEnd !== undefined) mark.span = { x1: scale(event.start), x2: scale(event.end) };
      marks.push(mark);
    });
  }
  marks.sort((a, b) => a.event.order - b.event.order);
  return marks;
}
