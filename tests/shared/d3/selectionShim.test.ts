import { describe, expect, it, vi } from 'vitest';
import { pointer, select } from '../../../src/shared/d3/selectionShim.ts';
// The package itself, by path (the alias maps only the bare name), to compare what d3-zoom relies on.
// @ts-expect-error -- the file by path has no declaration of its own (the bare name's types are @types/d3-selection's)
import * as d3 from '../../../node_modules/d3-selection/dist/d3-selection.mjs';

type Sel = {
  on(spec: string): unknown;
  on(spec: string, value: ((this: unknown, e: Event, d: unknown) => void) | null, options?: AddEventListenerOptions): Sel;
  property(name: string, value?: unknown): unknown;
};
const real = d3 as { select: (n: EventTarget) => unknown };
const both = [
  ['the stand-in', (n: EventTarget) => select(n) as unknown as Sel],
  ['d3-selection 3', (n: EventTarget) => real.select(n) as Sel],
] as const;

describe.each(both)('a selection (%s)', (_name, sel) => {
  it('calls a listener with the event and the element as this, and its datum', () => {
    const el = document.createElement('div') as HTMLDivElement & { __data__?: unknown };
    el.__data__ = 'd';
    const seen: unknown[] = [];
    sel(el).on('click.zoom', function (this: unknown, e: Event, d: unknown) {
      seen.push(this === el, e.type, d);
    });
    el.click();
    expect(seen).toEqual([true, 'click', 'd']);
  });

  it('replaces a listener of the same type and name, and keeps one of another name', () => {
    const el = document.createElement('div');
    const a = vi.fn();
    const b = vi.fn();
    const c = vi.fn();
    sel(el).on('click.zoom', a).on('click.zoom', b).on('click.other', c);
    el.click();
    expect([a.mock.calls.length, b.mock.calls.length, c.mock.calls.length]).toEqual([0, 1, 1]);
    expect(sel(el).on('click.zoom')).toBe(b);
  });

  it('removes every type of a name with ".name", and several names at once', () => {
    const el = document.createElement('div');
    const zoom = vi.fn();
    const scroll = vi.fn();
    const other = vi.fn();
    sel(el).on('click.zoom mousedown.zoom', zoom).on('click.scroll', scroll).on('click.other', other);
    sel(el).on('.zoom .scroll', null);
    el.click();
    el.dispatchEvent(new MouseEvent('mousedown'));
    expect([zoom.mock.calls.length, scroll.mock.calls.length, other.mock.calls.length]).toEqual([0, 0, 1]);
    sel(el).on('.other', null);
    expect((el as { __on?: unknown }).__on).toBeUndefined();
  });

  it('passes the listener options on, so a capture listener runs before a bubbling one', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('div');
    outer.append(inner);
    const order: string[] = [];
    sel(outer).on('click.a', () => order.push('bubble'));
    sel(outer).on('click.b', () => order.push('capture'), { capture: true });
    inner.click();
    expect(order).toEqual(['capture', 'bubble']);
    sel(outer).on('click.b', null);
    inner.click();
    expect(order).toEqual(['capture', 'bubble', 'bubble']);
  });

  it('sets a property from a value or a function of the element, deletes it on null, and reads it', () => {
    const el = document.createElement('div') as HTMLDivElement & { __zoom?: unknown };
    sel(el).property('__zoom', function (this: { id: string }) {
      return `of ${this.id || 'el'}`;
    });
    expect(sel(el).property('__zoom')).toBe('of el');
    sel(el).property('__zoom', null);
    expect('__zoom' in el).toBe(false);
  });
});

describe('the stand-in for d3-selection', () => {
  it('filters, styles only what passed, and selects nothing for null', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    select(a).filter(() => true).style('touch-action', 'none');
    select(b).filter(() => false).style('touch-action', 'none');
    expect([a.style.getPropertyValue('touch-action'), b.style.getPropertyValue('touch-action')]).toEqual(['none', '']);
    expect(select(null).node()).toBeNull();
    expect(select(a).datum()).toBeUndefined();
  });

  it("reads the pointer in an element's box, from the source event of a wrapped one", () => {
    const el = document.createElement('div');
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 20 } as DOMRect);
    const event = new MouseEvent('mousemove', { clientX: 15, clientY: 50 });
    expect(pointer({ sourceEvent: event } as unknown as MouseEvent, el)).toEqual([5, 30]);
    expect(pointer(event, null)).toEqual([event.pageX, event.pageY]);
  });

  it('maps the pointer through the screen matrix of an SVG element', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const inverse = { a: 1 };
    Object.assign(svg, {
      createSVGPoint: () => ({ x: 0, y: 0, matrixTransform(m: unknown) { return m === inverse ? { x: this.x - 100, y: this.y - 7 } : this; } }),
      getScreenCTM: () => ({ inverse: () => inverse }),
    });
    expect(pointer(new MouseEvent('wheel', { clientX: 130, clientY: 17 }), svg)).toEqual([30, 10]);
  });
});
