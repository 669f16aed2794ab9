// Checks dataset files from the command line: `npm run validate -- [--strict] [--date-format dmy|mdy] FILE [FILE ...]`.
// A spreadsheet or a TimelineJS file (told by content) is read as the app and `npm run import` read it.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { WARNINGS } from '../src/shared/dataset/problem.ts';
import { FORMAT_NAMES } from '../src/shared/import/conversion.ts';
import { importInput } from '../src/shared/import/importInput.ts';
import { inFileOrder } from '../src/shared/import/problemOrder.ts';
import { count } from './count.ts';
import { DATE_FORMAT_OPTION, isDateFormat, problemLine } from './problemLine.ts';

const USAGE =
  'usage: npm run validate -- [--strict] [--date-format dmy|mdy] FILE [FILE ...]\n  --strict  fail on warnings too (unsourced events), for publishing\n  --date-format  how a spreadsheet writes dates such as 03/04/2022 (as npm run import reads them)';
let args: { values: { strict?: boolean; 'date-format'?: string }; positionals: string[] };
try {
  args = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean' }, ...DATE_FORMAT_OPTION } });
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const files = args.positionals;
const strict = args.values.strict === true;
const dateFormat = args.values['date-format'];
if (files.length === 0 || !isDateFormat(dateFormat)) {
  console.error(USAGE);
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    console.error(`${file}: cannot read: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  // As the app reads a file (and npm run import): our JSON as it is, any other input converted, its problems at its rows.
  const result = importInput(bytes, { fallbackTitle: basename(file, extname(file)), ...(dateFormat ? { dateOrder: dateFormat } : {}) });
  const name = result.format && result.format !== 'dataset-json' ? `${file}: ${FORMAT_NAMES[result.format]}` : file;
  const warnings = result.problems.filter((p) => WARNINGS.has(p.code)).length;
  const errors = result.problems.length - warnings;
  const d = result.dataset;
  if (errors === 0 && d) {
    const summary = `${name}: valid: "${d.title}", ${count(d.events.length, 'event')}, ${count(d.actors.length, 'actor')}`;
    if (warnings === 0) console.log(summary);
    else {
      failed ||= strict;
      console.error(`${summary}; ${count(warnings, 'warning')}${strict ? ' (--strict: not ready to publish)' : ''}`);
    }
  } else {
    failed = true;
    console.error(
      `${name}: ${count(errors, 'problem')}${warnings > 0 ? ` and ${count(warnings, 'warning')}` : ''}` +
        (result.fatal ? ' (cannot be shown)' : `, ${result.droppedEvents} of ${count(result.eventCount, 'event')} left out`),
    );
  }
  // In the file's order, as the app lists them: a reply link's problem at its event, not after every event.
  for (const p of inFileOrder(result.problems)) console.error(`  ${WARNINGS.has(p.code) ? 'warning: ' : ''}${problemLine(p)}`);
}
process.exit(failed ? 1 : 0);
