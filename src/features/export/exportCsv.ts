import type { CsvSeparator } from '../../shared/csv/excelSeparator.ts';
import { datasetCsv } from '../../shared/csv/writeDatasetCsv.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { exportDataset } from './exportJson.ts';

/**
 * The shown events in our spreadsheet layout (data/README.md): the actors and title as metadata
 * rows, one row per event. Opening the download again (or `npm run import`) gives the same events.
 */
export function exportCsvText(model: TimelineModel, events: readonly TimelineEvent[], filtered: boolean, separator: CsvSeparator = ','): string {
  return datasetCsv(exportDataset(model, events, filtered), separator);
}
