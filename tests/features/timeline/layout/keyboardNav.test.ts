import { describe, expect, it } from 'vitest';
import { NAV_KEYS, nextMarkId } from '../../../../src/features/timeline/layout/keyboardNav.ts';
import { bundledModel, layoutAt, syntheticModel } from '../timelineFixtures.ts';

const model = bundledModel();
const { marks } = layoutAt(model, model.events, 1200);

describe('nextMarkId', () => {
  it('moves right to the next event in time and left to the previous one', () => {
    expect(nextMarkId(marks, 'biden-sanctions', 'ArrowRight')).toBe('rogozin-deorbit-warning');
    expect(nextMarkId(marks, 'rogozin-demands-letters', 'ArrowRight')).toBe('nelson-reply-letter');
    expect(nextMarkId(marks, 'nelson-reply-letter', 'ArrowLeft')).toBe('rogozin-demands-letters');
    expect(nextMarkId(marks, 'rogozin-posts-replies', 'ArrowRight')).toBe('journal-asks-authenticity');
  });

  it('stops at the first event going left and at the last going right', () => {
    expect(nextMarkId(marks, 'biden-sanctions', 'ArrowLeft')).toBe('biden-sanctions');
    expect(nextMarkId(marks, 'borisov-leave-after-2024', 'ArrowRight')).toBe('borisov-leave-after-2024');
  });

  it('goes to the first event on Home and the last on End', () => {
    expect(nextMarkId(marks, 'soyuz-ms19-landing', 'Home')).toBe('biden-sanctions');
    expect(nextMarkId(marks, 'soyuz-ms19-landing', 'End')).toBe('borisov-leave-after-2024');
  });

  it('goes to the first event when there is no current one or it is not shown', () => {
    expect(nextMarkId(marks, null, 'ArrowRight')).toBe('biden-sanctions');
    expect(nextMarkId(marks, 'no-such-event', 'ArrowDown')).toBe('biden-sanctions');
    expect(nextMarkId(marks, 'no-such-event', 'ArrowLeft')).toBe('biden-sanctions');
  });

  it('goes down to the nearest event in time in the lane below', () => {
    // Roscosmos, 30 March 11:28 → NASA: 31 March is 12.5 hours away, 2 April over two days.
    expect(nextMarkId(marks, 'soyuz-ms19-landing', 'ArrowDown')).toBe('lueders-extension-2030');
    expect(nextMarkId(marks, 'rogozin-posts-replies', 'ArrowDown')).toBe('nasa-aware-of-comments');
    expect(nextMarkId(marks, 'campbell-reply-letter', 'ArrowDown')).toBe('biden-sanctions');
  });

  it('goes up to the nearest event in time in the lane above', () => {
    // NASA, 3 May → Roscosmos: 30 April, not 15 July.
    expect(nextMarkId(marks, 'nelson-not-pulling-out', 'ArrowUp')).toBe('rogozin-year-notice');
    expect(nextMarkId(marks, 'journal-asks-authenticity', 'ArrowUp')).toBe('biden-sanctions');
    expect(nextMarkId(marks, 'nasa-cooperation-continues', 'ArrowUp')).toBe('rogozin-deorbit-warning');
  });

  it('goes down from the 12 March demand to the NASA reply whose window opens that day', () => {
    expect(nextMarkId(marks, 'rogozin-demands-letters', 'ArrowDown')).toBe('nelson-reply-letter');
  });

  it('prefers the earlier event when two in the next lane are equally near', () => {
    const m = syntheticModel(
      [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      [
        { id: 'before', date: '2022-03-11', from: 'b' },
        { id: 'mid', date: '2022-03-12', from: 'a' },
        { id: 'after', date: '2022-03-13', from: 'b' },
      ],
    );
    const layout = layoutAt(m, m.events, 800);
    expect(nextMarkId(layout.marks, 'mid', 'ArrowDown')).toBe('before');
    expect(nextMarkId(layout.marks, 'after', 'ArrowUp')).toBe('mid');
  });

  it('undoes Down with Up among many events of the same day, going to the event of the same rank in the other lane', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `${i % 2 ? 'b' : 'a'}${Math.floor(i / 2)}`, date: '2022-03-12', from: i % 2 ? 'b' : 'a' }));
    const m = syntheticModel([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], [...events, { id: 'b-late', date: '2022-03-20', from: 'b' }]);
    const layout = layoutAt(m, m.events, 800);
    for (const id of ['a0', 'a3', 'a5']) {
      const down = nextMarkId(layout.marks, id, 'ArrowDown')!;
      expect(down).toBe(`b${id.slice(1)}`);
      expect(nextMarkId(layout.marks, down, 'ArrowUp')).toBe(id);
    }
  });

  it('stays put going up from the top lane and down from the bottom lane', () => {
    expect(nextMarkId(marks, 'rogozin-year-notice', 'ArrowUp')).toBe('rogozin-year-notice');
    expect(nextMarkId(marks, 'journal-asks-authenticity', 'ArrowDown')).toBe('journal-asks-authenticity');
  });

  it('skips a lane with no shown event: ESA only receives once its letter is filtered out', () => {
    const events = model.events.filter((e) => e.id !== 'aschbacher-reply-letter');
    const layout = layoutAt(model, events, 1200);
    expect(layout.lanes.map((l) => l.actor.id)).toContain('esa');
    expect(nextMarkId(layout.marks, 'nelson-reply-letter', 'ArrowDown')).toBe('campbell-reply-letter');
    expect(nextMarkId(layout.marks, 'campbell-reply-letter', 'ArrowUp')).toBe('nelson-reply-letter');
  });

  it('gives no event when no mark is shown', () => {
    expect(nextMarkId([], 'biden-sanctions', 'ArrowRight')).toBeNull();
    expect(nextMarkId([], null, 'Home')).toBeNull();
  });
});

describe('NAV_KEYS', () => {
  it('holds the six navigation keys and nothing else', () => {
    expect([...NAV_KEYS].sort()).toEqual(['ArrowDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'End', 'Home']);
    expect(NAV_KEYS.has('Enter')).toBe(false);
  });
});
