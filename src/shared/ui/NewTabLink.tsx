import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.tsx';

/**
 * A link that opens in a new tab and says so: an arrow to the eye, "(opens in a new tab)" to a
 * screen reader, in the page's language even where the link's text is in another (`lang`).
 */
export function NewTabLink({ href, lang, className, children }: { href: string; lang?: string | undefined; className: string; children: ReactNode }) {
  const { t, lang: pageLang } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" dir="auto" lang={lang} className={className}>
      {children}
      {/* Neither printed nor copied with the link's text: on paper and in a citation they say nothing. */}
      <span aria-hidden="true" className="select-none print:hidden">
        {' '}
        ↗
      </span>{' '}
      <span className="sr-only select-none print:hidden" lang={lang === undefined ? undefined : pageLang}>
        {t.app.newTab}
      </span>
    </a>
  );
}
