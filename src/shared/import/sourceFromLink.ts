import { clip, LIMITS } from '../dataset/limits.ts';

/*
 * A source an author gave only as a link (a spreadsheet's `source 1 url` alone, a TimelineJS
 * slide's link) is named after it rather than lost: its publisher is the link's site
 * (`www.tass.ru` → `tass.ru`) and its title the link's text, or the link itself. One rule for
 * every importer.
 */

/** A source named after its link, or null when `url` is no address with a site. */
export function sourceFromLink(url: string, text = ''): { title: string; publisher: string; url: string } | null {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  if (host === '') return null;
  // A long address is cut to a title's length; the link itself stays whole in `url`.
  return { title: clip(text || url, LIMITS.shortText), publisher: clip(host, LIMITS.shortText), url };
}
