import { afterEach, describe, expect, it } from 'vitest';
import { pageHref, pageHrefWith } from '../../src/app/pageUrl.ts';

const at = (path: string) => window.history.replaceState(null, '', `${window.location.origin}${path}`);

afterEach(() => at('/'));

describe('pageHref', () => {
  it('keeps a page served at //evil.example on its own origin, where location.pathname would leave it', () => {
    at('//evil.example?data=/missing.json');
    expect(window.location.pathname).toBe('//evil.example');
    expect(pageHrefWith({ data: null })).toBe(`${window.location.origin}//evil.example`);
    expect(new URL(pageHrefWith({ data: null })).origin).toBe(window.location.origin);
  });

  it('replaces the query, and drops the fragment unless asked to keep it', () => {
    at('/app/?agency=esa#x');
    expect(pageHref(new URLSearchParams('view=list'))).toBe(`${window.location.origin}/app/?view=list`);
    expect(pageHref(new URLSearchParams(''), { keepHash: true })).toBe(`${window.location.origin}/app/#x`);
  });

  it('sets and removes parameters, keeping the others', () => {
    at('/?agency=esa&embed=1');
    expect(pageHrefWith({ event: 'a b', embed: false })).toBe(`${window.location.origin}/?agency=esa&event=a+b`);
  });
});
