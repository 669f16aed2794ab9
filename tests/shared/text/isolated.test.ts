import { describe, expect, it } from 'vitest';
import { FSI, isolated, PDI } from '../../../src/shared/text/isolated.ts';

describe('isolated', () => {
  it('leaves text without right-to-left characters or bidi controls as it is', () => {
    for (const text of ['"dark"', '«тёмная»', '"2022-02-30"', '"<b>nope</b>"', '"😀 ok"', '']) expect(isolated(text)).toBe(text);
  });

  it('wraps text with right-to-left characters in FSI … PDI (Hebrew, Arabic, their digits and presentation forms, a right-to-left mark)', () => {
    for (const text of ['"שלום"', '"مرحبا 2022"', '"٢٠٢٢"', '"ﻻ"', 'a\u200Fb', '"𐤀"']) expect(isolated(text), text).toBe(`${FSI}${text}${PDI}`);
  });

  it('shows every explicit directional formatting character as its escape, so that none is left unpaired to reorder what follows', () => {
    expect(isolated('"\u202Ekrad"')).toBe('"\\u202ekrad"');
    expect(isolated('"a\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069b"')).toBe('"a\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069b"');
    // A PDI in the value cannot close the isolate around it.
    expect(isolated('"\u2069שלום\u202E"')).toBe(`${FSI}"\\u2069שלום\\u202e"${PDI}`);
  });

  it('shows every invisible character as its escape, so that a value does not look like another (before, ?agency=nasa%E2%80%8B was said as "nasa" is not in this dataset)', () => {
    expect(isolated('"nasa\u200B"')).toBe('"nasa\\u200b"');
    expect(isolated('"rogozin-posts-replies\u00AD"')).toBe('"rogozin-posts-replies\\u00ad"');
    expect(isolated('"\uFEFFa\u2060b\u180E"')).toBe('"\\ufeffa\\u2060b\\u180e"');
    // The joiners emoji and several scripts are written with stay as they are.
    expect(isolated('"👩\u200D🚀 \u0645\u200Cی"')).toBe(`${FSI}"👩\u200D🚀 \u0645\u200Cی"${PDI}`);
  });

  it('gives back, in a JSON-quoted value, a JSON string of the same value', () => {
    const value = 'x\u202Ey\u2069\u200B\u00AD';
    expect(JSON.parse(isolated(JSON.stringify(value)))).toBe(value);
  });
});
