import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventTable, PRINTED_ROWS_MAX } from '../../../src/features/list/EventTable.tsx';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

/** The two-letter fixture, written in `lang` when given, with a Russian title for its first event. */
function twoLetters(lang?: string) {
  const d = JSON.parse(readFileSync('tests/fixtures/valid-minimal.json', 'utf8')) as { lang?: string; events: Record<string, unknown>[] };
  if (lang) d.lang = lang;
  d.events[0]!.translations = { ru: { title: 'Роскосмос требует снять санкции' } };
  const result = validateDataset(d);
  return buildTimelineModel(result.dataset!);
}

function renderRu(lang?: string) {
  const model = twoLetters(lang);
  render(
    <I18nProvider lang="ru" messages={ru}>
      <EventTable model={model} events={model.events} onSelect={vi.fn()} />
    </I18nProvider>,
  );
  return model;
}

describe("a row's sender and recipients", () => {
  it('are read as the detail panel reads them, not as an arrow, which the row still shows', () => {
    const model = twoLetters();
    const view = render(<EventTable model={model} events={model.events} onSelect={vi.fn()} />);
    expect(screen.getByRole('cell', { name: 'From Roscosmos to NASA' })).toHaveTextContent('Roscosmos → NASA');
    view.unmount();
    renderRu();
    expect(screen.getByRole('cell', { name: 'От кого: Roscosmos, кому: NASA' })).toHaveTextContent('Roscosmos → NASA');
  });
});

describe('the list in another language than the dataset', () => {
  it("marks a title shown as written with the dataset's language, and a translated one with none", () => {
    const model = renderRu('en');
    expect(screen.getByRole('button', { name: 'Роскосмос требует снять санкции' })).not.toHaveAttribute('lang');
    expect(screen.getByRole('button', { name: model.events[1]!.title })).toHaveAttribute('lang', 'en');
  });

  it('marks nothing when the dataset does not say its language', () => {
    const model = renderRu();
    expect(screen.getByRole('button', { name: model.events[1]!.title })).not.toHaveAttribute('lang');
  });
});

// 1,000 events rendered and queried by role in jsdom: 2-3.5 s a test on an idle 2-core machine, past the
// default 5 s when other work shares it. A time limit, not an assertion on speed (that is npm run bench's).
describe('a long list, newest first, with an event selected', { timeout: 20_000 }, () => {
  // 1,000 events: past the 300 from which only the rows in view are rendered.
  const model = buildTimelineModel(validateDataset(generateDataset({ events: 1_000, actors: 5, seed: 7 })).dataset!);

  function renderList(selectedId: string | null) {
    const onSelect = vi.fn();
    const view = render(<EventTable model={model} events={model.events} selectedId={selectedId} onSelect={onSelect} />);
    const scroller = screen.getByRole('table').parentElement!;
    return { ...view, onSelect, scroller, reselect: (id: string | null) => view.rerender(<EventTable model={model} events={model.events} selectedId={id} onSelect={onSelect} />) };
  }
  const scrollTo = (scroller: HTMLElement, top: number) => {
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
  };

  beforeEach(() => {
    // jsdom lays nothing out: the list's box is 440 px tall.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(440);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('scrolls where the reader scrolls: the selected row does not pull it back', () => {
    const { onSelect, scroller, reselect } = renderList(null);
    fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    // Newest first: the last event heads the list; the reader opens the third.
    const third = model.events[model.events.length - 3]!;
    fireEvent.click(screen.getByRole('button', { name: third.title }));
    expect(onSelect).toHaveBeenCalledWith(third.id);
    reselect(third.id);
    expect(scroller.scrollTop).toBe(0);

    scrollTo(scroller, 20_000);
    expect(scroller.scrollTop).toBe(20_000);
    // Far down the list: the selected row is out of view, older events are in it.
    expect(screen.queryByRole('button', { name: third.title })).toBeNull();
    expect(screen.queryByRole('button', { name: model.events.at(-1)!.title })).toBeNull();
    scrollTo(scroller, 30_000);
    expect(scroller.scrollTop).toBe(30_000);
  });

  it('brings the selected row into view when the selection or the order changes, not on a scroll', () => {
    const { scroller, reselect, rerender, onSelect } = renderList(null);
    const far = model.events[600]!;
    reselect(far.id);
    // Oldest first, the row is the 601st: in view, a third of the way down.
    expect(scroller.scrollTop).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: far.title })).toHaveAttribute('aria-current', 'true');
    const there = scroller.scrollTop;
    scrollTo(scroller, there + 5_000);
    expect(scroller.scrollTop).toBe(there + 5_000);
    expect(screen.queryByRole('button', { name: far.title })).toBeNull();
    // The same events, worked out again by the page (a new array): the list stays where the reader put it.
    rerender(<EventTable model={model} events={[...model.events]} selectedId={far.id} onSelect={onSelect} />);
    expect(scroller.scrollTop).toBe(there + 5_000);

    // Newest first, the same event is the 400th row: the list goes to it.
    fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(screen.getByRole('button', { name: far.title })).toBeInTheDocument();
    expect(scroller.scrollTop).toBeLessThan(there);

    // Another event selected elsewhere (the chart, the panel): the list goes to it.
    const other = model.events[100]!;
    reselect(other.id);
    expect(screen.getByRole('button', { name: other.title })).toHaveAttribute('aria-current', 'true');
  });

  it('shows the order the page gives (?sort=, Back, Forward) from its top, and tells the page of the order the reader chooses', () => {
    const onOrder = vi.fn();
    const { scroller, rerender, onSelect } = renderList(null);
    const list = (order: 'oldest' | 'newest') => <EventTable model={model} events={model.events} onSelect={onSelect} order={order} onOrder={onOrder} />;
    rerender(list('oldest'));
    scrollTo(scroller, 20_000);
    // Back to an address sorted newest first: the newest event heads the list, in view.
    rerender(list('newest'));
    expect(scroller.scrollTop).toBe(0);
    expect(screen.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: model.events.at(-1)!.title })).toBeInTheDocument();
    // The header asks the page for the other order, which decides.
    fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(onOrder).toHaveBeenCalledWith('oldest');
    expect(screen.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
  });
});

describe('a long list printed', { timeout: 20_000 }, () => {
  // By element, not by role: role queries over thousands of rows take jsdom minutes.
  const rowsOf = () => document.querySelectorAll('tbody tr[data-row-id]').length;

  it('prints every row, not only those scrolled into view, and is a scrolled list again afterwards', () => {
    const model = buildTimelineModel(validateDataset(generateDataset({ events: 1_000, actors: 5, seed: 7 })).dataset!);
    render(<EventTable model={model} events={model.events} selectedId={null} onSelect={vi.fn()} />);
    const scrolled = rowsOf();
    expect(scrolled).toBeLessThan(100);
    fireEvent(window, new Event('beforeprint'));
    expect(rowsOf()).toBe(1_000);
    expect(document.querySelector('tbody tr:last-child')).toHaveTextContent(model.events.at(-1)!.title);
    fireEvent(window, new Event('afterprint'));
    expect(rowsOf()).toBe(scrolled);
  });

  it(`prints the first ${PRINTED_ROWS_MAX.toLocaleString('en')} of a longer one and says how many more are in the CSV`, () => {
    const model = buildTimelineModel(validateDataset(generateDataset({ events: PRINTED_ROWS_MAX + 500, actors: 5, seed: 7 })).dataset!);
    render(<EventTable model={model} events={model.events} selectedId={null} onSelect={vi.fn()} />);
    fireEvent(window, new Event('beforeprint'));
    expect(rowsOf()).toBe(PRINTED_ROWS_MAX);
    expect(document.querySelector('tbody tr:last-child')).toHaveTextContent('and 500 more events, not printed: download the CSV for every one.');
  });
});
