import type { DatasetText } from '../dataset/utf8Latin1.ts';
import { validateDataset, type ValidationResult } from '../dataset/validateDataset.ts';
import { countsWithLeftOut, locatedProblems, type Conversion, type ImportOptions, type InputFormat } from './conversion.ts';
import { readInput } from './detectFormat.ts';
import { inFileOrder } from './problemOrder.ts';
import type { ReadInput } from './readJsonInput.ts';
import { readDatasetCsv } from './readDatasetCsv.ts';
import { convertTimelineCsv } from './timelinejs/fromCsv.ts';
import { convertTimelineJson } from './timelinejs/fromJson.ts';

/** An input that is not our dataset JSON, converted to one; null for our JSON (it needs no conversion). */
function convertInput(read: Extract<ReadInput, { ok: true }>, options: ImportOptions = {}): Conversion | null {
  switch (read.format) {
    case 'dataset-json':
      return null;
    case 'timelinejs-json':
      return convertTimelineJson(read.value as Record<string, unknown>, options);
    case 'dataset-csv':
      return readDatasetCsv(read.table, options);
    case 'timelinejs-csv':
      return convertTimelineCsv(read.table, options);
  }
}

/**
 * What to validate for an input that was read: our JSON as parsed, any other input converted to a
 * dataset, with its conversion (null for our JSON) to say the validator's problems in its places.
 */
export function datasetToValidate(read: Extract<ReadInput, { ok: true }>, options: ImportOptions = {}): { value: unknown; conversion: Conversion | null } {
  const conversion = convertInput(read, options);
  return { value: conversion ? conversion.dataset : (read as { value: unknown }).value, conversion };
}

export interface ImportResult extends ValidationResult {
  /** What the input was; undefined when it could not be read at all. */
  format?: InputFormat;
}

/**
 * Any accepted input (our JSON or CSV, TimelineJS JSON or CSV) as a validated dataset, with every
 * problem located in the input. Never throws.
 */
export function importInput(input: DatasetText | Uint8Array, options: ImportOptions = {}): ImportResult {
  const read = readInput(input);
  if (!read.ok) return { dataset: null, problems: read.problems, fatal: true, eventCount: 0, droppedEvents: 0 };
  const { value, conversion } = datasetToValidate(read, options);
  if (conversion?.refused) return { dataset: null, problems: conversion.problems, fatal: true, eventCount: conversion.leftOut, droppedEvents: conversion.leftOut, format: read.format };
  const result = validateDataset(value, { owned: true });
  if (!conversion) return { ...result, format: read.format };
  return { ...result, ...countsWithLeftOut(result, conversion), problems: inFileOrder(locatedProblems(conversion, result.problems)), format: read.format };
}
