import { useEffect, useState, type ReactNode } from 'react';
import type { Messages } from '../shared/i18n/catalogues/en.ts';
import { I18nProvider } from '../shared/i18n/I18n.tsx';
import { chooseLanguage, type Lang } from '../shared/i18n/languages.ts';
import { loadCatalogue } from '../shared/i18n/loadCatalogue.ts';
import { readUrlState } from '../shared/url/urlState.ts';
import { useLocationSearch } from './useLocationSearch.ts';

interface Language {
  lang: Lang;
  messages: Messages;
}

/** The language the page asks for: ?lang=, else the reader's browser languages, else English. */
export function wantedLanguage(search: URLSearchParams): Lang {
  return chooseLanguage(readUrlState(search).state.lang, typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));
}

/**
 * Holds the interface's language and follows the address: a new ?lang= loads that catalogue (a
 * script of its own) and then switches, so the page never shows a mix. <html lang> follows.
 */
export function LanguageRoot({ initial, children }: { initial: Language; children: ReactNode }) {
  const [params] = useLocationSearch();
  const wanted = wantedLanguage(params);
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    if (wanted === current.lang) return;
    let live = true;
    loadCatalogue(wanted)
      .then((messages) => live && setCurrent({ lang: wanted, messages }))
      // A catalogue that cannot load leaves the page in the language it has.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, current.lang]);
  useEffect(() => {
    document.documentElement.lang = current.lang;
  }, [current.lang]);
  return (
    <I18nProvider lang={current.lang} messages={current.messages}>
      {children}
    </I18nProvider>
  );
}
