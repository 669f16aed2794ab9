import type { TimelineEvent } from '../../shared/model/timelineModel.ts';
import { foldText, isAscii, searchWords } from './foldText.ts';

/** The texts an event is searched by: title, summary, author, quotes and their speakers, and all of them in translation. */
function searchParts(e: TimelineEvent): string[] {
  const parts = [e.title, e.summary, e.author ?? ''];
  for (const lang in e.translations) {
    const t = e.translations[lang];
    parts.push(t?.title ?? '', t?.summary ?? '', t?.author ?? '');
  }
  for (const q of e.quotes ?? []) {
    parts.push(q.text, q.speaker ?? '');
    if (q.translation) parts.push(q.translation.text);
    for (const lang in q.translations) parts.push(q.translations[lang]?.speaker ?? '');
  }
  return parts;
}

/** A search's words, folded; and, when they are all ASCII, as case-insensitive patterns for ASCII texts. */
interface SearchTerms {
  folded: string[];
  ascii: RegExp[] | null;
}

function searchTerms(q: string): SearchTerms {
  const folded = searchWords(q);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { folded, ascii: folded.every(isAscii) ? folded.map((t) => new RegExp(escape(t), 'i')) : null };
}

/**
 * The events a search runs over. An event whose texts are all ASCII is searched in them as they
 * are, with case-insensitive patterns (folding ASCII is lower-casing it), so it costs no copy; an
 * event with other characters is searched in its folded text, made the first time a search needs
 * it and kept. What a search found for each event is kept while the search stays the same: the
 * filters and the counts beside them ask three times per change. At 100,000 events (the bench's
 * archive, one in ten not all ASCII) a first search was one task of 473 ms in Chromium here, and
 * became 167–230 ms, with the folded texts kept for the tenth that need folding, not all; a big
 * dataset's first search is now done in slices (warm, useWarmSearch).
 */
export interface SearchIndex {
  readonly events: readonly TimelineEvent[];
  /**
   * Whether events[i] has every word of `q` in its texts (each may be in a different one); null
   * when `q` has no words.
   */
  matcher(q: string): ((i: number) => boolean) | null;
  /** Whether a search for `q` needs no more work than looking up what was found (or `q` has no words). */
  isWarm(q: string): boolean;
  /**
   * Searches for `q` in the events not yet searched, while `timeLeft()` (ms) is over 1; true once
   * every event has been: the work of a first search, in slices (useWarmSearch).
   */
  warm(q: string, timeLeft: () => number): boolean;
}

const UNKNOWN = 0;
const ASCII_ONLY = 1;
const OTHER = 2;
const FOUND = 1;
const NOT_FOUND = 2;

interface Search {
  match: ((i: number) => boolean) | null;
  /** Events before this position have all been searched. */
  warmTo: number;
}

/**
 * Searches kept: the one shown, the one being warmed, and a newer one the reader typed meanwhile,
 * which is asked for before the shown one in a render: with two, it pushed the shown one out, and
 * the shown one was then searched again in one task.
 */
const KEPT_SEARCHES = 3;

export function buildSearchIndex(events: readonly TimelineEvent[]): SearchIndex {
  // By position, not by id: at 100,000 events the map from ids was 83 ms of a first search's 473 (sampled).
  const kinds = new Uint8Array(events.length);
  const folded: string[] = [];
  const hasAll = (i: number, terms: SearchTerms): boolean => {
    if (kinds[i] === OTHER) return terms.folded.every((t) => folded[i]!.includes(t));
    const parts = searchParts(events[i]!);
    if (kinds[i] === UNKNOWN) {
      kinds[i] = parts.every(isAscii) ? ASCII_ONLY : OTHER;
      // Joined by a line break, which no word holds: a word is found within one text.
      if (kinds[i] === OTHER) {
        folded[i] = foldText(parts.join('\n'));
        return terms.folded.every((t) => folded[i]!.includes(t));
      }
    }
    return terms.ascii !== null && terms.ascii.every((re) => parts.some((p) => re.test(p)));
  };
  const searches = new Map<string, Search>();
  const searchFor = (q: string): Search => {
    const kept = searches.get(q);
    if (kept) {
      // Most recently used last.
      searches.delete(q);
      searches.set(q, kept);
      return kept;
    }
    const terms = searchTerms(q);
    const results = new Uint8Array(events.length);
    const search: Search = {
      match:
        terms.folded.length === 0
          ? null
          : (i: number) => {
              if (results[i] === UNKNOWN) results[i] = hasAll(i, terms) ? FOUND : NOT_FOUND;
              return results[i] === FOUND;
            },
      warmTo: terms.folded.length === 0 ? events.length : 0,
    };
    searches.set(q, search);
    if (searches.size > KEPT_SEARCHES) searches.delete(searches.keys().next().value!);
    return search;
  };
  return {
    events,
    matcher: (q) => searchFor(q).match,
    isWarm: (q) => searchFor(q).warmTo >= events.length,
    warm(q, timeLeft) {
      const search = searchFor(q);
      const { match } = search;
      if (!match) return true;
      let i = search.warmTo;
      while (i < events.length) {
        match(i++);
        // Looking at the clock every 256 events: a slice ends within a fraction of a millisecond of its time.
        if ((i & 255) === 0 && timeLeft() <= 1) break;
      }
      search.warmTo = i;
      return i >= events.length;
    },
  };
}
