// The app's own checks of a dataset (src/shared/dataset/validateDataset.ts: the header and actors,
// each event's fields and its references to actors and earlier ids, then the reply links), built
// by scripts/bench.ts into one plain script for the floor page that reads the file in slices and
// checks it as it arrives (slicechecks.html, through slices.js).
import { LIMITS } from '../../src/shared/dataset/limits.ts';
import { validateStepwise } from '../../src/shared/dataset/validateDataset.ts';

interface FloorChecks {
  /** Checks the next events of the file, in file order. */
  add(events: unknown[]): void;
  /** After the last event: the whole-file checks (reply links); the number of events kept. */
  finish(): number;
}

/** Starts checking a file whose header (every field before its events) is `header`, its events array empty. */
function startChecks(header: { events: unknown[] }): FloorChecks {
  const raw = header.events;
  const v = validateStepwise(header, { owned: true });
  if (v.fatal) throw new Error(`the header is not valid: ${v.fatal.problems[0]?.message ?? ''}`);
  return {
    add(events) {
      const from = raw.length;
      for (const e of events) raw.push(e);
      const kept = v.check(from, raw.length);
      if (kept.length < events.length) throw new Error('an event is not valid');
    },
    finish() {
      const { result } = v.finish();
      if (!result.dataset) throw new Error('the file is not valid');
      return result.dataset.events.length;
    },
  };
}

(globalThis as { __floorChecks?: typeof startChecks }).__floorChecks = startChecks;
// The depth limit, which the page's scanner (slices.js) counts as it reads, as the app's EventSlicer does.
(globalThis as { __floorMaxDepth?: number }).__floorMaxDepth = LIMITS.depth;
