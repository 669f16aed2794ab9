import problemListUrl from './problemListScript.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type * as ProblemsScript from './problemListScript.ts';

/**
 * What the page shows about a file's problems, kept out of the first view's script (the bundled
 * dataset has none): fetched when a page first shows a partly valid or refused file or a failed
 * address. The dev server and tests import the modules as such.
 */
export const loadProblemsScript = (): Promise<typeof ProblemsScript.problemsScript> =>
  import.meta.env.PROD
    ? loadClassicScript<typeof ProblemsScript.problemsScript>(problemListUrl, ON_DEMAND_GLOBALS.problemList)
    : import('./problemListScript.ts').then((m) => m.problemsScript);
