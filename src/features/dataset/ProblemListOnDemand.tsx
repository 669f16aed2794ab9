import { lazy, Suspense, type ComponentProps } from 'react';
import problemListUrl from './problemListScript.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import type * as ProblemListModule from './ProblemList.tsx';

/*
 * A file's problems one by one, kept out of the first view's script (the bundled dataset has
 * none): fetched when a page first shows a partly valid or refused file, whose summary or alert
 * is drawn at once. The dev server and tests import the module as such.
 */
const load = () =>
  import.meta.env.PROD ? loadClassicScript<typeof ProblemListModule>(problemListUrl, ON_DEMAND_GLOBALS.problemList) : import('./ProblemList.tsx');

/** Where the script cannot arrive (offline): the summary or alert above still says what happened. */
function Unavailable() {
  const { t } = useI18n();
  return <p className="mt-2 text-sm">{t.app.regionFailed(t.app.regions.problems)}</p>;
}

const LazyProblemList = lazy(() => load().then((m) => ({ default: m.ProblemList }), () => ({ default: Unavailable })));

export function ProblemListOnDemand(props: ComponentProps<typeof ProblemListModule.ProblemList>) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="mt-2 text-sm text-muted">{t.app.loadingPart(t.app.regions.problems)}</p>}>
      <LazyProblemList {...props} />
    </Suspense>
  );
}
