import type { Mark } from './marks.ts';

/** A quadratic arc: from (x1, y1) through the control point (cx, cy) to (x2, y2), rounded to 0.1 px. */
export interface Arc {
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
}

export interface ReplyLink {
  /** The reply. */
  from: string;
  /** The event it answers. */
  to: string;
  arc: Arc;
  /** The same arc as SVG path data. */
  d: string;
  /** The answered event is not shown (filtered out); the link leads to "hidden events". */
  hidden: boolean;
}

/**
 * An arc from a reply to the event it answers, bowing upward by a height that grows with the
 * distance so that nested replies do not lie on top of each other.
 */
function arc(x1: number, y1: number, x2: number, y2: number): Arc {
  const dx = x2 - x1;
  const lift = Math.min(60, 12 + Math.abs(dx) * 0.18 + Math.abs(y2 - y1) * 0.1);
  return { x1: r(x1), y1: r(y1), cx: r(x1 + dx / 2), cy: r(Math.min(y1, y2) - lift), x2: r(x2), y2: r(y2) };
}

/** SVG path data of an arc. */
function arcD(a: Arc): string {
  return `M${a.x1},${a.y1} Q${a.cx},${a.cy} ${a.x2},${a.y2}`;
}

/** The arc from (x1, y1) to (x2, y2) as SVG path data. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  return arcD(arc(x1, y1, x2, y2));
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Reply links for the shown marks. A link whose answered event is not shown ends in a short stub
 * to the left, so that the reader sees it leads somewhere hidden rather than nowhere.
 */
export function replyLinks(
  marks: readonly Mark[],
  hasEvent: (id: string) => boolean,
  /** Where a shown event that has no mark on screen would be (scrolled out of view). */
  positionOf?: (id: string) => { x: number; y: number } | null,
): ReplyLink[] {
  const byId = new Map(marks.map((m) => [m.event.id, m]));
  const links: ReplyLink[] = [];
  for (const m of marks) {
    for (const target of m.event.inReplyTo ?? []) {
      const t = byId.get(target);
      const p = t ?? positionOf?.(target) ?? null;
      if (p) {
        const a = arc(m.x, m.y, p.x, p.y);
        links.push({ from: m.event.id, to: target, arc: a, d: arcD(a), hidden: false });
      } else if (hasEvent(target)) {
        const a = arc(m.x, m.y, m.x - 36, m.y - 14);
        links.push({ from: m.event.id, to: target, arc: a, d: arcD(a), hidden: true });
      }
    }
  }
  return links;
}

/** The chain of an event: everything it answers and everything that answers it, transitively. */
export function replyChain(
  id: string,
  inReplyTo: (id: string) => readonly string[],
  repliesOf: (id: string) => readonly string[],
): Set<string> {
  const seen = new Set<string>([id]);
  for (const next of [inReplyTo, repliesOf]) {
    const stack = [id];
    while (stack.length > 0) {
      const cur = stack.pop()!;
      for (const n of next(cur)) {
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
  }
  return seen;
}
