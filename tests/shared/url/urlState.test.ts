import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { DEFAULT_STATE, inParamOrder, noticeText, parseDaySpan, readUrlState, writeUrlState, type UrlState } from '../../../src/shared/url/urlState.ts';

const read = (q: string) => readUrlState(new URLSearchParams(q));
const write = (q: string, changes: Partial<UrlState>) => writeUrlState(new URLSearchParams(q), changes).toString();

describe('readUrlState', () => {
  it('gives the defaults for an empty address', () => {
    expect(read('')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it('reads every parameter', () => {
    const { state, notices } = read(
      'data=mine.json&agency=esa,nasa&role=sent&kind=letter,statement&q=рогозин&from=2022-03-01&to=2022-04-30&event=e1&view=list&theme=dark&embed=1&window=2022-03-10..2022-04-05&lang=ru',
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

  it('treats embed as on only for embed=1', () => {
    expect(read('embed=true').state.embed).toBe(false);
    expect(read('embed=1').state.embed).toBe(true);
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

describe('writeUrlState', () => {
  it('writes each field to its parameter and leaves unknown parameters alone', () => {
    expect(write('utm=x', { agencies: ['esa'], kinds: ['letter'], event: 'e1', window: { start: '2022-03-10', end: '2022-04-05' } })).toBe(
      'utm=x&agency=esa&kind=letter&event=e1&window=2022-03-10..2022-04-05',
    );
  });

  it('removes a parameter set back to its default', () => {
    expect(write('view=list&role=sent&theme=dark&embed=1&window=2022-03-10..2022-04-05&q=x', { view: 'chart', role: 'involving', theme: null, embed: false, window: null, q: '' })).toBe('');
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
      theme: 'light',
      embed: true,
      window: { start: '2022-02-01', end: '2022-02-28' },
      lang: 'ru',
    };
    expect(read(writeUrlState(new URLSearchParams(), state).toString())).toEqual({ state, notices: [] });
  });
});
