// Writes data/roscosmos-iss-2022.csv from the JSON, and public/template.csv and template.ru.csv (npm run data:csv); tests/data/datasetCsv.test.ts keeps them equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { TEMPLATE_DATASET, templateCsvRu } from './templateDataset.ts';
import { datasetCsv } from '../src/shared/csv/writeDatasetCsv.ts';

writeFileSync('data/roscosmos-iss-2022.csv', datasetCsv(JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8'))));
writeFileSync('public/template.csv', datasetCsv(TEMPLATE_DATASET));
// Semicolons, as Excel in a Russian locale splits a double-clicked CSV (excelSeparator.ts), and Russian column names.
writeFileSync('public/template.ru.csv', templateCsvRu());
console.log('wrote data/roscosmos-iss-2022.csv, public/template.csv and public/template.ru.csv');
