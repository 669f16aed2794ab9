import { EVENT_KINDS } from '../../shared/dataset/vocabulary.ts';
import type { EventKind } from '../../shared/dataset/schema.ts';
import { parseIsoDate } from '../../shared/dates/isoDate.ts';
import { quoteText } from '../../shared/dataset/problem.ts';
import { noticeText } from '../../shared/url/noticeText.ts';
import { inParamOrder, readUrlState, writeUrlState, type Role, type UrlNotice, type UrlState } from '../../shared/url/urlState.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import type { SearchIndex } from './searchIndex.ts';
import { searchWords } from './foldText.ts';
import { ENGLISH, type I18n } from '../../shared/i18n/I18n.tsx';

export interface Filters {
  agencies: string[];
  role: Role;
  kinds: EventKind[];
  q: string;
  /** Inclusive ISO days, or null for open ends. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { agencies: [], role: 'involving', kinds: [], q: '', from: null, to: null };

/** The URL parameters the filters are read from (their parsing is in urlState.ts). */
const FILTER_PARAMS = ['agency', 'role', 'kind', 'q', 'from', 'to'] as const;

/** The filters the address asks for, with the agencies this dataset does not have left out (each a notice). */
export function filtersFromUrl(state: UrlState, model: Pick<TimelineModel, 'actorsById'>): { filters: Filters; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  // Ids are lower-case slugs (the schema's): ?agency=ESA is ESA, as its chip reads.
  const agencies = new Set<string>();
  for (const a of state.agencies) {
    const id = a.toLowerCase();
    if (model.actorsById.has(id)) agencies.add(id);
    else notices.push({ problem: 'not-in-dataset', param: 'agency', value: quoteText(a) });
  }
  const { role, kinds, q, from, to } = state;
  return { filters: { agencies: [...agencies], role, kinds, q, from, to }, notices };
}

const isFilterNotice = (n: UrlNotice) =>
  n.problem === 'swapped' || n.problem === 'not-in-dataset' || ('param' in n && (FILTER_PARAMS as readonly string[]).includes(n.param));

/**
 * Reads filters from URL parameters. Unknown or malformed values are ignored, each with a short
 * notice in plain words; nothing here throws.
 */
export function parseFilters(params: URLSearchParams, model: Pick<TimelineModel, 'actorsById'>, { t, f }: Pick<I18n, 't' | 'f'> = ENGLISH): { filters: Filters; notices: string[] } {
  const { state, notices } = readUrlState(params);
  const own = filtersFromUrl(state, model);
  return { filters: own.filters, notices: inParamOrder([...notices.filter(isFilterNotice), ...own.notices]).map((n) => noticeText(n, t, f)) };
}

/** Writes filters into URL parameters, leaving the others (event, view, data, theme…) alone. */
export function writeFilters(params: URLSearchParams, f: Filters): URLSearchParams {
  return writeUrlState(params, f);
}

/** Whether the search has a word to look for: spaces or punctuation alone look for nothing (searchWords). */
export const searches = (f: Pick<Filters, 'q'>): boolean => searchWords(f.q).length > 0;

export function isFiltered(f: Filters): boolean {
  return f.agencies.length > 0 || f.kinds.length > 0 || searches(f) || f.from !== null || f.to !== null;
}

/** Whether an event involves an actor in the given role: sender, recipient, or either. */
export function involves(e: Pick<TimelineEvent, 'from' | 'to'>, actor: string, role: Role): boolean {
  if (role === 'sent') return e.from === actor;
  if (role === 'received') return e.to.includes(actor);
  return e.from === actor || e.to.includes(actor);
}

/** How many events the other filters leave for each actor (involving it) and each kind (of it). */
interface FacetCounts {
  agency: Map<string, number>;
  kind: Map<EventKind, number>;
}

/**
 * The time a date filter keeps, epoch ms: from the start of its first day to the end of its last
 * (unbounded on a side left empty); undefined when neither is set. An event is kept when it overlaps it.
 */
export function filterDays(from: string | null, to: string | null): [number, number] | undefined {
  if (!from && !to) return undefined;
  return [from ? parseIsoDate(from)!.start : -Infinity, to ? parseIsoDate(to)!.end : Infinity];
}

/**
 * The events that pass every filter, in time order, and for each actor and each kind how many
 * events every filter but its own facet's leaves (what choosing that option would give). Agencies
 * combine with OR; every other filter with AND; search terms must all appear; the date range
 * keeps events whose span overlaps it. One walk over the events for both: the range and the
 * search are tested once per event, not once per facet (with three walks, the filters' task of a
 * search at 100,000 events took 51-57 ms here; bench/NOTES.md).
 */
export function filterAndCount(
  model: Pick<TimelineModel, 'actors' | 'totals'>,
  index: SearchIndex,
  f: Filters,
): { events: readonly TimelineEvent[]; counts: FacetCounts } {
  const kind = new Map<EventKind, number>(EVENT_KINDS.map((k) => [k, 0]));
  if (!isFiltered(f)) {
    // Nothing narrows the events: the same array (views can tell "everything is shown" without a
    // 100,000-id Set), and the model's totals are the counts.
    const byRole = model.totals[f.role];
    for (const k of EVENT_KINDS) kind.set(k, model.totals.kinds.get(k) ?? 0);
    return { events: index.events, counts: { agency: new Map(model.actors.map((a) => [a.id, byRole.get(a.id) ?? 0])), kind } };
  }
  const search = index.matcher(f.q);
  const [from, to] = filterDays(f.from, f.to) ?? [-Infinity, Infinity];
  const { actors } = model;
  const perActor = new Array<number>(actors.length).fill(0);
  const events: TimelineEvent[] = [];
  const all = index.events;
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!;
    if (e.end <= from || e.start >= to || (search !== null && !search(i))) continue;
    const agencyOk = f.agencies.length === 0 || f.agencies.some((a) => involves(e, a, f.role));
    const kindOk = f.kinds.length === 0 || f.kinds.includes(e.kind);
    if (kindOk) for (let a = 0; a < actors.length; a++) if (involves(e, actors[a]!.id, f.role)) perActor[a]!++;
    if (agencyOk) kind.set(e.kind, (kind.get(e.kind) ?? 0) + 1);
    if (agencyOk && kindOk) events.push(e);
  }
  return { events, counts: { agency: new Map(actors.map((a, k) => [a.id, perActor[k]!])), kind } };
}
