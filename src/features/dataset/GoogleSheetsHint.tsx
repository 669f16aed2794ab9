import { googleSheetsPage } from './googleSheets.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';

interface Props {
  /** The address that failed to load, on docs.google.com. */
  url: string;
  /** This page's address reading `data` instead. */
  hrefWithData: (data: string) => string;
}

/** Under a failure to load a Google Sheets page: how to give its data, or a link to the same sheet as CSV. */
export function GoogleSheetsHint({ url, hrefWithData }: Props) {
  const { t } = useI18n();
  const page = googleSheetsPage(url);
  if (!page) return null;
  const texts = (t.problemTexts ?? enProblemTexts).googleSheets;
  return page.csv ? (
    <>
      <p className="mt-2">{texts.published}</p>
      <a href={hrefWithData(page.csv)} className="btn btn-primary mt-3 inline-block">
        {texts.loadCsv}
      </a>
    </>
  ) : (
    <p className="mt-2">{texts.page}</p>
  );
}
