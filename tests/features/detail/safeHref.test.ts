import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/features/detail/safeHref.ts';

describe('safeHref', () => {
  it('accepts an https address and returns it normalized', () => {
    expect(safeHref('https://tass.com/science/1410643')).toBe('https://tass.com/science/1410643');
    expect(safeHref('HTTPS://Example.org')).toBe('https://example.org/');
  });

  it('refuses http, javascript in any case, data, protocol-relative and unparsable addresses', () => {
    for (const bad of ['http://example.org/', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.com', 'not a url']) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });

  it('refuses an https address with whitespace around it or a control character inside', () => {
    for (const bad of [' https://example.org/', 'https://example.org/\n', 'ht\ttps://example.org/', '']) {
      expect(safeHref(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
