import type { Problem } from '../dataset/problem.ts';
import type { DatasetText } from '../dataset/utf8Latin1.ts';
import { validateDataset, type ValidationResult } from '../dataset/validateDataset.ts';
import type { Conversion, ImportOptions, InputFormat } from './conversion.ts';
import { readInput, type ReadInput } from './detectFormat.ts';
import { readDatasetCsv } from './readDatasetCsv.ts';
import { convertTimelineCsv } from './timelinejs/fromCsv.ts';
import { convertTimelineJson } from './timelinejs/fromJson.ts';

/** An input that is not our dataset JSON, converted to one; null for our JSON (it needs no conversion). */
export function convertInput(read: Extract<ReadInput, { ok: true }>, options: ImportOptions = {}): Conversion | null {
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

/** The validator's problems said in the input's own places (`row 12, column "date"`), after the conversion's. */
export function locatedProblems(conversion: Conversion, validated: readonly Problem[]): Problem[] {
  return [...conversion.problems, ...validated.map((p) => ({ ...p, path: conversion.locate(p.path) }))];
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
  const conversion = convertInput(read, options);
  if (!conversion) return { ...validateDataset((read as { value: unknown }).value, { owned: true }), format: read.format };
  const result = validateDataset(conversion.dataset, { owned: true });
  return { ...result, problems: locatedProblems(conversion, result.problems), format: read.format };
}
