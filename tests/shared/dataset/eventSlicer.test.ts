import { describe, expect, it } from 'vitest';
import { EventSlicer } from '../../../src/shared/dataset/eventSlicer.ts';
import { scannerTraps } from '../../fixtures/scannerTraps.ts';
import { exceedsDepth } from '../../../src/shared/dataset/jsonDepth.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';

/** What the slicer makes of `text` served `chunk` bytes at a time: the header and events it parsed, or null when it gave up. */
function slice(text: string, chunk: number, maxDepth?: number): { header: unknown; events: unknown[] } | null {
  const bytes = new TextEncoder().encode(text);
  const slicer = new EventSlicer(maxDepth);
  let header: unknown;
  const events: unknown[] = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    const piece = slicer.push(bytes.slice(i, i + chunk));
    if (piece.header !== undefined) header = JSON.parse(piece.header);
    if (piece.events !== undefined) events.push(...(JSON.parse(piece.events) as unknown[]));
  }
  return slicer.finish() ? { header, events } : null;
}

describe('EventSlicer', () => {
  const dataset = scannerTraps;

  it.each([1, 3, 7, 64, 1 << 16])('gives the header and every event JSON.parse gives, the body arriving %i bytes at a time', (chunk) => {
    const text = JSON.stringify(dataset, null, chunk === 7 ? 2 : undefined);
    const { events, ...header } = JSON.parse(text) as typeof dataset;
    expect(slice(text, chunk)).toEqual({ header: { ...header, events: [] }, events });
  });

  it('lets a byte-order mark and white space around the file through', () => {
    expect(slice(`\uFEFF \n${JSON.stringify(dataset)}\n `, 5)?.events).toHaveLength(40);
  });

  it.each([
    ['a field after the events', { ...dataset, credit: 'x' }],
    ['a second events key after the first', JSON.stringify(dataset).replace(/}$/, ',"events":[]}')],
    ['an event that is not an object', { ...dataset, events: [...dataset.events, 5] }],
    ['a list as an event', { ...dataset, events: [[], ...dataset.events] }],
    ['no events array', { version: 1, title: 't', actors: [] }],
    ['events that are not an array', { version: 1, events: { a: 1 } }],
    ['a list, not an object', [dataset]],
    ['an HTML page', '<!doctype html><p>{"events": []}</p>'],
    ['text after the file', `${JSON.stringify(dataset)} x`],
    ['a file cut short', JSON.stringify(dataset).slice(0, -40)],
  ])('gives up on %s', (_, value) => {
    expect(slice(typeof value === 'string' ? value : JSON.stringify(value), 64)).toBeNull();
  });

  it('gives up on an event nested deeper than the depth limit, exactly where the validator refuses the file', () => {
    // Levels of lists inside an event's field: the file, its events and the event hold three more.
    const file = (levels: number) => JSON.stringify({ ...dataset, events: [...dataset.events.slice(0, 3), { deep: JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown }] });
    for (const levels of [LIMITS.depth - 3, LIMITS.depth - 2]) {
      const refused = exceedsDepth(JSON.parse(file(levels)), LIMITS.depth) !== null;
      expect(slice(file(levels), 64, LIMITS.depth) === null).toBe(refused);
    }
    expect(exceedsDepth(JSON.parse(file(LIMITS.depth - 2)), LIMITS.depth)).not.toBeNull();
    expect(slice(file(LIMITS.depth - 3), 64, LIMITS.depth)?.events).toHaveLength(4);
  });
});
