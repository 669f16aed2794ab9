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
});
