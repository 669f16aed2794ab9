// Checks dataset files from the command line: `npm run validate -- [--strict] FILE [FILE ...]`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDatasetText } from '../src/shared/dataset/parseDatasetText.ts';
import { problemToString, WARNINGS } from '../src/shared/dataset/problem.ts';
import { inFileOrder } from '../src/shared/import/problemOrder.ts';
import { count } from './count.ts';

const USAGE = 'usage: npm run validate -- [--strict] FILE [FILE ...]\n  --strict  fail on warnings too (unsourced events), for publishing';
let args: { values: { strict?: boolean }; positionals: string[] };
try {
  args = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean' } } });
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const files = args.positionals;
const strict = args.values.strict === true;
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: cannot read: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  const result = parseDatasetText(text);
  const warnings = result.problems.filter((p) => WARNINGS.has(p.code)).length;
  const errors = result.problems.length - warnings;
  const d = result.dataset;
  if (errors === 0 && d) {
    const summary = `${file}: valid: "${d.title}", ${count(d.events.length, 'event')}, ${count(d.actors.length, 'actor')}`;
    if (warnings === 0) console.log(summary);
    else {
      failed ||= strict;
      console.error(`${summary}; ${count(warnings, 'warning')}${strict ? ' (--strict: not ready to publish)' : ''}`);
    }
  } else {
    failed = true;
    console.error(
      `${file}: ${count(errors, 'problem')}${warnings > 0 ? ` and ${count(warnings, 'warning')}` : ''}` +
        (result.fatal ? ' (cannot be shown)' : `, ${result.droppedEvents} of ${count(result.eventCount, 'event')} left out`),
    );
  }
  // In the file's order, as the app lists them: a reply link's problem at its event, not after every event.
  for (const p of inFileOrder(result.problems)) console.error(`  ${WARNINGS.has(p.code) ? 'warning: ' : ''}${problemToString(p)}`);
}
process.exit(failed ? 1 : 0);
