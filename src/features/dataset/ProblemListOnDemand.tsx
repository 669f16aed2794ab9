import { lazy, Suspense, type ComponentProps } from 'react';
import { loadProblemsScript } from './loadProblemsScript.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type { ProblemList } from './ProblemList.tsx';

/** Where the script cannot arrive (offline): the summary or alert above still says what happened. */
function Unavailable() {
  const { t } = useI18n();
  return <p className="mt-2 text-sm">{t.app.regionFailed(t.app.regions.problems)}</p>;
}

const LazyProblemList = lazy(() => loadProblemsScript().then((m) => ({ default: m.ProblemList }), () => ({ default: Unavailable })));

/** A file's problems one by one, from a script of their own (loadProblemsScript.ts): the bundled dataset has none. */
export function ProblemListOnDemand(props: ComponentProps<typeof ProblemList>) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="mt-2 text-sm text-muted">{t.app.loadingPart(t.app.regions.problems)}</p>}>
      <LazyProblemList {...props} />
    </Suspense>
  );
}
