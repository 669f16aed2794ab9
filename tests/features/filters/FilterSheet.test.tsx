import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterSheetButton } from '../../../src/features/filters/FilterSheet.tsx';
import { NO_FILTERS, type Filters } from '../../../src/features/filters/filters.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

const model = buildTimelineModel(parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8')).dataset!);

const button = (filters: Filters, shown = 19) => {
  const { unmount } = render(<FilterSheetButton model={model} filters={filters} shownCount={shown} onOpen={() => {}} className="" ref={null} />);
  const text = screen.getByRole('button').textContent;
  unmount();
  return text;
};

describe('FilterSheetButton', () => {
  it('counts each agency, kind, date and a search with a word as one active filter', () => {
    expect(button({ ...NO_FILTERS, agencies: ['nasa', 'esa'], kinds: ['letter'], q: 'Nelson,', from: '2022-03-01' }, 2)).toBe('Filters (5 active) · 2 of 19 events');
  });

  it('counts no search while the box holds only spaces or punctuation, which look for nothing', () => {
    expect(button({ ...NO_FILTERS, q: '  ' })).toBe('Filters · 19 of 19 events');
    expect(button({ ...NO_FILTERS, q: ' , «» ' })).toBe('Filters · 19 of 19 events');
  });
});
