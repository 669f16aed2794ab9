// Writes data/roscosmos-iss-2022.csv from the JSON and public/template.csv (npm run data:csv); tests/data/datasetCsv.test.ts keeps them equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { TEMPLATE_DATASET } from './templateDataset.ts';
import { datasetCsv } from '../src/shared/csv/writeDatasetCsv.ts';

writeFileSync('data/roscosmos-iss-2022.csv', datasetCsv(JSON.parse(readFileSync('data/roscosmos-iss-2022.json', 'utf8'))));
writeFileSync('public/template.csv', datasetCsv(TEMPLATE_DATASET));
console.log('wrote data/roscosmos-iss-2022.csv and public/template.csv');
