import { fileStem } from '../export/download.ts';
import { slugify } from '../../shared/import/slug.ts';
import { titleFromName } from '../dataset/fileTitle.ts';

/**
 * What the file picker offers: JSON, CSV and tab-separated text (Google Sheets' .tsv, Excel's
 * tab-delimited .txt), all of which are read; the content, not the name, decides how.
 */
export const ACCEPTED_FILES = '.json,.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,application/json';

/**
 * The name of the dataset JSON downloaded from an opened file, `word` (openFileTexts.datasetFile) in
 * the page's language in Latin letters: `space-race.csv` → `space-race-dataset.json`, `pisma-nabor-dannykh.json`.
 */
export function datasetFileName(name: string, word: string): string {
  return `${fileStem(titleFromName(name) ?? '')}-${slugify(word)}.json`;
}

/** Whether a drag carries files (not text, a link or an image from the page): only those are offered a drop. */
export function carriesFiles(data: Pick<DataTransfer, 'types'> | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}
