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

const formats = new WeakMap<Messages, Format>();
/** A catalogue's formatters, made once: the first Intl object starts ICU (20-30 ms here). */
export function formatOf(messages: Messages): Format {
  let f = formats.get(messages);
  if (!f) formats.set(messages, (f = makeFormat(messages)));
  return f;
}

/**
 * The interface in English: the default, and what code outside React (tests, the CLI) writes in.
 * Its formatters are made when first asked for, not as the script runs: the page starts ICU in a
 * task of its own (app/warmUp.ts).
 */
export const ENGLISH: I18n = {
  lang: DEFAULT_LANG,
  t: en,
  get f() {
    return formatOf(en);
  },
};
/*
 * One context for the page and the scripts it loads on demand (the detail panel, the list, the
 * Embed dialog's form), each of which the build gives its own copy of this module: the first copy
 * to run makes the context and the others find it here. A context of their own would give them
 * its default, English, whatever the page's language.
 */
const CONTEXT_GLOBAL = '__correspondenceTimelineI18nContext';
const contexts = globalThis as unknown as Record<typeof CONTEXT_GLOBAL, Context<I18n> | undefined>;
export const I18nContext: Context<I18n> = (contexts[CONTEXT_GLOBAL] ??= createContext<I18n>(ENGLISH));

export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => (messages === en ? ENGLISH : { lang, t: messages, f: formatOf(messages) }), [lang, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The interface's language, its catalogue and its formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
