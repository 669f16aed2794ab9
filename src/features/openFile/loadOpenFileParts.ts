import { lazy } from 'react';
import openFileUrl from './openFileScript.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type * as OpenFileNoticeModule from './OpenFileNotice.tsx';
import type * as OpenFileStatusModule from './OpenFileStatus.tsx';
import type * as KeptFilesModule from './keptFiles.ts';

type Parts = typeof OpenFileNoticeModule & typeof OpenFileStatusModule & typeof KeptFilesModule;

/*
 * What the page shows about an opened file (its progress, its refusal, the notice while it is
 * open), kept out of the first view's script: fetched when a reader first opens a file, while
 * the worker reads it. The dev server and tests import the modules as such.
 */
let loaded: Parts | undefined;
const loadParts = (): Promise<Parts> =>
  (import.meta.env.PROD
    ? loadClassicScript<Parts>(openFileUrl, ON_DEMAND_GLOBALS.openFile)
    : Promise.all([import('./OpenFileNotice.tsx'), import('./OpenFileStatus.tsx'), import('./keptFiles.ts')]).then(([notice, status, kept]) => ({ ...notice, ...status, ...kept }))
  ).then((parts) => (loaded = parts));

export const LazyOpenFileNotice = lazy(() => loadParts().then((m) => ({ default: m.OpenFileNotice })));
export const LazyOpenFileStatus = lazy(() => loadParts().then((m) => ({ default: m.OpenFileStatus })));

/** Keeping an opened file across a reload of the tab, and finding it again (keptFiles.ts), in the same script. */
export const loadKeptFiles = (): Promise<typeof KeptFilesModule> => loadParts();

/** The parts once their script has run (OpenFileNoticePart.tsx). */
export const loadedOpenFileParts = (): Parts | undefined => loaded;

/** Starts fetching them as a file is opened, so that they are there when it is read; settles (never rejects) once they are. */
export function preloadOpenFileParts(): Promise<unknown> {
  return loadParts().catch(() => undefined);
}
