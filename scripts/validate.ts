// Checks a dataset file from the command line: `npm run validate -- FILE`.
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/shared/dataset/parseDatasetText.ts';
import { problemToString } from '../src/shared/dataset/problem.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE [FILE ...]');
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
  if (result.problems.length === 0 && result.dataset) {
    const d = result.dataset;
    console.log(`${file}: valid: "${d.title}", ${d.events.length} events, ${d.actors.length} actors`);
    continue;
  }
  failed = true;
  const n = result.problems.length;
  console.error(
    `${file}: ${n} problem${n === 1 ? '' : 's'}` +
      (result.fatal ? ' (cannot be shown)' : `, ${result.droppedEvents} of ${result.eventCount} events left out`),
  );
  for (const p of result.problems) console.error(`  ${problemToString(p)}`);
}
process.exit(failed ? 1 : 0);
