import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from '../../../src/features/embed/embedSnippet.ts';

describe('buildEmbedSnippet', () => {
  it("allows the frame the clipboard's writing, and nothing more, so that an event's Copy link works in the article", () => {
    const snippet = buildEmbedSnippet({ pageUrl: 'https://example.org/timeline/?agency=esa', height: 600, theme: 'auto', title: 'Timeline: T' });
    const iframe = snippet.split('\n')[0]!;
    expect(iframe).toContain(' allow="clipboard-write" ');
    expect(iframe.match(/ allow=/g)).toHaveLength(1);
    expect(iframe).not.toContain('sandbox');
  });

  it("writes a title's directional formatting characters as character references, so that the code shown reads as pasted", () => {
    // Before, a dataset title holding U+202E reversed the rest of the snippet in the Embed dialog ('"%001"=htdiw …').
    const title = 'Timeline: Bridge \u202Eevil\u2066 letters\u2069 \u202A';
    const snippet = buildEmbedSnippet({ pageUrl: 'https://example.org/timeline/', height: 600, theme: 'auto', title });
    expect(snippet).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(snippet).toContain(' title="Timeline: Bridge &#x202E;evil&#x2066; letters&#x2069; &#x202A;" ');
    // The page it is pasted in reads the title as it was.
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelector('iframe')!.title).toBe(title);
  });
});
