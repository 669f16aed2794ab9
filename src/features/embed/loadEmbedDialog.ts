import { lazy } from 'react';
import embedDialogUrl from './embedDialogScript.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type * as EmbedDialogBodyModule from './EmbedDialogBody.tsx';

/** The Embed dialog's form, loaded on first use (the build's own script; a module in dev and tests). */
export const LazyEmbedDialogBody = lazy(() =>
  (import.meta.env.PROD
    ? loadClassicScript<typeof EmbedDialogBodyModule>(embedDialogUrl, ON_DEMAND_GLOBALS.embedDialog)
    : import('./EmbedDialogBody.tsx')
  ).then((m) => ({ default: m.EmbedDialogBody })),
);
