import { detailedProblem } from '../import/detailedProblem.ts';
import { formatPath, type ProblemDetail, type Problem } from './problem.ts';
import type { DatasetEvent } from './schema.ts';

/** The events kept so far, as the stepwise validator holds them. */
export interface KeptEvents {
  events: DatasetEvent[];
  /** Each kept event's position in the file. */
  fileIndex: readonly number[];
  /** Id → position among the kept events. */
  byId: ReadonlyMap<string, number>;
  /** Ids of events that were left out, so that a reply to one can say so. */
  leftOutIds: ReadonlySet<unknown>;
}

/**
 * After the last event: every reply must name a kept event, and a reply link that closes a cycle
 * is removed. Changes the kept events' reply lists, reports each removed link in `out`, and
 * returns the lists it changed by position among the kept events (undefined: no link left).
 */
export function checkReplies(kept: KeptEvents, out: Problem[]): Map<number, string[] | undefined> {
  const { events, fileIndex, byId, leftOutIds } = kept;
  const changed = new Set<number>();
  // The links as the file wrote them, for events whose links are cut, so paths index the file's list.
  const written = new Map<number, readonly string[]>();
  events.forEach((e, n) => {
    const replies = e.inReplyTo;
    if (!replies || replies.every((id) => byId.has(id))) return;
    const ok: string[] = [];
    replies.forEach((id, r) => {
      if (byId.has(id)) ok.push(id);
      else {
        out.push(detailedProblem('missing-reply', formatPath(['events', fileIndex[n]!, 'inReplyTo', r]), { key: 'missingReply', id, leftOut: leftOutIds.has(id) }));
      }
    });
    written.set(n, replies);
    e.inReplyTo = ok;
    changed.add(n);
  });
  const cycles = findCycleEdges(events, byId);
  for (const c of cycles) {
    const e = events[c.from]!;
    const target = e.inReplyTo![c.replyIndex]!;
    const rawIndex = (written.get(c.from) ?? e.inReplyTo!).indexOf(target);
    out.push(detailedProblem('reply-cycle', formatPath(['events', fileIndex[c.from]!, 'inReplyTo', rawIndex >= 0 ? rawIndex : c.replyIndex]), cycleDetail(c.cycle)));
  }
  const cut = new Set(cycles.map((c) => `${c.from}:${c.replyIndex}`));
  for (const n of new Set(cycles.map((c) => c.from))) {
    const e = events[n]!;
    e.inReplyTo = e.inReplyTo!.filter((_, r) => !cut.has(`${n}:${r}`));
    changed.add(n);
  }
  const lists = new Map<number, string[] | undefined>();
  for (const n of changed) {
    const e = events[n]!;
    if (e.inReplyTo && e.inReplyTo.length === 0) delete e.inReplyTo;
    lists.set(n, e.inReplyTo);
  }
  return lists;
}

const NO_REPLIES: readonly string[] = [];

/** Finds reply cycles with an iterative depth-first search; returns the edges that close a cycle. */
function findCycleEdges(
  events: readonly DatasetEvent[],
  index: ReadonlyMap<string, number>,
): { from: number; replyIndex: number; cycle: string[] }[] {
  const state = new Uint8Array(events.length); // 0 new, 1 on the current path, 2 done
  const found: { from: number; replyIndex: number; cycle: string[] }[] = [];
  // One path and cursor stack for every search (each ends empty): most events start none.
  const path: number[] = [];
  const cursor: number[] = [];
  for (let root = 0; root < events.length; root++) {
    if (state[root] !== 0) continue;
    // An event that replies to nothing closes no cycle (most events in a large archive).
    if (!events[root]!.inReplyTo) {
      state[root] = 2;
      continue;
    }
    path.push(root);
    cursor.push(0);
    state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const replies = events[node]!.inReplyTo ?? NO_REPLIES;
      const k = cursor[top]!;
      if (k >= replies.length) {
        state[node] = 2;
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[top] = k + 1;
      const next = index.get(replies[k]!);
      if (next === undefined) continue;
      if (state[next] === 1) {
        const from = path.indexOf(next);
        const cycle = [...path.slice(from), next].map((i) => events[i]!.id);
        found.push({ from: node, replyIndex: k, cycle });
      } else if (state[next] === 0) {
        state[next] = 1;
        path.push(next);
        cursor.push(0);
      }
    }
  }
  return found;
}

/** A cycle said shortly: every id when it is small, otherwise its ends and its length. */
function cycleDetail(ids: readonly string[]): ProblemDetail {
  if (ids.length <= 8) return { key: 'replyCycle', first: [...ids], last: [], events: ids.length - 1 };
  return { key: 'replyCycle', first: ids.slice(0, 3), last: ids.slice(-2), events: ids.length - 1 };
}
