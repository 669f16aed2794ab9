import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '../../../src/features/detail/DetailPanel.tsx';
import { EventTable } from '../../../src/features/list/EventTable.tsx';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { I18nProvider } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

/** Two letters, the reply without a source (kept, with an 'unsourced' warning). */
function twoLetters() {
  const d = JSON.parse(readFileSync('tests/fixtures/valid-minimal.json', 'utf8')) as { events: Record<string, unknown>[] };
  d.events[1]!.sources = [];
  const result = validateDataset(d);
  expect(result.problems.map((p) => p.code)).toEqual(['unsourced']);
  return buildTimelineModel(result.dataset!);
}

const panel = (model: ReturnType<typeof twoLetters>, id: string, linkFor?: (id: string) => string) => (
  <DetailPanel model={model} event={model.eventsById.get(id)!} onSelect={vi.fn()} onClose={vi.fn()} {...(linkFor ? { linkFor } : {})} />
);

describe('an event without a source', () => {
  it('is marked "Unsourced" in words in the detail panel, and its Sources say none is given', () => {
    const model = twoLetters();
    render(panel(model, 'reply', (id) => `https://timeline.example/?event=${id}`));
    const aside = screen.getByRole('complementary');
    expect(within(aside).getByText('Unsourced')).toBeInTheDocument();
    expect(within(aside).getByText('The dataset gives no source for this event.')).toBeInTheDocument();
    expect(within(aside).queryByRole('list', { name: 'Sources' })).toBeNull();
  });

  it('is not marked when it has a source', () => {
    render(panel(twoLetters(), 'demand', (id) => id));
    expect(screen.queryByText('Unsourced')).toBeNull();
    expect(screen.getByRole('list', { name: 'Sources' })).toHaveTextContent('TASS');
  });

  it('is marked "Unsourced" in the list, on its row only', () => {
    const model = twoLetters();
    render(<EventTable model={model} events={model.events} onSelect={vi.fn()} />);
    const [, demand, reply] = screen.getAllByRole('row');
    expect(within(reply!).getByText('Unsourced')).toBeInTheDocument();
    expect(within(demand!).queryByText('Unsourced')).toBeNull();
  });

  it('is marked in the language of the interface', () => {
    const model = twoLetters();
    render(
      <I18nProvider lang="ru" messages={ru}>
        {panel(model, 'reply')}
        <EventTable model={model} events={model.events} />
      </I18nProvider>,
    );
    expect(screen.getAllByText('Без источника')).toHaveLength(2);
    expect(screen.getByText('В наборе данных нет источника для этого события.')).toBeInTheDocument();
  });
});

describe('a panel whose view cannot be shared (a file opened on this computer)', () => {
  it('offers no link to copy, and says why', () => {
    render(panel(twoLetters(), 'demand'));
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(screen.getByText('No link to this event: it comes from a file opened on this computer.')).toBeInTheDocument();
  });
});
