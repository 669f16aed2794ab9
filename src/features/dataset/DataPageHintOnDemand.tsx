import { lazy, type ComponentProps } from 'react';
import { loadProblemsScript } from './loadProblemsScript.ts';
import type { DataPageHint } from './DataPageHint.tsx';

type Props = ComponentProps<typeof DataPageHint>;

/**
 * What to do with a web page's address given as data, and the alert's buttons, from the problems'
 * script (loadProblemsScript.ts). It suspends until that is there: the caller's Suspense shows the
 * alert once, whole. If the script cannot arrive, the buttons alone, Retry first.
 */
export const DataPageHintOnDemand = lazy(() =>
  loadProblemsScript().then(
    (m) => ({ default: m.DataPageHint }),
    () => ({ default: ({ actions }: Props) => <>{actions({ retry: 'primary' })}</> }),
  ),
);
