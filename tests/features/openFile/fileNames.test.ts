import { describe, expect, it } from 'vitest';
import { ACCEPTED_FILES, carriesFiles, datasetFileName } from '../../../src/features/openFile/fileNames.ts';

describe('datasetFileName', () => {
  it('names the dataset after the file, so that it never takes the name of the file it came from', () => {
    expect(datasetFileName('Space race.csv', 'dataset')).toBe('space-race-dataset.json');
    expect(datasetFileName('timeline.json', 'dataset')).toBe('timeline-dataset.json');
    expect(datasetFileName('Письма.csv', 'dataset')).toBe('pisma-dataset.json');
    expect(datasetFileName('Письма.csv', 'набор данных')).toBe('pisma-nabor-dannykh.json');
  });
});

describe('carriesFiles', () => {
  it('is true only for a drag that carries files', () => {
    expect(carriesFiles({ types: ['Files'] })).toBe(true);
    expect(carriesFiles({ types: ['text/plain', 'Files'] })).toBe(true);
    expect(carriesFiles({ types: ['text/plain', 'text/uri-list'] })).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});

describe('ACCEPTED_FILES', () => {
  it('lets the picker offer every file the app reads: a tab-separated sheet (.tsv from Google Sheets, .txt from Excel) too', () => {
    const offered = ACCEPTED_FILES.split(',');
    for (const kind of ['.csv', '.json', '.tsv', '.txt']) expect(offered).toContain(kind);
  });
});
