import { lazy, Suspense, type ComponentProps } from 'react';
import { loadProblemsScript } from './loadProblemsScript.ts';
import type { DataPageHint } from './DataPageHint.tsx';

// Nothing meanwhile, nor if its script cannot arrive: the failure's own message is above it.
const LazyHint = lazy(() => loadProblemsScript().then((m) => ({ default: m.DataPageHint }), () => ({ default: () => null })));

/** What to do with a web page's address given as data, from the problems' script (loadProblemsScript.ts). */
export function DataPageHintOnDemand(props: ComponentProps<typeof DataPageHint>) {
  return (
    <Suspense fallback={null}>
      <LazyHint {...props} />
    </Suspense>
  );
}
