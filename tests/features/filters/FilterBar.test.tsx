import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar.tsx';
import { NO_FILTERS, filterAndCount, type Filters } from '../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';

// A TimelineJS timeline: every event a milestone.
const model = buildTimelineModel(importInput(readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8')).dataset!);

const bar = (filters: Filters, shown = model) => {
  const { counts, events } = filterAndCount(shown, buildSearchIndex(shown.events), filters);
  render(<FilterBar model={shown} filters={filters} counts={counts} shownCount={events.length} onChange={() => {}} />);
  return within(screen.getByRole('group', { name: 'Kinds' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));
};

describe('FilterBar', () => {
  it('offers only the kinds the dataset has: a TimelineJS timeline of milestones shows no five buttons counting 0', () => {
    expect(model.events.every((e) => e.kind === 'milestone')).toBe(true);
    expect(bar(NO_FILTERS)).toEqual([`Milestone, ${model.events.length} events`]);
  });

  it('keeps a kind the address selects though the dataset has none, so that it can be let go', () => {
    expect(bar({ ...NO_FILTERS, kinds: ['letter'] })).toEqual([`Letter, 0 events`, `Milestone, ${model.events.length} events`]);
  });

  it("calls the lanes Groups and offers no agency role where no event has a recipient (a TimelineJS timeline's groups), unless the address chose a role", () => {
    expect(model.events.every((e) => e.to.length === 0)).toBe(true);
    bar(NO_FILTERS);
    expect(screen.queryByRole('combobox', { name: 'Agency role' })).toBeNull();
    // Its lanes are groups of events, not agencies writing to each other.
    expect(screen.getByRole('group', { name: 'Groups' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Agencies' })).toBeNull();
    cleanup();
    bar({ ...NO_FILTERS, role: 'sent' });
    expect(screen.getByRole('combobox', { name: 'Agency role' })).toHaveValue('sent');
    cleanup();
    bar(NO_FILTERS, buildTimelineModel(importInput(readFileSync('data/roscosmos-iss-2022.json', 'utf8')).dataset!));
    expect(screen.getByRole('combobox', { name: 'Agency role' })).toHaveValue('involving');
    expect(screen.getByRole('group', { name: 'Agencies' })).toBeInTheDocument();
  });
});

describe('FilterBar date fields where the browser writes dates in another order than the page', () => {
  const withDates = (filters: Filters, lang: 'en' | 'ru') => {
    const { counts, events } = filterAndCount(model, buildSearchIndex(model.events), filters);
    const node = <FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={() => {}} />;
    render(
      lang === 'ru' ? (
        <I18nProvider lang="ru" messages={ru}>
          {node}
        </I18nProvider>
      ) : (
        node
      ),
    );
  };
  afterEach(() => vi.restoreAllMocks());

  it('says the chosen day in the page\'s words beside the field, as its description: a Russian page in an en-US browser, whose field shows mm/dd/yyyy', () => {
    // Before, the field's 03/01/1961 was all there was: 1 March, or 3 January to a Russian reader?
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    withDates({ ...NO_FILTERS, from: '1961-03-01', to: '1969-07-20' }, 'ru');
    // Intl writes "г." after a no-break space.
    expect(screen.getByLabelText('С')).toHaveAccessibleDescription(/^1 марта 1961\sг\.$/);
    expect(screen.getByLabelText('По')).toHaveAccessibleDescription(/^20 июля 1969\sг\.$/);
    expect(screen.getByText(/^1 марта 1961\sг\.$/)).toBeVisible();
  });

  it('says nothing more where the field is empty, or where the browser writes dates in the page\'s order', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    withDates({ ...NO_FILTERS, from: null, to: '1969-07-20' }, 'ru');
    expect(screen.getByLabelText('С')).not.toHaveAccessibleDescription();
    cleanup();
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU');
    withDates({ ...NO_FILTERS, from: '1961-03-01' }, 'ru');
    expect(screen.getByLabelText('С')).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/^1 марта 1961/)).toBeNull();
  });

  it('in English too, for a reader whose browser speaks another language month first; not for an en-US reader, whose own order the field shows', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fil-PH');
    withDates({ ...NO_FILTERS, from: '1961-03-01' }, 'en');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('1 March 1961');
    cleanup();
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    withDates({ ...NO_FILTERS, from: '1961-03-01' }, 'en');
    expect(screen.getByLabelText('From')).not.toHaveAccessibleDescription();
  });
});

describe('FilterBar: Clear pressed while a search is still being typed', () => {
  it('clears for good: the search typed just before is not written back a moment later with the filters Clear cleared', async () => {
    // Before, the search was written 200 ms after its last key with the filters of that moment, undoing Clear.
    const onChange = vi.fn();
    const filters: Filters = { ...NO_FILTERS, kinds: ['milestone'] };
    const { counts, events } = filterAndCount(model, buildSearchIndex(model.events), filters);
    render(<FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={onChange} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'orb');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null });
    // The box empties too: its text was not yet the address's.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });
});

describe('FilterBar: Clear pressed while a date typed out of order is held in its field', () => {
  it('clears everything in one change: the held day is not written first (which added a history entry of its own)', async () => {
    // Before, pressing Clear left the To field, which wrote its held day (and the days swapped) to the address, and then cleared.
    const onChange = vi.fn();
    const filters: Filters = { ...NO_FILTERS, from: '1961-03-01' };
    const { counts, events } = filterAndCount(model, buildSearchIndex(model.events), filters);
    render(<FilterBar model={model} filters={filters} counts={counts} shownCount={events.length} onChange={onChange} />);
    const to = screen.getByLabelText('To');
    await userEvent.click(to);
    // A To before the From, as a year being typed is (0002, 0020, …): held, not yet filtered by.
    fireEvent.change(to, { target: { value: '0020-01-01' } });
    expect(to).toHaveValue('0020-01-01');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });
});
