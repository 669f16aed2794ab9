import { formatDateInWords } from '../../shared/dates/formatEventDate.ts';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import type { I18n } from '../../shared/i18n/I18n.tsx';
import { lanesAreGroups, type TimelineModel } from '../../shared/model/timelineModel.ts';
import { translatedActorName } from '../../shared/model/translated.ts';
import { searches, type Filters } from './filters.ts';

/**
 * The filters in force, in words, for the printed page, whose chips, boxes and date fields are
 * not printed: "Agencies: NASA and ESA · Kinds: Letter · Search: “soyuz” · From 1 March 2022".
 * Null when nothing is filtered.
 */
export function activeFiltersText(filters: Filters, model: TimelineModel, { t, f, lang }: Pick<I18n, 't' | 'f' | 'lang'>): string | null {
  const parts: string[] = [];
  const names = filters.agencies.flatMap((id) => {
    const actor = model.actorsById.get(id);
    return actor ? [translatedActorName(actor, lang)] : [];
  });
  if (names.length > 0) {
    parts.push(`${lanesAreGroups(model) ? t.filters.groups : t.filters.agencies}: ${f.list(names)}`);
    if (filters.role !== 'involving') parts.push(`${t.filters.role}: ${t.filters.roles[filters.role]}`);
  }
  if (filters.kinds.length > 0) parts.push(`${t.filters.kinds}: ${f.list(filters.kinds.map((k) => t.kinds[k]))}`);
  if (searches(filters)) parts.push(`${t.filters.search}: ${t.filters.quoted(filters.q.trim())}`);
  for (const end of ['from', 'to'] as const) {
    const day = filters[end] && parseIsoDate(filters[end]);
    if (day) parts.push(`${t.filters[end]} ${formatDateInWords(day, f.dates)}`);
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}
