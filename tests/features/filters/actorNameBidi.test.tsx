import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar.tsx';
import { NO_FILTERS, filterAndCount } from '../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { Legend } from '../../../src/features/timeline/Legend.tsx';
import { chartFrame } from '../../../src/features/timeline/layout/chartFrame.ts';
import { legendEntries } from '../../../src/features/timeline/layout/legendEntries.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

/*
 * An actor's name with a right-to-left override in it: before, the filter chip and the legend
 * honoured it, "+\u202eevil\u202c" showing as "+live", while the "from → to" lines left it out.
 */
const file = {
  version: 1,
  title: 'T',
  actors: [
    { id: 'evil', name: '+\u202eevil\u202c' },
    { id: 'nasa', name: 'NASA', translations: { ru: { name: '\u202eНАСА' } } },
  ],
  events: [{ id: 'a', date: '2022-03-01', kind: 'letter', from: 'evil', to: ['nasa'], title: 'A', summary: 'S', sources: [{ title: 'S', publisher: 'P' }] }],
};
const model = buildTimelineModel(importInput(JSON.stringify(file)).dataset!);

describe("an actor's name with bidi controls, shown as text", () => {
  it('leaves them out of the filter chips, as the "from → to" lines do', () => {
    const { counts, events } = filterAndCount(model, buildSearchIndex(model.events), NO_FILTERS);
    render(<FilterBar model={model} filters={NO_FILTERS} counts={counts} shownCount={events.length} onChange={() => {}} />);
    const chips = within(screen.getByRole('group', { name: 'Agencies' })).getAllByRole('button');
    expect(chips.map((b) => b.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('+evil')]));
    for (const b of chips) {
      expect(b.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(b.getAttribute('aria-label')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it('leaves them out of the legend and the lanes, in every language the dataset gives', () => {
    for (const lang of ['en', 'ru']) {
      const frame = chartFrame(model, model.events, 1200, lang, lang);
      expect(frame.lanes.map((l) => l.name)).toEqual(lang === 'en' ? ['+evil', 'NASA'] : ['+evil', 'НАСА']);
      const { unmount } = render(<Legend lanes={frame.lanes} groups={false} entries={legendEntries(model.events)} />);
      const senders = within(screen.getByRole('list', { name: 'Senders' }));
      expect(senders.getAllByRole('listitem').map((li) => li.textContent)).toEqual(frame.lanes.map((l) => l.name));
      unmount();
    }
  });
});
