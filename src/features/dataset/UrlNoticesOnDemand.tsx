import { lazy, Suspense, type ComponentProps } from 'react';
import { loadProblemsScript } from './loadProblemsScript.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { UrlNoticeLines } from './UrlNoticeLines.tsx';

/** Where the script cannot arrive (offline): that the notices could not be shown. */
function Unavailable() {
  const { t } = useI18n();
  return <p>{t.app.regionFailed(t.app.regions.problems)}</p>;
}

const LazyNoticeLines = lazy(() => loadProblemsScript().then((m) => ({ default: m.UrlNoticeLines }), () => ({ default: Unavailable })));

/** The address's notices, from the problems' script (loadProblemsScript.ts): a well-formed address has none. */
export function UrlNoticesOnDemand(props: ComponentProps<typeof UrlNoticeLines>) {
  return (
    <Suspense fallback={null}>
      <LazyNoticeLines {...props} />
    </Suspense>
  );
}
