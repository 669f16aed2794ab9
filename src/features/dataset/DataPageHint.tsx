import type { ReactNode } from 'react';
import { dataPage, isSheetCsv } from './dataPageHint.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enProblemTexts } from '../../shared/i18n/problemTexts.ts';

/**
 * The failure alert's buttons (LoadErrorState.tsx): `lead`, the hint's way forward, first and the
 * primary one; Retry primary where it is the one way forward, secondary beside another, or none
 * where it would only fail again and another way is given.
 */
export type AlertActions = (a: { lead?: ReactNode; retry: 'primary' | 'secondary' | 'none' }) => ReactNode;

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
  /** In an embed: only a page whose data it can link to, or the page itself, not how to publish a sheet, which only its author can. */
  forReaders?: boolean;
  actions: AlertActions;
}

/**
 * Under a failure to load a web page's address (dataPageHint.ts): how to give its data, or a link
 * to this page reading it; under a Google Sheet's CSV address, that the sheet must be published;
 * then the alert's buttons. In an embed, a page whose data it cannot name (a sheet being edited)
 * is offered to open in a new tab, its one action: Retry there would fail again.
 */
export function DataPageHint({ url, hrefWithData, goToData, forReaders, actions }: Props) {
  const { t } = useI18n();
  const page = dataPage(url);
  const texts = (t.problemTexts ?? enProblemTexts).dataPages;
  // A sheet's CSV address that failed: most often the sheet is not published (any more), and Retry loads it once it is.
  if (!page) {
    return (
      <>
        {isSheetCsv(url) && !forReaders && <p className="mt-2">{texts.sheetCsv}</p>}
        {actions({ retry: 'primary' })}
      </>
    );
  }
  if (!('data' in page)) {
    if (!forReaders) {
      return (
        <>
          <p className="mt-2">{texts[page.kind]}</p>
          {actions({ retry: 'secondary' })}
        </>
      );
    }
    // dataPage() names only https pages on DATA_PAGE_HOSTS: the address the embed was given, opened apart from it.
    const lead = (
      <a href={url} target="_blank" rel="noopener noreferrer" className="btn btn-primary">
        {texts.open[page.kind](new URL(url).hostname)} <span className="sr-only">{texts.newTab}</span>
      </a>
    );
    return actions({ lead, retry: 'none' });
  }
  return (
    <>
      <p className="mt-2">{texts[page.kind]}</p>
      {actions({
        lead: (
          <a
            href={hrefWithData(page.data)}
            className="btn btn-primary"
            onClick={(e) => {
              // A click to open it elsewhere (a new tab, a window) is the browser's.
              if (!goToData || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              goToData(page.data);
            }}
          >
            {texts.load[page.kind]}
          </a>
        ),
        retry: 'secondary',
      })}
    </>
  );
}
