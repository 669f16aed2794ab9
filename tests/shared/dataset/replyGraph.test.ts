import { describe, expect, it } from 'vitest';
import { problemToString, type Problem } from '../../../src/shared/dataset/problem.ts';
import { checkReplies } from '../../../src/shared/dataset/replyGraph.ts';
import type { DatasetEvent } from '../../../src/shared/dataset/schema.ts';
import { minimalEvent } from './validDataset.ts';

const event = (id: string, inReplyTo?: string[]) => minimalEvent(id, inReplyTo ? { inReplyTo } : {});

/** Kept events as the validator holds them; `fileIndex` says where each sat in the file. */
function kept(events: DatasetEvent[], fileIndex = events.map((_, i) => i), leftOutIds: string[] = []) {
  return { events, fileIndex, byId: new Map(events.map((e, n) => [e.id, n])), leftOutIds: new Set<unknown>(leftOutIds) };
}

describe('checkReplies', () => {
  it('leaves links between kept events alone and changes nothing', () => {
    const out: Problem[] = [];
    const k = kept([event('a'), event('b', ['a']), event('c', ['a', 'b'])]);
    expect(checkReplies(k, out)).toEqual(new Map());
    expect(out).toEqual([]);
    expect(k.events[2]!.inReplyTo).toEqual(['a', 'b']);
  });

  it('removes a link to an event left out or never there, saying which, at the file position', () => {
    const out: Problem[] = [];
    const k = kept([event('a'), event('b', ['gone', 'a', 'nowhere'])], [0, 5], ['gone']);
    expect(checkReplies(k, out)).toEqual(new Map([[1, ['a']]]));
    expect(out.map(problemToString)).toEqual([
      'events[5].inReplyTo[0]: the event it names was left out: "gone" (link ignored)',
      'events[5].inReplyTo[2]: no valid event has id "nowhere" (link ignored)',
    ]);
    expect(out.map((p) => p.code)).toEqual(['missing-reply', 'missing-reply']);
  });

  it('cuts the link that closes a cycle and reports the list it leaves empty as gone', () => {
    const out: Problem[] = [];
    const k = kept([event('a', ['c']), event('b', ['a']), event('c', ['b'])]);
    const changed = checkReplies(k, out);
    // The search starts at "a" and follows a → c → b; b's link back to a closes the cycle.
    expect(out.map(problemToString)).toEqual(['events[1].inReplyTo[0]: reply cycle "a" → "c" → "b" → "a" (link ignored)']);
    expect(out[0]!.code).toBe('reply-cycle');
    expect(changed).toEqual(new Map([[1, undefined]]));
    expect(k.events[1]!.inReplyTo).toBeUndefined();
    expect(k.events.map((e) => e.inReplyTo ?? [])).toEqual([['c'], [], ['b']]);
  });
});
