import { createContext, useContext, useMemo, type Context, type ReactNode } from 'react';
import { en, type Messages } from './catalogues/en.ts';
import { makeFormat, type Format } from './format.ts';
import { DEFAULT_LANG, type Lang } from './languages.ts';

export interface I18n {
  lang: Lang;
  /** The catalogue: every word of the interface. */
  t: Messages;
  /** Numbers, plurals, lists and dates in the language. */
  f: Format;
}

/** The interface in English: the default, and what code outside React (tests, the CLI) writes in. */
export const ENGLISH: I18n = { lang: DEFAULT_LANG, t: en, f: makeFormat(en) };

/**
 * One context for the page and every script loaded on demand (the detail panel, the list…): each
 * such script carries its own copy of this module, and a context of its own would never see the
 * page's provider (the panel would always be in English). The first copy to run creates it.
 */
const CONTEXT_GLOBAL = '__correspondenceTimelineI18nContext';
const shared = globalThis as unknown as Record<string, Context<I18n> | undefined>;
export const I18nContext: Context<I18n> = (shared[CONTEXT_GLOBAL] ??= createContext<I18n>(ENGLISH));

export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => (messages === en ? ENGLISH : { lang, t: messages, f: makeFormat(messages) }), [lang, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The interface's language, its catalogue and its formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
