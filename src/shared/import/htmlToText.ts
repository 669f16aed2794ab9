import { Parser } from 'htmlparser2';

/** A link found in HTML: its address and its text. */
export interface HtmlLink {
  url: string;
  text: string;
}

/** Elements whose content is never text for a reader (code, embedded documents, form controls). */
const SKIPPED = new Set(['script', 'style', 'template', 'iframe', 'noscript', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select', 'button']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'blockquote', 'figure', 'figcaption', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'hr', 'address',
]);
const PARAGRAPH = '\u2029'; // a marker no text contains, turned into a blank line at the end

/**
 * HTML (as TimelineJS text holds it) as plain text, with its links. htmlparser2's tokenizer reads
 * the markup as data: nothing is ever put into a document, so scripts and event handlers are only
 * words that are dropped, and this runs the same in a Web Worker and in Node. Paragraphs are kept
 * as blank lines and <br> as a line break; entities are decoded; other whitespace is collapsed.
 */
export function htmlToText(html: string): { text: string; links: HtmlLink[]; frames: string[] } {
  let out = '';
  /** The address of each <iframe> (an embedded map or video): never loaded, only read as an address. */
  const frames: string[] = [];
  let skipDepth = 0;
  let pre = 0;
  const links: HtmlLink[] = [];
  const open: { href: string; start: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'iframe' && skipDepth === 0 && attribs.src) frames.push(attribs.src.trim());
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (BLOCKS.has(name)) out += PARAGRAPH;
        if (name === 'pre') pre++;
        if (name === 'br') out += '\n';
        if (name === 'a') open.push({ href: (attribs.href ?? '').trim(), start: out.length });
      },
      ontext(data) {
        if (skipDepth > 0) return;
        out += pre > 0 ? data : data.replace(/\s*\n\s*\n\s*/g, PARAGRAPH).replace(/[ \t\n\r\f]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (BLOCKS.has(name)) out += PARAGRAPH;
        if (name === 'a') {
          const a = open.pop();
          if (a && a.href !== '') links.push({ url: a.href, text: tidy(out.slice(a.start)) });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(out), links, frames };
}

/** Blank lines between paragraphs, no spaces at line ends, nothing around the whole. */
function tidy(s: string): string {
  return s
    .split(/\u2029+/)
    .map((p) => p.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

const PLAIN_URL = /\bhttps:\/\/[^\s<>"']+/g;

/** https addresses written as plain text (TimelineJS's autolink turns them into links); trailing punctuation is not part of them. */
export function plainUrls(text: string): string[] {
  return Array.from(text.matchAll(PLAIN_URL), (m) => m[0].replace(/[.,;:!?)\]]+$/, ''));
}
