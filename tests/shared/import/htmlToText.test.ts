import { describe, expect, it } from 'vitest';
import { htmlToText, plainUrls } from '../../../src/shared/import/htmlToText.ts';

describe('htmlToText', () => {
  it('keeps paragraphs as blank lines and <br> as a line break, and decodes entities', () => {
    expect(htmlToText('<p>One &amp; two&nbsp;three</p><p>Four<br>five</p>').text).toBe('One & two\u00a0three\n\nFour\nfive');
  });

  it('drops scripts, styles and embedded documents with their content, and every attribute', () => {
    const { text, links } = htmlToText('<script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><p onclick="steal()">Safe <img src=x onerror=alert(1)>text</p>');
    expect(text).toBe('Safe text');
    expect(links).toEqual([]);
  });

  it('returns each link with its text, whatever its scheme (the caller keeps only https)', () => {
    expect(htmlToText('Read <a href="https://tass.com/1">the <b>TASS</b> report</a> and <a href="javascript:alert(1)">this</a>.').links).toEqual([
      { url: 'https://tass.com/1', text: 'the TASS report' },
      { url: 'javascript:alert(1)', text: 'this' },
    ]);
  });

  it('shows escaped markup as the text it is, never as markup', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;').text).toBe('<script>alert(1)</script>');
  });

  it('reads plain text with blank lines as paragraphs and collapses other whitespace', () => {
    expect(htmlToText('one\n  two\n\n three').text).toBe('one two\n\nthree');
  });

  it('survives unclosed and stray tags', () => {
    expect(htmlToText('<p>open <b>bold</p></i> after <a href="https://a.example">x').text).toBe('open bold\n\nafter x');
  });
});

describe('plainUrls', () => {
  it('finds https addresses without trailing punctuation', () => {
    expect(plainUrls('See https://esa.int/a. Or (https://b.example/x?y=1), not http://c.example.')).toEqual(['https://esa.int/a', 'https://b.example/x?y=1']);
  });
});
