import type { Messages } from '../../src/shared/i18n/catalogues/en.ts';
import { enDetailTexts, type DetailTexts } from '../../src/shared/i18n/detailTexts.ts';
import { enListTexts, type ListTexts } from '../../src/shared/i18n/listTexts.ts';
import { enEmbedTexts, type EmbedTexts } from '../../src/shared/i18n/embedTexts.ts';
import { enNoticeTexts, type NoticeTexts } from '../../src/shared/i18n/noticeTexts.ts';
import { enOpenFileTexts, type OpenFileTexts } from '../../src/shared/i18n/openFileTexts.ts';
import { enProblemTexts, type ProblemTexts } from '../../src/shared/i18n/problemTexts.ts';

/*
 * A pseudo-locale: the English catalogue with every message wrapped in ⟦…⟧ (functions wrap what
 * they return; plural forms wrap each form). Rendered with it, any letter on the page outside
 * ⟦…⟧ that is not dataset text, a date or a language's own name came from somewhere else than
 * the catalogue.
 */
const OPEN = '⟦';
const CLOSE = '⟧';

function wrap(value: unknown): unknown {
  if (typeof value === 'string') return `${OPEN}${value}${CLOSE}`;
  if (typeof value === 'function') return (...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown)(...args));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
  return value;
}

/** The pseudo-locale made from a catalogue; its `locale` (how Intl writes dates and numbers) is kept. */
export function pseudoCatalogue(m: Messages): Messages {
  // Like any language but English, it shows problems from its catalogue, not as written.
  return {
    ...(wrap(m) as Messages),
    locale: m.locale,
    problemTexts: wrap(m.problemTexts ?? enProblemTexts) as ProblemTexts,
    openFileTexts: wrap(m.openFileTexts ?? enOpenFileTexts) as OpenFileTexts,
    embedTexts: wrap(m.embedTexts ?? enEmbedTexts) as EmbedTexts,
    detailTexts: wrap(m.detailTexts ?? enDetailTexts) as DetailTexts,
    listTexts: wrap(m.listTexts ?? enListTexts) as ListTexts,
    noticeTexts: wrap(m.noticeTexts ?? enNoticeTexts) as NoticeTexts,
  };
}

/** Text with every ⟦…⟧ taken out, innermost first (a message may hold another one as a value). */
export function withoutWrapped(text: string): string {
  let s = text;
  for (;;) {
    const next = s.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    if (next === s) return s;
    s = next;
  }
}

/**
 * Every fragment of literal English in a catalogue that another catalogue says differently: whole
 * strings, and the text around a function's values. A Russian page holding one shows English.
 */
export function englishFragments(en: Messages, other: Messages): string[] {
  const out = new Set<string>();
  const MARK = '\u0001';
  const add = (fragment: string) => {
    const f = fragment.trim().replace(/^[\s,.:;·()—–-]+|[\s,.:;·()—–-]+$/g, '');
    if (/[A-Za-z]{3,}/.test(f)) out.add(f);
  };
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string') {
      if (a !== b) for (const piece of a.split('#')) add(piece);
    } else if (typeof a === 'function') {
      const args = Array.from({ length: Math.max(a.length, 1) }, () => MARK);
      const enText = String((a as (...x: string[]) => unknown)(...args));
      const otherText = typeof b === 'function' ? String((b as (...x: string[]) => unknown)(...args)) : '';
      // A piece the other language writes too (a parameter's name such as "data:") is not English.
      for (const piece of enText.split(MARK)) if (!otherText.includes(piece.trim())) add(piece);
    } else if (typeof a === 'object' && a !== null) {
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown> | undefined)?.[k]);
    }
  };
  // English's problem texts, opened file's, Embed form's, panel's, list's and address notices' texts live outside its catalogue (problemTexts.ts, openFileTexts.ts, embedTexts.ts, detailTexts.ts, listTexts.ts, noticeTexts.ts): compared all the same.
  walk({ ...en, locale: null, problemTexts: en.problemTexts ?? enProblemTexts, openFileTexts: en.openFileTexts ?? enOpenFileTexts, embedTexts: en.embedTexts ?? enEmbedTexts, detailTexts: en.detailTexts ?? enDetailTexts, listTexts: en.listTexts ?? enListTexts, noticeTexts: en.noticeTexts ?? enNoticeTexts }, { ...other, locale: null });
  return [...out];
}

/** Every string a reader sees or hears: text nodes, accessible-name attributes and the document's title. */
export function pageStrings(root: ParentNode = document.body): string[] {
  const out: string[] = [document.title];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    // translate="no" marks what no language changes: a problem's place in the file (`events[3].date`).
    if (node.parentElement?.closest('script, style, template, textarea, [translate="no"]')) continue;
    out.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription', 'aria-description']) {
      const v = el.getAttribute(attr);
      if (v) out.push(v);
    }
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Every string in a JSON value (a dataset's text, which no catalogue holds). */
export function jsonStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}
