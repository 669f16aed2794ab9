import importerUrl from '../../shared/import/importerScript.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type { Importer } from '../../shared/import/importerScript.ts';

type Scope = { importScripts?: (url: string) => void; location: { href: string } };

/**
 * This script's own address, read while it is evaluated: the data worker's (its location), or,
 * where it runs on the page as a classic script, that script element's. The build resolves the
 * importer's address against the worker's location, which on the page is the page's address.
 */
const OWN_URL = typeof document === 'undefined' ? globalThis.location?.href : (document.currentScript as HTMLScriptElement | null)?.src;

/** The importer's script beside this one. */
function importerScriptUrl(): string {
  const file = new URL(importerUrl, globalThis.location?.href).pathname.split('/').pop() ?? '';
  return new URL(file, OWN_URL ?? document.baseURI).href;
}

/**
 * The importer, loaded the first time an input is not our dataset JSON: in the data worker with
 * importScripts, on the page (where no worker can start) as a classic script. The dev server and
 * tests import it as a module.
 */
export async function loadImporter(): Promise<Importer> {
  if (!import.meta.env.PROD) return import('../../shared/import/importerScript.ts');
  const g = globalThis as unknown as Scope & Record<string, Importer | undefined>;
  const loaded = g[ON_DEMAND_GLOBALS.importer];
  if (loaded) return loaded;
  if (typeof g.importScripts === 'function') {
    g.importScripts(importerScriptUrl());
    const importer = g[ON_DEMAND_GLOBALS.importer];
    if (!importer) throw new Error('the importer did not load');
    return importer;
  }
  return loadClassicScript<Importer>(importerScriptUrl(), ON_DEMAND_GLOBALS.importer);
}
