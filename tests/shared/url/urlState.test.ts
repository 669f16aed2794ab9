import { describe, expect, it } from 'vitest';
import { ENGLISH, type I18n } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';
import { LIMITS } from '../../../src/shared/dataset/limits.ts';
import { noticeText } from '../../../src/shared/url/noticeText.ts';
import { daysInOrder, DEFAULT_STATE, inParamOrder, MAX_LIST_VALUES, parseDaySpan, readUrlState, writeUrlState, type UrlNotice, type UrlState } from '../../../src/shared/url/urlState.ts';

const read = (q: string) => readUrlState(new URLSearchParams(q));
const write = (q: string, changes: Partial<UrlState>) => writeUrlState(new URLSearchParams(q), changes).toString();
const RUSSIAN: Pick<I18n, 't' | 'f'> = { t: ru, f: makeFormat(ru) };
/** Notices as the page lists them. */
const texts = (notices: readonly UrlNotice[], { t, f }: Pick<I18n, 't' | 'f'> = ENGLISH) => inParamOrder(notices).map((n) => noticeText(n, t, f));

describe('readUrlState', () => {
  it('gives the defaults for an empty address', () => {
    expect(read('')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it('reads every parameter', () => {
    const { state, notices } = read(
      'data=mine.json&agency=esa,nasa&role=sent&kind=letter,statement&q=рогозин&from=2022-03-01&to=2022-04-30&event=e1&view=list&sort=newest&theme=dark&embed=1&window=2022-03-10..2022-04-05&lang=ru',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      data: 'mine.json',
      agencies: ['esa', 'nasa'],
      role: 'sent',
      kinds: ['letter', 'statement'],
      q: 'рогозин',
      from: '2022-03-01',
      to: '2022-04-30',
      event: 'e1',
      view: 'list',
      sort: 'newest',
      theme: 'dark',
      embed: true,
      window: { start: '2022-03-10', end: '2022-04-05' },
      lang: 'ru',
    });
  });

  it('leaves out what is malformed, with a notice each, and keeps the rest', () => {
    const { state, notices } = read('view=grid&theme=pink&role=owner&kind=letter,memo&window=March&from=2022-02-30&agency=esa&lang=fr');
    expect(state).toMatchObject({ view: 'chart', theme: null, role: 'involving', kinds: ['letter'], window: null, from: null, agencies: ['esa'] });
    expect(inParamOrder(notices).map((n) => noticeText(n, ENGLISH.t, ENGLISH.f))).toEqual([
      'role: "owner" is not involving, sent or received (ignored)',
      'kind: "memo" is not a kind of event (ignored)',
      'from: "2022-02-30" is not a date like 2022-03-01 (ignored)',
      'view: "grid" is not chart or list (ignored)',
      'window: "March" is not a span like 2022-03-10..2022-04-05 (showing the whole timeline)',
      'theme: "pink" is not light or dark (ignored)',
      'lang: "fr" is not en or ru (ignored)',
    ]);
  });

  it('reads the List view\'s order from ?sort= (newest, oldest, in any case), ignoring any other value with a notice', () => {
    expect(read('sort=newest')).toEqual({ state: { ...DEFAULT_STATE, sort: 'newest' }, notices: [] });
    expect(read('sort=NEWEST&sort=newest')).toEqual({ state: { ...DEFAULT_STATE, sort: 'newest' }, notices: [{ problem: 'repeated', param: 'sort', times: 2, value: 'NEWEST' }] });
    expect(read('sort=oldest')).toEqual({ state: DEFAULT_STATE, notices: [] });
    for (const v of ['', '%20', '&sort=']) expect(read(`sort=${v}`), v).toEqual({ state: DEFAULT_STATE, notices: [] });
    const { state, notices } = read('sort=desc&view=list');
    expect(state).toEqual({ ...DEFAULT_STATE, view: 'list' });
    expect(texts(notices)).toEqual(['sort: "desc" is not oldest or newest (ignored)']);
    expect(texts(notices, RUSSIAN)).toEqual(['sort: «desc» — не oldest или newest (не учтено)']);
  });

  it('says days swapped as typed in the From and To fields by the fields\' names and the days in words, not as the address\'s from/to', () => {
    // Before, a Russian reader who typed a «С» after the «По» was told «from/to: 2022-04-01 позже 2022-03-10 (даты переставлены)»:
    // the address's English parameters, about an address the reader never wrote.
    const typed = { ...daysInOrder('2022-04-01', '2022-03-10').swapped!, typed: true };
    // (Intl writes «2022 г.» with a no-break space.)
    expect(texts([typed], RUSSIAN)).toEqual(['Дата в поле «С» (1 апреля 2022\u00a0г.) позже даты в поле «По» (10 марта 2022\u00a0г.): даты переставлены']);
    expect(texts([typed])).toEqual(['The day in From (1 April 2022) was after the day in To (10 March 2022): the two were swapped']);
    // From the address, as before.
    expect(texts(read('from=2022-04-01&to=2022-03-10').notices, RUSSIAN)).toEqual(['from/to: 2022-04-01 позже 2022-03-10 (даты переставлены)']);
  });

  it('swaps a ?window= whose first day is after its last, saying so in English and Russian, as ?from= after ?to= is', () => {
    const { state, notices } = read('window=2022-03-10..2022-03-09');
    expect(state.window).toEqual({ start: '2022-03-09', end: '2022-03-10' });
    expect(texts(notices)).toEqual(['window: 2022-03-10 is after 2022-03-09 (dates swapped)']);
    expect(texts(notices, RUSSIAN)).toEqual(['window: 2022-03-10 позже 2022-03-09 (даты переставлены)']);
    // An impossible day is still no span, in either order.
    expect(read('window=2022-03-10..2022-02-30')).toMatchObject({ state: { window: null }, notices: [{ problem: 'not-a-window' }] });
  });

  it('reads a language by its tag in any case or region (RU, ru-RU, en_GB) and a word in any case (DARK, List, SENT), without a notice', () => {
    for (const [query, lang] of [['lang=RU', 'ru'], ['lang=ru-RU', 'ru'], ['lang=en_GB', 'en'], ['lang=Ru-ua', 'ru']] as const) {
      expect(read(query), query).toEqual({ state: { ...DEFAULT_STATE, lang }, notices: [] });
    }
    const { state, notices } = read('theme=DARK&view=List&role=SENT');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ theme: 'dark', view: 'list', role: 'sent' });
    // A language we have not, in any spelling, still gets its notice, quoting what was written.
    expect(inParamOrder(read('lang=FR-fr').notices).map((n) => noticeText(n, ENGLISH.t, ENGLISH.f))).toEqual(['lang: "FR-fr" is not en or ru (ignored)']);
  });

  it('turns embed on for 1, true and yes in any case, off for 0, false and no, and says so for any other value', () => {
    for (const v of ['1', 'true', 'TRUE', 'yes', 'Yes', ' 1 ']) expect(read(`embed=${encodeURIComponent(v)}`), v).toEqual({ state: { ...DEFAULT_STATE, embed: true }, notices: [] });
    for (const v of ['0', 'false', 'no', '']) expect(read(`embed=${v}`), v).toEqual({ state: DEFAULT_STATE, notices: [] });
    const { state, notices } = read('embed=embedded');
    expect(state.embed).toBe(false);
    expect(texts(notices)).toEqual(['embed: "embedded" is not 1, true or yes (ignored)']);
  });

  it('merges a list parameter given more than once (agency, kind), as if its values were written with commas', () => {
    expect(read('agency=esa&agency=nasa,csa&kind=letter&kind=statement&agency=esa')).toEqual({
      state: { ...DEFAULT_STATE, agencies: ['esa', 'nasa', 'csa'], kinds: ['letter', 'statement'] },
      notices: [],
    });
  });

  it('counts the values of a repeated list parameter together against the limit', () => {
    const half = Array.from({ length: MAX_LIST_VALUES / 2 + 1 }, (_, i) => `a${i}`).join(',');
    const { state, notices } = read(`agency=${half}&agency=${half.replace(/a/g, 'b')}`);
    expect(state.agencies).toHaveLength(MAX_LIST_VALUES);
    expect(texts(notices)).toEqual([`agency: more than ${MAX_LIST_VALUES} values; only the first ${MAX_LIST_VALUES} were read`]);
  });

  it('uses the first value of a parameter that takes one, saying so when the others differ', () => {
    const { state, notices } = read('view=list&view=chart&lang=ru&lang=en&q=a&q=b&q=c&from=2022-03-01&from=2022-04-01&role=sent&role=sent&theme=&theme=dark');
    expect(state).toMatchObject({ view: 'list', lang: 'ru', q: 'a', from: '2022-03-01', role: 'sent', theme: 'dark' });
    expect(texts(notices)).toEqual([
      'q: given 3 times; using "a"',
      'from: given twice; using "2022-03-01"',
      'view: given twice; using "list"',
      'lang: given twice; using "ru"',
    ]);
    expect(texts(read('view=list&view=chart').notices, RUSSIAN)).toEqual(['view: указан дважды; используется «list»']);
    expect(texts(read('q=a&q=b&q=c&q=d&q=e').notices, RUSSIAN)).toEqual(['q: указан 5 раз; используется «a»']);
    expect(texts(read('q=a&q=b&q=c').notices, RUSSIAN)).toEqual(['q: указан 3 раза; используется «a»']);
  });

  it('reads a kind in any case (LETTER, Statement), as role, view and theme are read', () => {
    expect(read('kind=LETTER,Statement,letter')).toEqual({ state: { ...DEFAULT_STATE, kinds: ['letter', 'statement'] }, notices: [] });
    // Not a kind in any case: quoted as written.
    expect(texts(read('kind=MEMO').notices)).toEqual(['kind: "MEMO" is not a kind of event (ignored)']);
  });

  it('reads a list with spaces after its commas, and skips empty values, without a notice', () => {
    expect(read('agency=esa,%20nasa&agency=,csa,,&kind=letter,,%20statement%20,')).toEqual({
      state: { ...DEFAULT_STATE, agencies: ['esa', 'nasa', 'csa'], kinds: ['letter', 'statement'] },
      notices: [],
    });
  });

  it('cuts a long list value to one character more than any id may have, so that it cannot match an id', () => {
    const id = 'a'.repeat(LIMITS.shortText);
    expect(read(`agency=${id}b`).state.agencies).toEqual([`${id}b`]);
    expect(read(`agency=${id}bcd`).state.agencies).toEqual([`${id}b`]);
  });

  it('keeps ?from= and ?to= of the same day as they are, without a notice, and a ?window= of one day too', () => {
    expect(read('from=2022-03-10&to=2022-03-10')).toEqual({ state: { ...DEFAULT_STATE, from: '2022-03-10', to: '2022-03-10' }, notices: [] });
    expect(read('window=2022-03-10..2022-03-10')).toEqual({ state: { ...DEFAULT_STATE, window: { start: '2022-03-10', end: '2022-03-10' } }, notices: [] });
  });

  it('reads a ?window= only with two dots between its days', () => {
    for (const v of ['2022-03-10...2022-04-05', '2022-03-10.2022-04-05']) {
      expect(read(`window=${v}`), v).toEqual({ state: DEFAULT_STATE, notices: [{ problem: 'not-a-window', value: v }] });
    }
  });

  it('quotes a long malformed value in its notice by its first 79 characters and an ellipsis', () => {
    expect(texts(read(`theme=${'x'.repeat(100)}`).notices)).toEqual([`theme: "${'x'.repeat(79)}…" is not light or dark (ignored)`]);
  });

  it('says so when ?q= is cut to 200 characters, in English and Russian', () => {
    const { state, notices } = read(`q=${'я'.repeat(201)}`);
    expect(state.q).toBe('я'.repeat(200));
    expect(texts(notices)).toEqual(['q: longer than 200 characters; only the first 200 are searched for']);
    expect(texts(notices, RUSSIAN)).toEqual(['q: длиннее 200 символов; ищутся только первые 200']);
    expect(read(`q=${'я'.repeat(200)}`).notices).toEqual([]);
    expect(read(`q=${'😀'.repeat(201)}`).notices).toHaveLength(1);
  });
});

describe('inParamOrder', () => {
  it('lists a swapped ?from= and ?to= with ?to=, after a notice about ?from=', () => {
    const swapped: UrlNotice = { problem: 'swapped', from: '2022-04-01', to: '2022-03-01' };
    const repeated: UrlNotice = { problem: 'repeated', param: 'from', times: 2, value: '2022-04-01' };
    expect(inParamOrder([swapped, repeated])).toEqual([repeated, swapped]);
  });
});

describe('noticeText', () => {
  it('quotes a value from the address as the page\'s language does: «…» on the Russian page, as its problems are', () => {
    // Before: «agency: "zzz" нет в этом наборе данных (не учтено)», straight quotes amid Russian words.
    expect(texts(read('kind=memo&sort=desc').notices, RUSSIAN)).toEqual(['kind: «memo» — не тип события (не учтено)', 'sort: «desc» — не oldest или newest (не учтено)']);
    expect(texts(read('kind=memo').notices)).toEqual(['kind: "memo" is not a kind of event (ignored)']);
  });

  it('isolates a quoted value, so that a right-to-left override in it cannot reverse the notice, and shows the override', () => {
    const { notices } = read('theme=%E2%80%AEkrad&agency=x&agency=%E2%80%AEasn%2Cesa&view=%D7%A9%D7%9C%D7%95%D7%9D&kind=%E2%81%A9%E2%81%A6x');
    expect(texts(notices)).toEqual([
      'kind: "\\u2069\\u2066x" is not a kind of event (ignored)',
      'view: \u2068"שלום"\u2069 is not chart or list (ignored)',
      'theme: "\\u202ekrad" is not light or dark (ignored)',
    ]);
    for (const text of texts(notices)) expect(text, text).not.toMatch(/[\u202A-\u202E\u2066\u2067]/);
  });
});

describe('parseDaySpan', () => {
  it('reads two days in order, inclusive', () => {
    expect(parseDaySpan('2022-03-10..2022-03-10')).toEqual({ start: '2022-03-10', end: '2022-03-10' });
  });

  it('refuses days out of order, impossible days, other precisions and other separators', () => {
    for (const v of ['2022-04-05..2022-03-10', '2022-02-30..2022-03-01', '2022-03..2022-04', '2022-03-10/2022-04-05', '2022-03-10..', '..2022-04-05']) {
      expect(parseDaySpan(v), v).toBeNull();
    }
  });
});

describe('daysInOrder', () => {
  it('swaps a first day after the last, with the notice ?from= after ?to= gets, and leaves days in order or open ends alone', () => {
    expect(daysInOrder('2022-04-01', '2022-03-10')).toEqual({ from: '2022-03-10', to: '2022-04-01', swapped: { problem: 'swapped', from: '2022-04-01', to: '2022-03-10' } });
    expect(daysInOrder('2022-03-10', '2022-03-10')).toEqual({ from: '2022-03-10', to: '2022-03-10', swapped: null });
    expect(daysInOrder('2022-04-01', null)).toEqual({ from: '2022-04-01', to: null, swapped: null });
    expect(read('from=2022-04-01&to=2022-03-10').notices).toEqual([daysInOrder('2022-04-01', '2022-03-10').swapped]);
  });
});

describe('writeUrlState', () => {
  it('writes each field to its parameter and leaves unknown parameters alone', () => {
    expect(write('utm=x', { agencies: ['esa'], kinds: ['letter'], event: 'e1', window: { start: '2022-03-10', end: '2022-04-05' } })).toBe(
      'utm=x&agency=esa&kind=letter&event=e1&window=2022-03-10..2022-04-05',
    );
  });

  it('removes a parameter set back to its default', () => {
    expect(write('view=list&role=sent&theme=dark&embed=1&window=2022-03-10..2022-04-05&q=x', { view: 'chart', role: 'involving', theme: null, embed: false, window: null, q: '' })).toBe('');
    expect(write('view=list&sort=newest', { sort: 'oldest' })).toBe('view=list');
  });

  it('writes the List view\'s order newest first as ?sort=newest, oldest first (the default) as nothing', () => {
    expect(write('view=list', { sort: 'newest' })).toBe('view=list&sort=newest');
    expect(write('sort=junk', { sort: 'oldest' })).toBe('');
  });

  it('round-trips every state through the address', () => {
    const state: UrlState = {
      data: 'https://example.org/a.json',
      agencies: ['a', 'b'],
      role: 'received',
      kinds: ['sanction'],
      q: 'a & b',
      from: '2022-01-01',
      to: '2022-12-31',
      event: 'x-1',
      view: 'list',
      sort: 'newest',
      theme: 'light',
      embed: true,
      window: { start: '2022-02-01', end: '2022-02-28' },
      lang: 'ru',
    };
    expect(read(writeUrlState(new URLSearchParams(), state).toString())).toEqual({ state, notices: [] });
  });
});
