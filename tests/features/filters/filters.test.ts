import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_VALUES, ROLES } from '../../../src/shared/url/urlState.ts';
import {
  NO_FILTERS,
  filterAndCount,
  involves,
  isFiltered,
  parseFilters,
  writeFilters,
  type Filters,
} from '../../../src/features/filters/filters.ts';
import { buildSearchIndex } from '../../../src/features/filters/searchIndex.ts';
import { parseDatasetText } from '../../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel } from '../../../src/shared/model/timelineModel.ts';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';
import { EVENT_KINDS } from '../../../src/shared/dataset/vocabulary.ts';

const r = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
const model = buildTimelineModel(r.dataset!);
const index = buildSearchIndex(model.events);

const ids = (f: Partial<Filters>) => filterAndCount(model, index, { ...NO_FILTERS, ...f }).events.map((e) => e.id);
// The same events without their Russian titles and summaries, or their quotes' speakers in Russian: what the Russian quotes alone find.
const untranslated = model.events.map((e) => ({ ...e, translations: undefined, quotes: e.quotes?.map((q) => ({ text: q.text, lang: q.lang, ...(q.speaker === undefined ? {} : { speaker: q.speaker }), ...(q.translation ? { translation: q.translation } : {}) })) }));
const quoteIds = (q: string) => filterAndCount(model, buildSearchIndex(untranslated), { ...NO_FILTERS, q }).events.map((e) => e.id);
const parse = (query: string) => parseFilters(new URLSearchParams(query), model);
const counts = (f: Partial<Filters>) => {
  const c = filterAndCount(model, index, { ...NO_FILTERS, ...f }).counts;
  return { agency: Object.fromEntries(c.agency), kind: Object.fromEntries(c.kind) };
};

describe('the bundled dataset used by these tests', () => {
  it('validates without problems and holds 19 events in this time order', () => {
    expect(r.problems).toEqual([]);
    expect(model.events.map((e) => e.id)).toEqual([
      'biden-sanctions',
      'rogozin-deorbit-warning',
      'nasa-cooperation-continues',
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'roscosmos-reliability-statement',
      'rogozin-end-of-march-deadline',
      'soyuz-ms19-landing',
      'lueders-extension-2030',
      'strugovets-announces-statement',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
      'nasa-aware-of-comments',
      'rogozin-year-notice',
      'nelson-not-pulling-out',
      'rogozin-dismissed-seat-swap',
      'borisov-leave-after-2024',
    ]);
  });
});

describe('filterAndCount: the events shown, by agency and role', () => {
  it('keeps every event when no filter is set', () => {
    expect(ids({})).toEqual(model.events.map((e) => e.id));
  });

  it('keeps the events ESA sent or received when the role is involving', () => {
    expect(ids({ agencies: ['esa'] })).toEqual([
      'rogozin-demands-letters',
      'aschbacher-reply-letter',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
    ]);
  });

  it('keeps only the event ESA sent when the role is sent', () => {
    expect(ids({ agencies: ['esa'], role: 'sent' })).toEqual(['aschbacher-reply-letter']);
  });

  it('keeps only the events addressed to ESA when the role is received', () => {
    expect(ids({ agencies: ['esa'], role: 'received' })).toEqual([
      'rogozin-demands-letters',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
    ]);
  });

  it('combines two agencies with OR', () => {
    expect(ids({ agencies: ['esa', 'csa'] })).toEqual([
      'rogozin-demands-letters',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
    ]);
  });

  it('keeps the five events NASA sent when the role is sent', () => {
    expect(ids({ agencies: ['nasa'], role: 'sent' })).toEqual([
      'nasa-cooperation-continues',
      'nelson-reply-letter',
      'lueders-extension-2030',
      'nasa-aware-of-comments',
      'nelson-not-pulling-out',
    ]);
  });

  it('keeps nothing for an actor that takes part in no event', () => {
    expect(ids({ agencies: ['jaxa'] })).toEqual([]);
  });
});

describe('filterAndCount: the events shown, by kind', () => {
  it('keeps only the four letters for kind letter', () => {
    expect(ids({ kinds: ['letter'] })).toEqual([
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
    ]);
  });

  it('combines two kinds with OR', () => {
    expect(ids({ kinds: ['letter', 'social-post'] })).toEqual([
      'rogozin-deorbit-warning',
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'rogozin-posts-replies',
    ]);
  });

  it('combines agency and kind with AND: Roscosmos and letter keeps the letters it sent or received', () => {
    expect(ids({ agencies: ['roscosmos'], kinds: ['letter'] })).toEqual([
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
    ]);
  });

  it('combines agency, role and kind with AND: letters Roscosmos sent are only the 12 March demand', () => {
    expect(ids({ agencies: ['roscosmos'], role: 'sent', kinds: ['letter'] })).toEqual(['rogozin-demands-letters']);
  });

  it('combines agency and kind with AND: Roscosmos social posts', () => {
    expect(ids({ agencies: ['roscosmos'], kinds: ['social-post'] })).toEqual(['rogozin-deorbit-warning', 'rogozin-posts-replies']);
  });
});

describe('filterAndCount: the events shown, by search text', () => {
  it('finds the Cyrillic name Рогозин, written in lower case, in the speakers of the Russian quotes', () => {
    expect(quoteIds('рогозин')).toEqual(['rogozin-deorbit-warning', 'rogozin-demands-letters', 'rogozin-posts-replies']);
  });

  it('finds the Cyrillic word МКС in the three Russian quotes that use it', () => {
    expect(quoteIds('мкс')).toEqual(['rogozin-deorbit-warning', 'rogozin-demands-letters', 'rogozin-posts-replies']);
  });

  it('finds an event by its Russian title or summary as well as by its English ones', () => {
    expect(ids({ q: 'Канада поддерживает программу' })).toEqual(['campbell-reply-letter']);
    expect(ids({ q: 'кэмпбелл' })).toEqual(['campbell-reply-letter', 'rogozin-posts-replies']);
    expect(quoteIds('кэмпбелл')).toEqual(['rogozin-posts-replies']);
    expect(ids({ q: 'Campbell' })).toContain('campbell-reply-letter');
  });

  it("finds an event by the words of its quote's speaker in Russian, which no other text of it has", () => {
    // «Юрий Борисов (сказано по-русски Владимиру Путину; …)»
    expect(ids({ q: 'Владимиру' })).toEqual(['borisov-leave-after-2024']);
    expect(quoteIds('Владимиру')).toEqual([]);
  });

  it('finds every event that mentions Rogozin in Russian (Рогозин) as in English (Rogozin)', () => {
    expect(ids({ q: 'рогозин' })).toEqual(expect.arrayContaining(ids({ q: 'rogozin' })));
  });

  it('finds the Cyrillic stem незаконн in both Russian quotes that demand lifting the illegal sanctions', () => {
    expect(ids({ q: 'НЕЗАКОНН' })).toEqual(['rogozin-demands-letters', 'rogozin-posts-replies']);
  });

  it('requires every Cyrillic term to appear: незаконные санкции is only in the 12 March quote', () => {
    expect(ids({ q: 'незаконные санкции' })).toEqual(['rogozin-demands-letters']);
  });

  it('finds the Cyrillic spelling Кэмпбелл only in the 2 April thread among the quotes', () => {
    expect(quoteIds('кэмпбелл')).toEqual(['rogozin-posts-replies']);
  });

  it('finds спасёт when searched as спасет (ё folded to е)', () => {
    expect(ids({ q: 'спасет' })).toEqual(['rogozin-deorbit-warning']);
  });

  it('ignores case: ROGOZIN finds every event whose title, summary, author or quotes name him', () => {
    expect(ids({ q: 'ROGOZIN' })).toEqual([
      'rogozin-deorbit-warning',
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'rogozin-end-of-march-deadline',
      'strugovets-announces-statement',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
      'rogozin-year-notice',
      'rogozin-dismissed-seat-swap',
    ]);
  });

  it('ignores accents and case: aschbächer matches Aschbacher', () => {
    expect(ids({ q: 'aschbächer' })).toEqual(['aschbacher-reply-letter', 'rogozin-posts-replies']);
    expect(ids({ q: 'ASCHBÄCHER' })).toEqual(['aschbacher-reply-letter', 'rogozin-posts-replies']);
  });

  it('searches translations: the English translation of a Russian quote names Campbell', () => {
    expect(ids({ q: 'campbell' })).toEqual(['campbell-reply-letter', 'rogozin-posts-replies']);
  });

  it('requires every term of a multi-word search to appear', () => {
    expect(ids({ q: 'canada' })).toEqual(['nelson-reply-letter', 'campbell-reply-letter']);
    expect(ids({ q: 'campbell canada' })).toEqual(['campbell-reply-letter']);
    expect(ids({ q: 'nelson' })).toEqual(['nelson-reply-letter', 'rogozin-posts-replies', 'nelson-not-pulling-out']);
    expect(ids({ q: '  nelson   letter ' })).toEqual(['nelson-reply-letter']);
  });

  it('keeps nothing when one of the terms appears nowhere', () => {
    expect(ids({ q: 'nelson zzzz' })).toEqual([]);
  });

  it('treats a search of only spaces as no search', () => {
    expect(ids({ q: '   ' })).toHaveLength(19);
  });

  it('does not search the date notes or sources', () => {
    // "Moscow time" is only in the date note of the 12 March demand; "Life.ru" only in a source.
    expect(ids({ q: 'moscow time' })).toEqual([]);
    expect(ids({ q: 'life.ru' })).toEqual([]);
  });
});

describe('filterAndCount: the events shown, by date range', () => {
  it('keeps March events and the three reply letters whose 12 March–2 April window overlaps March', () => {
    expect(ids({ from: '2022-03-01', to: '2022-03-31' })).toEqual([
      'rogozin-demands-letters',
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'roscosmos-reliability-statement',
      'rogozin-end-of-march-deadline',
      'soyuz-ms19-landing',
      'lueders-extension-2030',
    ]);
  });

  it('keeps the reply letters on a single day inside their window', () => {
    expect(ids({ from: '2022-04-01', to: '2022-04-01' })).toEqual([
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'strugovets-announces-statement',
    ]);
  });

  it('with only a start, keeps everything that ends on or after it, including the windows ending that day', () => {
    expect(ids({ from: '2022-04-02' })).toEqual([
      'nelson-reply-letter',
      'campbell-reply-letter',
      'aschbacher-reply-letter',
      'rogozin-posts-replies',
      'journal-asks-authenticity',
      'nasa-aware-of-comments',
      'rogozin-year-notice',
      'nelson-not-pulling-out',
      'rogozin-dismissed-seat-swap',
      'borisov-leave-after-2024',
    ]);
  });

  it('with a start the day after the reply window ends, leaves the replies out', () => {
    expect(ids({ from: '2022-04-03' })).toEqual([
      'rogozin-year-notice',
      'nelson-not-pulling-out',
      'rogozin-dismissed-seat-swap',
      'borisov-leave-after-2024',
    ]);
  });

  it('with only an end, keeps everything that starts on or before it', () => {
    expect(ids({ to: '2022-02-25' })).toEqual(['biden-sanctions', 'rogozin-deorbit-warning', 'nasa-cooperation-continues']);
  });

  it('combines the date range with other filters using AND', () => {
    expect(ids({ from: '2022-03-01', to: '2022-03-31', agencies: ['nasa'], role: 'sent' })).toEqual([
      'nelson-reply-letter',
      'lueders-extension-2030',
    ]);
  });
});

describe('parseFilters', () => {
  it('parses valid parameters with no notice', () => {
    expect(parse('agency=esa,csa&role=sent&kind=letter,statement&q=Rogozin+letters&from=2022-03-01&to=2022-04-02')).toEqual({
      filters: {
        agencies: ['esa', 'csa'],
        role: 'sent',
        kinds: ['letter', 'statement'],
        q: 'Rogozin letters',
        from: '2022-03-01',
        to: '2022-04-02',
      },
      notices: [],
    });
  });

  it('gives no filters and no notices for empty parameters', () => {
    expect(parse('')).toEqual({ filters: NO_FILTERS, notices: [] });
  });

  it('trims list items and skips empty ones', () => {
    expect(parse('agency=%20esa%20,,csa,&kind=,letter').filters).toEqual({ ...NO_FILTERS, agencies: ['esa', 'csa'], kinds: ['letter'] });
  });

  it('ignores an agency not in the dataset with a notice and keeps the known ones', () => {
    expect(parse('agency=nasa,isro')).toEqual({
      filters: { ...NO_FILTERS, agencies: ['nasa'] },
      notices: ['agency: "isro" is not in this dataset (ignored)'],
    });
  });

  it('reads an agency and a kind in any case (ESA, LETTER), once each, as their chips read', () => {
    expect(parse('agency=ESA,Nasa,esa&kind=LETTER')).toEqual({ filters: { ...NO_FILTERS, agencies: ['esa', 'nasa'], kinds: ['letter'] }, notices: [] });
    // Unknown in any case: quoted as written.
    expect(parse('agency=ISRO').notices).toEqual(['agency: "ISRO" is not in this dataset (ignored)']);
  });

  it('reads ?agency= given twice as both agencies', () => {
    expect(parse('agency=esa&agency=nasa')).toEqual({ filters: { ...NO_FILTERS, agencies: ['esa', 'nasa'] }, notices: [] });
  });

  it('reads at most MAX_LIST_VALUES values of a list parameter, each unknown value once, with one notice for the rest', () => {
    const { filters, notices } = parse(`agency=esa${',x'.repeat(100_000)}&kind=letter${',fax'.repeat(300_000)}`);
    expect(filters).toEqual({ ...NO_FILTERS, agencies: ['esa'], kinds: ['letter'] });
    expect(notices).toEqual([
      `agency: more than ${MAX_LIST_VALUES} values; only the first ${MAX_LIST_VALUES} were read`,
      'agency: "x" is not in this dataset (ignored)',
      `kind: more than ${MAX_LIST_VALUES} values; only the first ${MAX_LIST_VALUES} were read`,
      'kind: "fax" is not a kind of event (ignored)',
    ]);
  });

  it('gives at most one notice per distinct value read, and matches no id with a value cut to length', () => {
    const distinct = Array.from({ length: 2 * MAX_LIST_VALUES }, (_, i) => `a${i}`).join(',');
    expect(parse(`agency=${distinct}`).notices).toHaveLength(MAX_LIST_VALUES + 1);
    const long = `esa${'e'.repeat(1_000_000)}`;
    expect(parse(`agency=${long}`)).toEqual({
      filters: NO_FILTERS,
      notices: [`agency: "esa${'e'.repeat(76)}…" is not in this dataset (ignored)`],
    });
  });

  it('keeps the first 200 characters of q, whatever its length', () => {
    expect(parse(`q=${'я'.repeat(1_000_000)}`).filters.q).toBe('я'.repeat(200));
    expect(parse(`q=${'😀'.repeat(300)}`).filters.q).toBe('😀'.repeat(200));
  });

  it('ignores an unknown role with a notice and falls back to involving', () => {
    expect(parse('role=owner')).toEqual({
      filters: NO_FILTERS,
      notices: ['role: "owner" is not involving, sent or received (ignored)'],
    });
  });

  it('ignores an unknown kind with a notice and keeps the known ones', () => {
    expect(parse('kind=memo,letter')).toEqual({
      filters: { ...NO_FILTERS, kinds: ['letter'] },
      notices: ['kind: "memo" is not a kind of event (ignored)'],
    });
  });

  it('ignores an impossible date with a notice', () => {
    expect(parse('from=2022-02-30')).toEqual({
      filters: NO_FILTERS,
      notices: ['from: "2022-02-30" is not a date like 2022-03-01 (ignored)'],
    });
  });

  it('ignores a date that is not a whole day with a notice', () => {
    expect(parse('to=2022-03')).toEqual({
      filters: NO_FILTERS,
      notices: ['to: "2022-03" is not a date like 2022-03-01 (ignored)'],
    });
  });

  it('treats an empty date parameter as an open end without a notice', () => {
    expect(parse('from=&to=')).toEqual({ filters: NO_FILTERS, notices: [] });
  });

  it('swaps a start after the end, with a notice', () => {
    expect(parse('from=2022-04-02&to=2022-03-01')).toEqual({
      filters: { ...NO_FILTERS, from: '2022-03-01', to: '2022-04-02' },
      notices: ['from/to: 2022-04-02 is after 2022-03-01 (dates swapped)'],
    });
  });

  it('removes duplicate agencies and kinds, keeping the first order', () => {
    expect(parse('agency=esa,csa,esa&kind=letter,milestone,letter')).toEqual({
      filters: { ...NO_FILTERS, agencies: ['esa', 'csa'], kinds: ['letter', 'milestone'] },
      notices: [],
    });
  });

  it('reports every bad value at once, in parameter order', () => {
    expect(parse('agency=x&role=y&kind=z&from=2022-13-01&to=nope').notices).toEqual([
      'agency: "x" is not in this dataset (ignored)',
      'role: "y" is not involving, sent or received (ignored)',
      'kind: "z" is not a kind of event (ignored)',
      'from: "2022-13-01" is not a date like 2022-03-01 (ignored)',
      'to: "nope" is not a date like 2022-03-01 (ignored)',
    ]);
  });

  it('shortens a long bad value in its notice to 80 characters', () => {
    const { notices } = parse(`agency=${'a'.repeat(100)}`);
    expect(notices).toEqual([`agency: "${'a'.repeat(79)}…" is not in this dataset (ignored)`]);
  });

  it('cuts the search text to 200 characters', () => {
    expect(parse(`q=${'x'.repeat(250)}`).filters.q).toBe('x'.repeat(200));
  });
});

describe('writeFilters', () => {
  const full: Filters = {
    agencies: ['esa', 'csa'],
    role: 'received',
    kinds: ['letter', 'social-post'],
    q: 'Рогозин & co, 100%',
    from: '2022-03-01',
    to: '2022-04-02',
  };

  it('round-trips every filter through parseFilters', () => {
    expect(parseFilters(writeFilters(new URLSearchParams(), full), model)).toEqual({ filters: full, notices: [] });
  });

  it('leaves the event, view and data parameters untouched', () => {
    const before = new URLSearchParams('event=nelson-reply-letter&view=list&data=%2Fx.json');
    const next = writeFilters(before, full);
    expect(next.get('event')).toBe('nelson-reply-letter');
    expect(next.get('view')).toBe('list');
    expect(next.get('data')).toBe('/x.json');
    expect([...next.keys()]).toEqual(['event', 'view', 'data', 'agency', 'role', 'kind', 'q', 'from', 'to']);
  });

  it('does not change the parameters it was given', () => {
    const before = new URLSearchParams('view=list&agency=nasa');
    writeFilters(before, full);
    expect(before.toString()).toBe('view=list&agency=nasa');
  });

  it('writes nothing for the defaults, so role=involving is not written', () => {
    expect(writeFilters(new URLSearchParams(), NO_FILTERS).toString()).toBe('');
    expect(writeFilters(new URLSearchParams(), { ...NO_FILTERS, agencies: ['nasa'] }).toString()).toBe('agency=nasa');
  });

  it('removes filter parameters that are no longer set and keeps the rest', () => {
    const before = new URLSearchParams('agency=nasa&role=sent&kind=letter&q=x&from=2022-03-01&to=2022-03-02&event=e1');
    expect(writeFilters(before, NO_FILTERS).toString()).toBe('event=e1');
  });

  it('joins lists with commas', () => {
    const next = writeFilters(new URLSearchParams(), { ...NO_FILTERS, agencies: ['esa', 'csa'], kinds: ['letter', 'milestone'] });
    expect(next.get('agency')).toBe('esa,csa');
    expect(next.get('kind')).toBe('letter,milestone');
  });
});

describe('isFiltered', () => {
  it('is false for no filters', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('is false for a role alone, since a role only narrows an agency', () => {
    expect(isFiltered({ ...NO_FILTERS, role: 'sent' })).toBe(false);
  });

  it('is false for a search of only spaces or punctuation, which looks for nothing', () => {
    expect(isFiltered({ ...NO_FILTERS, q: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: ' , «» ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: 'Nelson,' })).toBe(true);
  });

  it('is true as soon as any one filter is set', () => {
    expect(isFiltered({ ...NO_FILTERS, agencies: ['nasa'] })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, kinds: ['letter'] })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, q: 'iss' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, from: '2022-03-01' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, to: '2022-03-01' })).toBe(true);
  });
});

describe('involves', () => {
  const e = { from: 'nasa', to: ['roscosmos', 'esa'] };

  it('counts the sender for sent and involving, not for received', () => {
    expect(involves(e, 'nasa', 'sent')).toBe(true);
    expect(involves(e, 'nasa', 'involving')).toBe(true);
    expect(involves(e, 'nasa', 'received')).toBe(false);
  });

  it('counts each recipient for received and involving, not for sent', () => {
    expect(involves(e, 'esa', 'received')).toBe(true);
    expect(involves(e, 'esa', 'involving')).toBe(true);
    expect(involves(e, 'esa', 'sent')).toBe(false);
  });

  it('is false in every role for an actor that takes no part', () => {
    expect(involves(e, 'csa', 'involving')).toBe(false);
    expect(involves(e, 'csa', 'sent')).toBe(false);
    expect(involves(e, 'csa', 'received')).toBe(false);
  });

  it('is false for received when the event has no recipient', () => {
    expect(involves({ from: 'nasa', to: [] }, 'nasa', 'received')).toBe(false);
  });
});

describe('filterAndCount: the facet counts', () => {
  const allKinds = { letter: 4, 'social-post': 2, statement: 9, 'press-report': 1, sanction: 1, milestone: 2 };

  it('with no filters, counts the events involving each actor and the events of each kind', () => {
    expect(counts({})).toEqual({
      agency: { roscosmos: 14, nasa: 9, esa: 4, csa: 4, jaxa: 0, 'us-gov': 2, press: 1 },
      kind: allKinds,
    });
  });

  it('with no filters, has kind counts summing to the 19 events', () => {
    expect(Object.values(counts({}).kind).reduce((a, b) => a + b, 0)).toBe(19);
  });

  it('agrees with the events shown for each agency', () => {
    const { agency } = counts({});
    for (const a of model.actors) expect(agency[a.id], a.id).toBe(ids({ agencies: [a.id] }).length);
  });

  it('with kind=letter, counts agencies over the letters only but ignores the kind filter for kind counts', () => {
    expect(counts({ kinds: ['letter'] })).toEqual({
      agency: { roscosmos: 4, nasa: 2, esa: 2, csa: 2, jaxa: 0, 'us-gov': 0, press: 0 },
      kind: allKinds,
    });
  });

  it('with agency=esa, counts kinds over ESA events only but ignores the agency filter for agency counts', () => {
    expect(counts({ agencies: ['esa'] })).toEqual({
      agency: { roscosmos: 14, nasa: 9, esa: 4, csa: 4, jaxa: 0, 'us-gov': 2, press: 1 },
      kind: { letter: 2, 'social-post': 1, statement: 0, 'press-report': 1, sanction: 0, milestone: 0 },
    });
  });

  it('with role=sent, counts each actor by the events it sent', () => {
    expect(counts({ role: 'sent' }).agency).toEqual({ roscosmos: 10, nasa: 5, esa: 1, csa: 1, jaxa: 0, 'us-gov': 1, press: 1 });
  });

  it('applies the search and the date range to both facets', () => {
    expect(counts({ q: 'незаконные санкции', from: '2022-03-01', to: '2022-03-31' })).toEqual({
      agency: { roscosmos: 1, nasa: 1, esa: 1, csa: 1, jaxa: 0, 'us-gov': 0, press: 0 },
      kind: { letter: 1, 'social-post': 0, statement: 0, 'press-report': 0, sanction: 0, milestone: 0 },
    });
  });
});

describe('facet counts before any filter', () => {
  it('come from the model’s totals and equal a count over every event, for each role', () => {
    const gen = buildTimelineModel(generateDataset({ events: 2000, actors: 6, seed: 5 }));
    // An event that names its sender among its recipients, and a recipient twice, counts once.
    const odd = buildTimelineModel({
      version: 1,
      title: 'Odd',
      actors: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      events: [{ id: 'x', date: '2022-01-01', kind: 'letter', from: 'a', to: ['a', 'b', 'b'], title: 'X', summary: 'S', sources: [{ title: 'T', publisher: 'P' }] }],
    });
    for (const m of [gen, odd, model]) {
      for (const role of ROLES) {
        const f = { ...NO_FILTERS, role };
        const { counts } = filterAndCount(m, buildSearchIndex(m.events), f);
        for (const a of m.actors) expect(counts.agency.get(a.id)).toBe(m.events.filter((e) => involves(e, a.id, role)).length);
        for (const k of EVENT_KINDS) expect(counts.kind.get(k)).toBe(m.events.filter((e) => e.kind === k).length);
      }
    }
  });
});

describe('filterAndCount on a generated archive', () => {
  const gen = buildTimelineModel(generateDataset({ events: 2000, actors: 6, seed: 11 }));
  const genIndex = buildSearchIndex(gen.events);
  // Each filter on its own, written out plainly: what the one walk must agree with.
  // The search on its own: the index's matcher, which the search tests above check.
  const found = (q: string) => {
    const match = genIndex.matcher(q);
    return new Set(genIndex.events.filter((_, i) => match === null || match(i)));
  };
  const passes = (e: (typeof gen.events)[number], f: Filters, skip: 'agency' | 'kind' | 'none', searched: Set<unknown>) =>
    (skip === 'agency' || f.agencies.length === 0 || f.agencies.some((a) => involves(e, a, f.role))) &&
    (skip === 'kind' || f.kinds.length === 0 || f.kinds.includes(e.kind)) &&
    (f.from === null || e.end > Date.parse(`${f.from}T00:00:00Z`)) &&
    (f.to === null || e.start < Date.parse(`${f.to}T00:00:00Z`) + 86_400_000) &&
    searched.has(e);
  const cases: Partial<Filters>[] = [
    { agencies: ['agency-2'] },
    { agencies: ['agency-1', 'agency-4'], role: 'sent', kinds: ['letter', 'statement'] },
    { kinds: ['milestone'], from: '2021-01-01', to: '2021-06-30' },
    { q: 'station', agencies: ['agency-3'], role: 'received' },
    { q: 'crew', kinds: ['social-post'], from: '2020-06-01' },
  ];
  it.each(cases)('gives the events every filter passes and, per facet, the count the other filters leave: %j', (partial) => {
    const f = { ...NO_FILTERS, ...partial };
    const { events, counts } = filterAndCount(gen, genIndex, f);
    const searched = found(f.q);
    expect(events.map((e) => e.id)).toEqual(gen.events.filter((e) => passes(e, f, 'none', searched)).map((e) => e.id));
    expect(events.length).toBeGreaterThan(0);
    for (const a of gen.actors) expect(counts.agency.get(a.id), a.id).toBe(gen.events.filter((e) => passes(e, f, 'agency', searched) && involves(e, a.id, f.role)).length);
    for (const k of EVENT_KINDS) expect(counts.kind.get(k), k).toBe(gen.events.filter((e) => passes(e, f, 'kind', searched) && e.kind === k).length);
  });
});
