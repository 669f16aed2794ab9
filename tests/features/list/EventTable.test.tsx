import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EventTable } from '../../../src/features/list/EventTable.tsx';
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
