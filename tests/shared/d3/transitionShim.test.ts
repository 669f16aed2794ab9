import { describe, expect, it, vi } from 'vitest';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { interrupt, onInterrupt } from '../../../src/shared/d3/transitionShim.ts';

describe('the stand-in for d3-transition', () => {
  it('stops what runs on an element when d3-zoom interrupts it, and nothing once unregistered', () => {
    const el = document.createElement('div');
    const stop = vi.fn();
    onInterrupt(el, stop);
    interrupt(el);
    expect(stop).toHaveBeenCalledTimes(1);
    onInterrupt(el, null);
    interrupt(el);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it("lets d3-zoom set a transform without stopping the element's animation, which input on it stops", () => {
    const el = document.createElement('div');
    document.body.append(el);
    const stop = vi.fn();
    onInterrupt(el, stop);
    const behavior = zoom<HTMLDivElement, unknown>().extent([
      [0, 0],
      [100, 100],
    ]);
    const seen: number[] = [];
    behavior.on('zoom', (e: { transform: { k: number } }) => seen.push(e.transform.k));
    select(el).call(behavior).call(behavior.transform, zoomIdentity.scale(3));
    expect(seen).toEqual([3]);
    expect(stop).not.toHaveBeenCalled();
    // Input on the element is what stops it (d3-zoom imports this module in place of d3-transition).
    el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -100 }));
    expect(stop).toHaveBeenCalledTimes(1);
    el.remove();
  });
});
