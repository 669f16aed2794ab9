import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineHandle } from '../../src/features/timeline/Timeline.tsx';
import type { DaySpan } from '../../src/shared/url/urlState.ts';
import { ReaderView } from '../../src/app/ReaderView.tsx';
import { bundledModel } from '../features/timeline/timelineFixtures.ts';

// The chart stands in as a probe: what it is asked to show, and its way to report what it shows;
// its toolbar holds the page's controls, and one button stands for the open event's mark.
const chart = vi.hoisted(() => ({ asked: [] as (DaySpan | null)[], report: null as ((span: DaySpan | null) => void) | null }));
vi.mock('../../src/features/timeline/Timeline.tsx', () => ({
  Timeline: ({
    window: asked,
    onViewChange,
    toolbarStart,
    toolbarEnd,
    ref,
  }: {
    window?: DaySpan | null;
    onViewChange?: (span: DaySpan | null) => void;
    toolbarStart?: ReactNode;
    toolbarEnd?: ReactNode;
    ref?: Ref<TimelineHandle>;
  }) => {
    if (chart.asked.at(-1) !== asked) chart.asked.push(asked ?? null);
    chart.report = onViewChange ?? null;
    useImperativeHandle(ref, () => ({
      focusEvent: (id: string) => document.querySelector<HTMLElement>(`[data-mark="${id}"]`)?.focus(),
      currentView: () => {
        throw new Error('not drawn');
      },
    }));
    return (
      <section aria-label="Chart">
        {toolbarStart}
        {toolbarEnd}
        <button type="button" data-mark="nelson-reply-letter">
          Mark
        </button>
      </section>
    );
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

describe('the panel over an embed', () => {
  beforeEach(() => vi.useRealTimers());

  it('makes what it covers inert while it is open, and the page usable again with focus on the event when it closes', async () => {
    render(
      <>
        <header>
          <a href="/">Open full view</a>
        </header>
        <ReaderView model={bundledModel()} embed />
      </>,
    );
    const heading = await screen.findByRole('heading', { level: 2, name: /Nelson replies/ }, { timeout: 5000 });
    // The header above (the page's), the view switch and the chart: all behind the panel.
    for (const covered of [screen.getByRole('link', { name: 'Open full view' }), screen.getByRole('button', { name: 'List' }), screen.getByRole('button', { name: 'Mark' })]) {
      expect(covered.closest('[inert]'), covered.textContent ?? '').not.toBeNull();
    }
    expect(heading.closest('[inert]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^Close/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark' })).toHaveFocus());
    expect(document.querySelector('[inert]')).toBeNull();
  });
});

describe('notices', () => {
  it('shows the whole timeline for a ?window= outside the dataset\'s dates, and says so; one with some of its dates is asked of the chart', async () => {
    // The notice's words come with the problems' script (UrlNoticesOnDemand).
    vi.useRealTimers();
    window.history.replaceState(null, '', '/?window=1900-01-01..1900-01-02');
    render(<ReaderView model={bundledModel()} />);
    expect(chart.asked).toEqual([null]);
    expect(await screen.findByText('window: "1900-01-01..1900-01-02" is outside the dataset\'s dates (showing the whole timeline)')).toBeInTheDocument();
    navigateTo('?window=2022-01-01..2022-03-01');
    expect(chart.asked).toEqual([null, { start: '2022-01-01', end: '2022-03-01' }]);
    expect(screen.queryByText(/^window:/)).toBeNull();
  });
});

describe('the focus after closing things', () => {
  beforeEach(() => vi.useRealTimers());

  it('goes to the view switch when a notice is dismissed, not to the page', async () => {
    window.history.replaceState(null, '', '/?agency=nope');
    render(<ReaderView model={bundledModel()} />);
    await screen.findByText(/^agency:/);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/^agency:/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Timeline' })).toHaveFocus();
  });

  it('goes to the view switch when the panel closes on an event the filters now hide', async () => {
    // Nelson's letter is open; the list shows only milestones, so it has no row to return to.
    window.history.replaceState(null, '', '/?view=list&kind=milestone&event=nelson-reply-letter');
    render(<ReaderView model={bundledModel()} />);
    await screen.findByRole('heading', { level: 2, name: /Nelson replies/ }, { timeout: 5000 });
    await userEvent.click(screen.getByRole('button', { name: /^Close/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'List' })).toHaveFocus());
  });
});
