import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIP_LINGER_MS, useChartTip, type ChartTip } from '../../../src/features/timeline/useChartTip.ts';

const tipA: ChartTip = { key: 'c:0:1', kind: 'cluster', count: 3, kinds: [3], opens: false, x: 10, y: 10 };
const tipB: ChartTip = { key: 'c:1:4', kind: 'cluster', count: 5, kinds: [5], opens: false, x: 90, y: 60 };

/** The tooltip's box on the page: 100–200 × 100–140. */
function tooltipElement(): HTMLElement {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({ left: 100, right: 200, top: 100, bottom: 140, x: 100, y: 100, width: 100, height: 40, toJSON: () => ({}) });
  return el;
}
const moveTo = (x: number, y: number) => act(() => void document.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: y })));
const press = (key: string) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key })));

function setup() {
  const ref = { current: tooltipElement() };
  return renderHook(({ live }: { live: ChartTip | null }) => useChartTip(live, ref), { initialProps: { live: null as ChartTip | null } });
}

describe('useChartTip', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows what the pointer or focus points at, and a new target at once', () => {
    const { result, rerender } = setup();
    expect(result.current.tip).toBeNull();
    rerender({ live: tipA });
    expect(result.current.tip).toBe(tipA);
    rerender({ live: tipB });
    expect(result.current.tip).toBe(tipB);
  });

  it('keeps the tooltip a moment after the pointer leaves its mark, then hides it', () => {
    const { result, rerender } = setup();
    rerender({ live: tipA });
    rerender({ live: null });
    expect(result.current.tip).toBe(tipA);
    act(() => vi.advanceTimersByTime(TIP_LINGER_MS + 1));
    expect(result.current.tip).toBeNull();
  });

  it('keeps the tooltip while the pointer is on it, and hides it when the pointer leaves it', () => {
    const { result, rerender } = setup();
    rerender({ live: tipA });
    rerender({ live: null });
    moveTo(150, 120);
    act(() => vi.advanceTimersByTime(TIP_LINGER_MS * 10));
    expect(result.current.tip).toBe(tipA);
    moveTo(160, 130);
    expect(result.current.tip).toBe(tipA);
    moveTo(250, 130);
    expect(result.current.tip).toBeNull();
  });

  it('hides the tooltip on Escape without waiting for the pointer or focus to move, and shows the next one', () => {
    const { result, rerender } = setup();
    rerender({ live: tipA });
    press('Escape');
    expect(result.current.tip).toBeNull();
    press('Enter');
    rerender({ live: tipB });
    expect(result.current.tip).toBe(tipB);
    rerender({ live: tipA });
    expect(result.current.tip).toBe(tipA);
  });

  it('drops a lingering tooltip at once when a zoom or pan begins', () => {
    const { result, rerender } = setup();
    rerender({ live: tipA });
    rerender({ live: null });
    act(() => result.current.clear());
    expect(result.current.tip).toBeNull();
  });
});
