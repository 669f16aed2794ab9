import { detailedProblem } from '../import/detailedProblem.ts';
import { checkEvent, type EventContext } from './checkEvent.ts';
import { checkHeader, type DatasetHeader } from './checkHeader.ts';
import { exceedsDepth } from './jsonDepth.ts';
import { LIMITS } from './limits.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkReplies, type KeptEvents } from './replyGraph.ts';
import { sameLanguageProblems } from './sameLanguage.ts';
import type { Dataset, DatasetEvent } from './schema.ts';

/*
 * The validator's driver: the file's depth, then its header and actors (checkHeader.ts), then
 * each event in file order (checkEvent.ts), then the reply links between the kept events
 * (replyGraph.ts), and the translations into the dataset's own language (sameLanguage.ts). A problem in one event leaves that event out and the rest keeps working.
 */

export interface ValidationResult {
  /** The usable part of the dataset, or null when nothing can be shown. */
  dataset: Dataset | null;
  /** Every problem found, in file order. */
  problems: Problem[];
  /** True when the file cannot be shown at all (wrong shape, no valid event). */
  fatal: boolean;
  /** How many events the file holds and how many were left out. */
  eventCount: number;
  droppedEvents: number;
}

interface ValidateOptions {
  /**
   * The caller hands the value over (it was just parsed from text): valid events are then used as
   * they are instead of copied, which at 100,000 events saves much memory and garbage collection.
   */
  owned?: boolean;
}

/** The same validation in steps, for a pipeline that sends checked events on while it checks the next. */
interface StepwiseValidation {
  fatal?: undefined;
  eventCount: number;
  /** Checks events[from] to events[to - 1], in file order (call with consecutive ranges); returns those kept. */
  check(from: number, to: number): DatasetEvent[];
  /**
   * After the last event: the result, and the reply lists that the whole-file checks changed
   * (missing or cyclic targets removed), by position among the kept events; undefined: none left.
   */
  finish(): { result: ValidationResult; repliesChanged: Map<number, string[] | undefined> };
}

/**
 * Validates any JSON value against the dataset format and returns the usable part with every
 * problem found at once. Never throws.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const v = validateStepwise(input, options);
  if (v.fatal) return v.fatal;
  v.check(0, v.eventCount);
  return v.finish().result;
}

export function validateStepwise(input: unknown, options: ValidateOptions = {}): { fatal: ValidationResult } | StepwiseValidation {
  const deep = exceedsDepth(input, LIMITS.depth);
  if (deep) {
    return { fatal: fatalResult([{ code: 'too-deep', path: formatPath(deep), message: `nested deeper than ${LIMITS.depth} levels` }]) };
  }
  const top = checkHeader(input);
  if (top.fatal) return { fatal: fatalResult(top.problems, top.eventCount) };
  const { header, rawEvents } = top;
  const problems: Problem[] = [];
  // Kept events live in parallel arrays and one Map (id → position among the kept), not in an
  // object each: at 100,000 events every surviving allocation costs GC time.
  const events: DatasetEvent[] = [];
  const fileIndex: number[] = [];
  const byId = new Map<string, number>();
  const leftOutIds = new Set<unknown>();
  const context: EventContext = {
    actorIds: header.actorIds,
    keptAt: (id) => {
      const n = byId.get(id);
      return n === undefined ? undefined : fileIndex[n];
    },
    owned: options.owned === true,
    freeId: (id) => {
      // Every id the file's events give, gathered only once an id repeats (most files have none).
      taken ??= new Set(rawEvents.flatMap((r) => (typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string' ? [(r as { id: string }).id] : [])));
      let n = 2;
      const made = () => `${id.slice(0, LIMITS.shortText - String(n).length - 1)}-${n}`;
      while (taken.has(made()) || byId.has(made())) n++;
      taken.add(made());
      return made();
    },
  };
  let taken: Set<string> | undefined;
  return {
    eventCount: rawEvents.length,
    check(from, to) {
      const out: DatasetEvent[] = [];
      for (let i = from; i < to; i++) {
        const raw = rawEvents[i];
        const e = checkEvent(raw, i, context, problems);
        if (e) {
          byId.set(e.id, events.length);
          events.push(e);
          fileIndex.push(i);
          out.push(e);
        } else if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) leftOutIds.add((raw as { id?: unknown }).id);
      }
      return out;
    },
    finish() {
      const kept: KeptEvents = { events, fileIndex, byId, leftOutIds };
      const repliesChanged = checkReplies(kept, problems);
      return { result: datasetResult(header, top.problems, kept, problems, rawEvents.length), repliesChanged };
    },
  };
}

function fatalResult(problems: Problem[], eventCount = 0): ValidationResult {
  return { dataset: null, problems, fatal: true, eventCount, droppedEvents: eventCount };
}

/** The result once the header and every event are checked. */
function datasetResult(header: DatasetHeader, headerProblems: Problem[], kept: KeptEvents, eventProblems: Problem[], eventCount: number): ValidationResult {
  const problems = [...headerProblems, ...eventProblems];
  if (kept.events.length === 0) {
    problems.push(
      eventCount === 0
        ? { code: 'no-valid-events', path: 'events', message: 'the dataset has no events' }
        : detailedProblem('no-valid-events', 'events', { key: 'noValidEvents', events: eventCount }),
    );
    return fatalResult(problems, eventCount);
  }
  const dataset: Dataset = { version: 1, title: header.title, actors: header.actors, events: kept.events };
  if (header.description !== undefined) dataset.description = header.description;
  if (header.credit !== undefined) dataset.credit = header.credit;
  if (header.lang !== undefined) dataset.lang = header.lang;
  if (header.translations !== undefined) dataset.translations = header.translations;
  problems.push(...sameLanguageProblems(dataset, { actors: (k) => header.actorIds.get(header.actors[k]!.id)!, events: (k) => kept.fileIndex[k]! }));
  return { dataset, problems, fatal: false, eventCount, droppedEvents: eventCount - kept.events.length };
}
