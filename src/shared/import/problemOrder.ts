import type { Problem } from '../dataset/problem.ts';

/** Said of the file as a whole or of all its events (none valid, too many): after every row's or event's. */
const WHOLE_FILE = new Set(['(file)', 'events']);
/** A spreadsheet's place as cellLocation (location.ts) writes it: `row 12` or `row 12, column "date"`. */
const ROW = /^row (\d+)(?:$|, column )/;
/** A JSON file's actor or event (`events[3].date`), as formatPath writes it. */
const RECORD = /^(actors|events)\[(\d+)\]/;
/** Past any actor's index: a dataset's events come after its actors. */
const EVENTS_AFTER = 2 ** 31;

/**
 * Where a problem is in its file, to sort by: a spreadsheet's row, a JSON file's actor or event;
 * its top-level fields (a title, TimelineJS eras) first, the file as a whole last.
 */
function placeKey(path: string): number {
  if (WHOLE_FILE.has(path)) return Infinity;
  const row = ROW.exec(path);
  if (row) return Number(row[1]);
  const record = RECORD.exec(path);
  if (!record) return -1;
  return record[1] === 'events' ? EVENTS_AFTER + Number(record[2]) : Number(record[2]);
}

/**
 * The problems in the order of the places they are about in the file, problems at one place in
 * the order given: the importer's and the validator's (each found in its own pass) interleaved,
 * and a reply link's problem (found once every event is known) at its event.
 */
export function inFileOrder(problems: readonly Problem[]): Problem[] {
  const keys = problems.map((p) => placeKey(p.path));
  // Most files' problems are in order already (a dataset's checked event by event): not sorted again.
  if (keys.every((k, i) => i === 0 || keys[i - 1]! <= k)) return [...problems];
  return problems
    .map((_, i) => i)
    .sort((a, b) => keys[a]! - keys[b]! || a - b)
    .map((i) => problems[i]!);
}
