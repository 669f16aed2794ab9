import { fileStem } from '../export/download.ts';
import { titleFromName } from '../dataset/fileTitle.ts';

/**
 * What the file picker offers: JSON, CSV and tab-separated text (Google Sheets' .tsv, Excel's
 * tab-delimited .txt), all of which are read; the content, not the name, decides how.
 */
export const ACCEPTED_FILES = '.json,.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,application/json';

/** The name of the dataset JSON downloaded from an opened file: `space-race.csv` → `space-race-dataset.json`. */
export function datasetFileName(name: string): string {
  return `${fileStem(titleFromName(name) ?? '')}-dataset.json`;
}

/** Whether a drag carries files (not text, a link or an image from the page): only those are offered a drop. */
export function carriesFiles(data: Pick<DataTransfer, 'types'> | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}
