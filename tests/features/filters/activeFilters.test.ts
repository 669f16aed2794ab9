import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { activeFiltersText } from '../../../src/features/filters/activeFilters.ts';
import { NO_FILTERS } from '../../../src/features/filters/filters.ts';
import { validateDataset } from '../../../src/shared/dataset/validateDataset.ts';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';

const model = buildTimelineModel(validateDataset(JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8'))).dataset!);
const RUSSIAN = { t: ru, f: makeFormat(ru), lang: 'ru' as const };

describe('activeFiltersText', () => {
  it('says nothing when nothing is filtered', () => {
    expect(activeFiltersText(NO_FILTERS, model, ENGLISH)).toBeNull();
  });

  it('says each filter in force, in the order of the filter bar', () => {
    const filters = { agencies: ['nasa', 'esa'], role: 'sent' as const, kinds: ['letter' as const, 'statement' as const], q: '  soyuz ', from: '2022-03-01', to: '2022-04-02' };
    expect(activeFiltersText(filters, model, ENGLISH)).toBe('Agencies: NASA and ESA · Agency role: sent by · Kinds: Letter and Statement · Search: “soyuz” · From 1 March 2022 · To 2 April 2022');
  });

  it('leaves out the role when no agency is chosen, and a search of spaces alone', () => {
    expect(activeFiltersText({ ...NO_FILTERS, role: 'received', q: '   ', to: '2022-04-02' }, model, ENGLISH)).toBe('To 2 April 2022');
  });

  it('says it in Russian', () => {
    expect(activeFiltersText({ ...NO_FILTERS, agencies: ['nasa'], q: 'Союз' }, model, RUSSIAN)).toBe('Ведомства: НАСА · Поиск: «Союз»');
  });
});
