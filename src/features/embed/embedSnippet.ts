import { BIDI_CONTROLS } from '../../shared/text/isolated.ts';
import { writeUrlState } from '../../shared/url/urlState.ts';

/**
 * Escapes text for an HTML attribute value in double quotes. A directional formatting character
 * (a dataset's title may hold one) is written as its character reference: as itself, a U+202E
 * reversed the rest of the code shown in the Embed dialog, the developer reading another snippet
 * than the one pasted. The page it is pasted in reads the same title either way.
 */
function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BIDI_CONTROLS, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** The frame heights the snippet gives, in CSS pixels: below 250 the chart has no room, above 4000 no article needs. */
export const MIN_EMBED_HEIGHT = 250;
export const MAX_EMBED_HEIGHT = 4000;

/** The height the snippet gives for one asked for: whole pixels, within the limits. */
export const embedHeight = (asked: number): number => Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, asked)));

interface SnippetOptions {
  /** The app's page URL as the reader sees it now (its parameters carry the view). */
  pageUrl: string;
  height: number;
  theme: 'auto' | 'light' | 'dark';
  /** The iframe's title, in the interface's words: "Timeline: …". */
  title: string;
}

/** The embed URL: the current view plus embed=1, without the reader's own theme choice unless set. */
function embedUrl({ pageUrl, theme }: Pick<SnippetOptions, 'pageUrl' | 'theme'>): string {
  const u = new URL(pageUrl);
  u.hash = '';
  u.search = writeUrlState(u.searchParams, { theme: theme === 'auto' ? null : theme, embed: true }).toString();
  return u.href;
}

/** The iframe and the host script line a newsroom pastes into its article. */
export function buildEmbedSnippet(o: SnippetOptions): string {
  const src = embedUrl(o);
  const script = new URL('embed.js', new URL('.', o.pageUrl)).href;
  const height = embedHeight(o.height);
  return [
    // allow="clipboard-write": an event's Copy link copies in the article as on the full page (no more).
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(o.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" allow="clipboard-write" data-correspondence-timeline></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
