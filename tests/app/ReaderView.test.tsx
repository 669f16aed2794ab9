import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DaySpan } from '../../src/shared/url/urlState.ts';
import { ReaderView } from '../../src/app/ReaderView.tsx';
import { bundledModel } from '../features/timeline/timelineFixtures.ts';

// The chart stands in as a probe: what it is asked to show, and its way to report what it shows.
const chart = vi.hoisted(() => ({ asked: [] as (DaySpan | null)[], report: null as ((span: DaySpan | null) => void) | null }));
vi.mock('../../src/features/timeline/Timeline.tsx', () => ({
  Timeline: ({ window: asked, onViewChange }: { window?: DaySpan | null; onViewChange?: (span: DaySpan | null) => void }) => {
    if (chart.asked.at(-1) !== asked) chart.asked.push(asked ?? null);
    chart.report = onViewChange ?? null;
    return null;
  },
}));

beforeEach(() => {
  vi.useFakeTimers();
  chart.asked = [];
  window.history.replaceState(null, '', '/?event=nelson-reply-letter');
});
afterEach(() => vi.useRealTimers());

const navigateTo = (search: string) =>
  act(() => {
    window.history.pushState(null, '', `/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

it("writes the chart's view to ?window= a moment later, without asking the chart to move there (it may have moved on)", () => {
  render(<ReaderView model={bundledModel()} />);
  act(() => chart.report!({ start: '2022-03-02', end: '2022-03-18' }));
  act(() => vi.advanceTimersByTime(300));
  expect(window.location.search).toBe('?event=nelson-reply-letter&window=2022-03-02..2022-03-18');
  expect(chart.asked).toEqual([null]);
});

it('asks the chart to show the days of an address it did not write itself (a link, Back)', () => {
  render(<ReaderView model={bundledModel()} />);
  act(() => chart.report!({ start: '2022-03-02', end: '2022-03-18' }));
  act(() => vi.advanceTimersByTime(300));
  navigateTo('?event=campbell-reply-letter&window=2022-02-19..2022-03-01');
  expect(chart.asked).toEqual([null, { start: '2022-02-19', end: '2022-03-01' }]);
});

it('keeps asking for nothing new when a later address carries the reported days along (Next, a filter)', () => {
  render(<ReaderView model={bundledModel()} />);
  act(() => chart.report!({ start: '2022-03-02', end: '2022-03-18' }));
  act(() => vi.advanceTimersByTime(300));
  navigateTo('?event=campbell-reply-letter&window=2022-03-02..2022-03-18');
  expect(chart.asked).toEqual([null]);
});

describe('notices', () => {
  it('shows the whole timeline for a ?window= outside the dataset\'s dates, and says so; one with some of its dates is asked of the chart', () => {
    window.history.replaceState(null, '', '/?window=1900-01-01..1900-01-02');
    render(<ReaderView model={bundledModel()} />);
    expect(chart.asked).toEqual([null]);
    expect(screen.getByText('window: "1900-01-01..1900-01-02" is outside the dataset\'s dates (showing the whole timeline)')).toBeInTheDocument();
    navigateTo('?window=2022-01-01..2022-03-01');
    expect(chart.asked).toEqual([null, { start: '2022-01-01', end: '2022-03-01' }]);
    expect(screen.queryByText(/^window:/)).toBeNull();
  });
});
