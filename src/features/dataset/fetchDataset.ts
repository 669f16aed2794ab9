import { parseDatasetText } from '../../shared/dataset/parseDatasetText.ts';
import { problemToString } from '../../shared/dataset/problem.ts';
import { buildTimelineModel, type TimelineModel } from '../../shared/model/timelineModel.ts';
import type { Problem, ProblemCode } from '../../shared/dataset/problem.ts';
import type { Dataset } from '../../shared/dataset/schema.ts';
import type { DatasetText } from '../../shared/dataset/utf8Latin1.ts';
import type { ValidationResult } from '../../shared/dataset/validateDataset.ts';
import { DatasetError } from './datasetError.ts';
import { fetchDatasetText, type FetchOptions } from './fetchText.ts';


/** Problems carried to the page: enough for any panel ("and N more" says the rest). */
export const MAX_PROBLEMS_KEPT = 500;

export interface LoadedDataset {
  /** The address the file was read from, after any redirects: what its label names. */
  url: string;
  model: TimelineModel;
  /** Problems in a partly valid file: what was left out or ignored (the first few hundred). */
  problems: Problem[];
  /** How many problems there were in all. */
  problemCount: number;
  eventCount: number;
  droppedEvents: number;
}

/** Parses and validates a dataset's text; a file that cannot be shown throws a DatasetError. */
export function validateDatasetText(text: DatasetText): ValidationResult & { dataset: Dataset } {
  const result = parseDatasetText(text);
  if (result.fatal || !result.dataset) throw unusableDataset(result);
  return result as ValidationResult & { dataset: Dataset };
}

/** Problems that mean the file is not a dataset at all (as opposed to a dataset with invalid content). */
const UNREADABLE: ReadonlySet<ProblemCode> = new Set(['too-large', 'empty-file', 'not-json', 'not-a-dataset']);

/** The error for a file that cannot be shown, saying why in the reader's words. */
export function unusableDataset(result: ValidationResult): DatasetError {
  const first = result.problems[0];
  const code = first?.code;
  const kind = code === 'html-page' ? 'html' : code === 'truncated' ? 'truncated' : code && UNREADABLE.has(code) ? 'not-json' : 'invalid';
  const messages = {
    html: 'The address returned a web page, not JSON.',
    truncated: 'The dataset is cut off before the end.',
    'not-json': `The file is not a dataset: ${first ? first.message : 'unreadable'}.`,
    invalid: `The dataset cannot be shown: ${first ? problemToString(first) : 'it is invalid'}${
      result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : ''
    }.`,
  } as const;
  return new DatasetError(kind, messages[kind], result.problems.slice(0, MAX_PROBLEMS_KEPT));
}

/** Fetches, validates and models a dataset on the calling thread (tests, and the worker's own path). */
export async function fetchDataset(url: string, signal?: AbortSignal, options: FetchOptions = {}): Promise<LoadedDataset> {
  const result = validateDatasetText(await fetchDatasetText(url, signal, options));
  return {
    url,
    model: buildTimelineModel(result.dataset),
    problems: result.problems,
    problemCount: result.problems.length,
    eventCount: result.eventCount,
    droppedEvents: result.droppedEvents,
  };
}

