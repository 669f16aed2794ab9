import { lazy, Suspense, type ComponentProps } from 'react';
import { loadProblemsScript } from './loadProblemsScript.ts';
import type { GoogleSheetsHint } from './GoogleSheetsHint.tsx';

// Nothing meanwhile, nor if its script cannot arrive: the failure's own message is above it.
const LazyHint = lazy(() => loadProblemsScript().then((m) => ({ default: m.GoogleSheetsHint }), () => ({ default: () => null })));

/** What to do with a Google Sheets page's address, from the problems' script (loadProblemsScript.ts). */
export function GoogleSheetsHintOnDemand(props: ComponentProps<typeof GoogleSheetsHint>) {
  return (
    <Suspense fallback={null}>
      <LazyHint {...props} />
    </Suspense>
  );
}
