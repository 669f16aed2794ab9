import exportScriptUrl from './exportModule.ts?worker&url';
import { loadClassicScript } from '../../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type { ExportModule } from './exportModule.ts';

/** The image, CSV and JSON exports, loaded the first time they are used (the first view does not carry them). */
export function loadExport(): Promise<ExportModule> {
  // In the dev server and in tests the module is imported as such; the build loads its own script.
  if (!import.meta.env.PROD) return import('./exportModule.ts');
  return loadClassicScript<ExportModule>(exportScriptUrl, ON_DEMAND_GLOBALS.export);
}
