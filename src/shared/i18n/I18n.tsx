import { createContext, useContext, useMemo, type ReactNode } from 'react';
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
export const I18nContext = createContext<I18n>(ENGLISH);

export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => (messages === en ? ENGLISH : { lang, t: messages, f: makeFormat(messages) }), [lang, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The interface's language, its catalogue and its formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
