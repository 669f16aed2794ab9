import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar.tsx';
import { NO_FILTERS, filterAndCount, type Filters } from '../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

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
