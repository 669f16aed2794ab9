import type { CsvSeparator } from '../../shared/csv/excelSeparator.ts';
import { datasetCsvPieces } from '../../shared/csv/writeDatasetCsv.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { exportDatasetPieces } from './exportJson.ts';
import { blobInSlices, type SliceOptions } from './slicedBlob.ts';

function* csvPieces(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean, separator: CsvSeparator): Generator<string, void, undefined> {
  yield* datasetCsvPieces(yield* exportDatasetPieces(model, events, filtered), separator);
}

/**
 * exportCsvText's file (the shown events in our spreadsheet layout), built in slices between
 * which the page answers input and paints (at 100,000 events the text made at once was one task
 * of over a second): the same bytes. Its JSON counterpart is exportJsonBlob.
 */
export function exportCsvBlob(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean, separator: CsvSeparator, options?: SliceOptions): Promise<Blob> {
  return blobInSlices(csvPieces(model, events, filtered, separator), 'text/csv;charset=utf-8', options);
}
