import { dataPage, isSheetCsv } from './dataPageHint.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';

interface Props {
  /** The address that failed to load, on one of DATA_PAGE_HOSTS. */
  url: string;
  /** This page's address reading `data` instead. */
  hrefWithData: (data: string) => string;
  /**
   * Goes to this page reading `data`, as the app's other changes of address do (useLocationSearch):
   * in an embed, in place of its entry in the host page's history (a new page loaded in the frame
   * added one to the host's Back button). The link's address stays, for a new tab or a copy.
   */
  goToData?: (data: string) => void;
  /** In an embed: only a page whose data it can link to, not how to publish a sheet, which only its author can. */
  forReaders?: boolean;
}

/** Under a failure to load a web page's address (dataPageHint.ts): how to give its data, or a link to this page reading it; under a Google Sheet's CSV address, that the sheet must be published. */
export function DataPageHint({ url, hrefWithData, goToData, forReaders }: Props) {
  const { t } = useI18n();
  const page = dataPage(url);
  const texts = (t.problemTexts ?? enProblemTexts).dataPages;
  // A sheet's CSV address that failed: most often the sheet is not published (any more).
  if (!page) return isSheetCsv(url) && !forReaders ? <p className="mt-2">{texts.sheetCsv}</p> : null;
  if (!('data' in page)) return forReaders ? null : <p className="mt-2">{texts[page.kind]}</p>;
  return (
    <>
      <p className="mt-2">{texts[page.kind]}</p>
      <a
        href={hrefWithData(page.data)}
        className="btn btn-primary mt-3 inline-block"
        onClick={(e) => {
          // A click to open it elsewhere (a new tab, a window) is the browser's.
          if (!goToData || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          goToData(page.data);
        }}
      >
        {texts.load[page.kind]}
      </a>
    </>
  );
}
