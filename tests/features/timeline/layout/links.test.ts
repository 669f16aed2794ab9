import { describe, expect, it } from 'vitest';
import { arcPath, replyChain, replyLinks } from '../../../../src/features/timeline/layout/links.ts';
import { bundledModel, layoutAt } from '../timelineFixtures.ts';

const model = bundledModel();
const hasEvent = (id: string) => model.eventsById.has(id);
const inReplyTo = (id: string) => model.eventsById.get(id)?.inReplyTo ?? [];
const repliesOf = (id: string) => (model.repliesTo.get(id) ?? []).map((e) => e.id);

describe('arcPath', () => {
  it('draws a quadratic arc bowing up by 12 px plus 18% of the distance', () => {
    expect(arcPath(0, 0, 100, 0)).toBe('M0,0 Q50,-30 100,0');
  });

  it('adds a tenth of the height difference to the bow and rises from the higher end', () => {
    expect(arcPath(100, 20, 40, 80)).toBe('M100,20 Q70,-8.8 40,80');
  });

  it('never bows more than 60 px', () => {
    expect(arcPath(0, 50, 400, 50)).toBe('M0,50 Q200,-10 400,50');
  });

  it('rounds every coordinate to a tenth of a pixel', () => {
    expect(arcPath(10.04, 36, 120.56, 112)).toBe('M10,36 Q65.3,-3.5 120.6,112');
  });
});

describe('replyLinks', () => {
  it('links the bundled replies: three letters to the 12 March demand, the 2 April thread to the three letters', () => {
    const { marks } = layoutAt(model, model.events, 1200);
    const links = replyLinks(marks, hasEvent);
    expect(links.map((l) => [l.from, l.to, l.hidden])).toEqual([
      ['nelson-reply-letter', 'rogozin-demands-letters', false],
      ['campbell-reply-letter', 'rogozin-demands-letters', false],
      ['aschbacher-reply-letter', 'rogozin-demands-letters', false],
      ['rogozin-posts-replies', 'nelson-reply-letter', false],
      ['rogozin-posts-replies', 'campbell-reply-letter', false],
      ['rogozin-posts-replies', 'aschbacher-reply-letter', false],
    ]);
  });

  it('draws each link from the reply mark to the answered mark', () => {
    const { marks } = layoutAt(model, model.events, 1200);
    const links = replyLinks(marks, hasEvent);
    expect(links[0]!.d).toBe('M234.1,112 Q197,3 159.9,36');
    expect(links[4]!.d).toBe('M308.3,36 Q271.2,-10 234.1,242');
  });

  it('keeps the same six links at other widths and zooms, as long as both ends are shown', () => {
    for (const width of [320, 800, 1600]) {
      const { marks } = layoutAt(model, model.events, width);
      expect(replyLinks(marks, hasEvent), `${width}px`).toHaveLength(6);
    }
  });

  it('marks as hidden a link whose answered event exists but is filtered out, with a stub 36 px left and 14 px up', () => {
    const events = model.events.filter((e) => e.id !== 'rogozin-demands-letters');
    const { marks } = layoutAt(model, events, 1200);
    const links = replyLinks(marks, hasEvent);
    expect(links.map((l) => [l.from, l.to, l.hidden])).toEqual([
      ['nelson-reply-letter', 'rogozin-demands-letters', true],
      ['campbell-reply-letter', 'rogozin-demands-letters', true],
      ['aschbacher-reply-letter', 'rogozin-demands-letters', true],
      ['rogozin-posts-replies', 'nelson-reply-letter', false],
      ['rogozin-posts-replies', 'campbell-reply-letter', false],
      ['rogozin-posts-replies', 'aschbacher-reply-letter', false],
    ]);
    const nelson = marks.find((m) => m.event.id === 'nelson-reply-letter')!;
    expect(links[0]!.d).toBe(arcPath(nelson.x, nelson.y, nelson.x - 36, nelson.y - 14));
    expect(links[0]!.d).toBe('M234.1,112 Q216.1,78.1 198.1,98');
  });

  it('leaves out a link to an event the model does not have', () => {
    const events = model.events.filter((e) => e.id !== 'rogozin-demands-letters');
    const { marks } = layoutAt(model, events, 1200);
    const links = replyLinks(marks, (id) => id !== 'rogozin-demands-letters');
    expect(links.map((l) => l.from)).toEqual(['rogozin-posts-replies', 'rogozin-posts-replies', 'rogozin-posts-replies']);
  });

  it('gives no link when the reply itself is filtered out', () => {
    const events = model.events.filter((e) => e.kind !== 'letter' && e.id !== 'rogozin-posts-replies');
    const { marks } = layoutAt(model, events, 1200);
    expect(replyLinks(marks, hasEvent)).toEqual([]);
  });
});

describe('replyChain', () => {
  it('follows the chain of nelson-reply-letter up to the demand and down to the thread, without the sibling letters', () => {
    expect(replyChain('nelson-reply-letter', inReplyTo, repliesOf)).toEqual(
      new Set(['nelson-reply-letter', 'rogozin-demands-letters', 'rogozin-posts-replies']),
    );
  });

  it('collects every transitive reply of the 12 March demand', () => {
    expect([...replyChain('rogozin-demands-letters', inReplyTo, repliesOf)].sort()).toEqual([
      'aschbacher-reply-letter',
      'campbell-reply-letter',
      'nelson-reply-letter',
      'rogozin-demands-letters',
      'rogozin-posts-replies',
    ]);
  });

  it('collects every transitive answered event of the 2 April thread', () => {
    expect([...replyChain('rogozin-posts-replies', inReplyTo, repliesOf)].sort()).toEqual([
      'aschbacher-reply-letter',
      'campbell-reply-letter',
      'nelson-reply-letter',
      'rogozin-demands-letters',
      'rogozin-posts-replies',
    ]);
  });

  it('is just the event itself when it neither answers nor is answered', () => {
    expect(replyChain('biden-sanctions', inReplyTo, repliesOf)).toEqual(new Set(['biden-sanctions']));
  });

  it('terminates on a cyclic reply graph', () => {
    const answers: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['d'] };
    const answeredBy: Record<string, string[]> = { b: ['a'], c: ['b'], a: ['c'], d: ['d'] };
    const up = (id: string) => answers[id] ?? [];
    const down = (id: string) => answeredBy[id] ?? [];
    expect(replyChain('a', up, down)).toEqual(new Set(['a', 'b', 'c']));
    expect(replyChain('d', up, down)).toEqual(new Set(['d']));
  });
});
