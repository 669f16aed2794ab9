import { useI18n } from '../shared/i18n/I18n.tsx';

/** The credit line as plain text ("Sources: The Hamden Journal; TASS"), as an exported image prints it. */
export function creditLine(label: string, credit: string): string {
  return `${label}: ${credit}`;
}

/** The credit line on the page, the credit marked with the language it is written in (a screen reader reads an English credit as English in the Russian interface). */
export function DataCredit({ credit, lang }: { credit: string; lang: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {t.app.creditLabel}: <span lang={lang}>{credit}</span>
    </>
  );
}
