import { describe, expect, it } from 'vitest';
import { isMeasureMessage, parseSelectMessage } from '../../../src/features/embed/messages.ts';

describe('parseSelectMessage', () => {
  it('reads a select message of exactly its shape, with an id or null', () => {
    expect(parseSelectMessage({ type: 'correspondence-timeline:select', eventId: 'nelson-reply-letter' })).toEqual({ type: 'correspondence-timeline:select', eventId: 'nelson-reply-letter' });
    expect(parseSelectMessage({ type: 'correspondence-timeline:select', eventId: null })).toEqual({ type: 'correspondence-timeline:select', eventId: null });
  });

  it("tells the host page's developer why a select message of another shape is ignored, without quoting it", () => {
    for (const bad of [
      { type: 'correspondence-timeline:select' },
      { type: 'correspondence-timeline:select', eventId: 42 },
      { type: 'correspondence-timeline:select', eventId: 'Nelson-Reply-Letter' },
      { type: 'correspondence-timeline:select', eventId: '<img src=x onerror=alert(1)>' },
      { type: 'correspondence-timeline:select', eventId: 'x'.repeat(5_000_000) },
      { type: 'correspondence-timeline:select', eventId: 'nelson-reply-letter', extra: 1 },
    ]) {
      const why = parseSelectMessage(bad);
      expect(why).toMatch(/^correspondence-timeline:select ignored: .*eventId/);
      expect(why).not.toMatch(/img|xxx|Nelson|extra/);
    }
  });

  it("says nothing of messages that are not the embed's, however hostile", () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });
    for (const other of ['correspondence-timeline:select', null, [1, 2], { type: 'other', eventId: 'x' }, { type: 'correspondence-timeline:resize', height: 3 }, throwing]) {
      expect(parseSelectMessage(other)).toBeNull();
    }
  });
});

describe('isMeasureMessage', () => {
  it("takes embed.js's request for the height only in exactly its shape, and never throws", () => {
    expect(isMeasureMessage({ type: 'correspondence-timeline:measure' })).toBe(true);
    const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });
    for (const other of ['correspondence-timeline:measure', null, { type: 'correspondence-timeline:measure', height: 1 }, { type: 'correspondence-timeline:resize', height: 3 }, throwing]) {
      expect(isMeasureMessage(other)).toBe(false);
    }
  });
});
