/*
 * The importer (spreadsheets and TimelineJS files) as a script of its own: the data worker loads
 * it only for an input that is not our dataset JSON (loadImporter.ts), so that loading a dataset
 * does not wait for the CSV and HTML parsers.
 */
import { ON_DEMAND_GLOBALS } from '../scripts/onDemandGlobals.ts';
import { readInput } from './detectFormat.ts';
import { datasetToValidate } from './importInput.ts';

export { readInput, datasetToValidate };

export interface Importer {
  readInput: typeof readInput;
  datasetToValidate: typeof datasetToValidate;
}

(globalThis as unknown as Record<string, Importer>)[ON_DEMAND_GLOBALS.importer] = { readInput, datasetToValidate };
