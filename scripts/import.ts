// Converts a spreadsheet or TimelineJS file into a dataset: `npm run import -- FILE [--out OUT.json] [--date-format dmy|mdy]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMAT_NAMES } from '../src/shared/import/conversion.ts';
import { importInput } from '../src/shared/import/importInput.ts';
import { count } from './count.ts';
import { DATE_FORMAT_OPTION, isDateFormat, problemLine } from './problemLine.ts';

const USAGE = 'usage: npm run import -- FILE [--out OUT.json] [--date-format dmy|mdy]';
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, ...DATE_FORMAT_OPTION } });
}
try {
  args = parse();
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
const dateFormat = args.values['date-format'];
if (!file || extra.length > 0 || !isDateFormat(dateFormat)) {
  console.error(USAGE);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (err) {
  console.error(`${file}: cannot read: ${(err as Error).message}`);
  process.exit(1);
}
const result = importInput(bytes, { fallbackTitle: basename(file, extname(file)), ...(dateFormat ? { dateOrder: dateFormat } : {}) });
const n = result.problems.length;
const what = result.format ? FORMAT_NAMES[result.format] : 'file';
if (result.fatal || !result.dataset) {
  console.error(`${file}: ${what}, nothing usable: ${count(n, 'problem')}`);
} else {
  const d = result.dataset;
  console.error(
    `${file}: ${what}: "${d.title}", ${count(d.events.length, 'event')}, ${count(d.actors.length, 'actor')}` +
      (n === 0 ? '' : `; ${count(n, 'problem')}, ${result.droppedEvents} of ${count(result.eventCount, 'event')} left out`),
  );
}
for (const p of result.problems) console.error(`  ${problemLine(p)}`);
if (!result.dataset) process.exit(1);
const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
if (args.values.out) {
  writeFileSync(args.values.out, json);
  console.error(`wrote ${args.values.out}`);
} else process.stdout.write(json);
