import type { Problem } from '../dataset/problem.ts';
import { detailedProblem, leftOut } from './detailedProblem.ts';
import type { DateOrder } from './cellDate.ts';

/** The four inputs this app reads, told apart by content (detectFormat.ts). */
export type InputFormat = 'dataset-json' | 'timelinejs-json' | 'dataset-csv' | 'timelinejs-csv';

export const FORMAT_NAMES: Record<InputFormat, string> = {
  'dataset-json': 'dataset (JSON)',
  'timelinejs-json': 'TimelineJS file (JSON)',
  'dataset-csv': 'spreadsheet (CSV)',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
};

/** A format v1 dataset as plain data, before validation: fields may still be wrong. */
export interface RawDataset {
  version: 1;
  title: string;
  description?: string;
  credit?: string;
  lang?: string;
  translations?: Record<string, Record<string, string>>;
  actors: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

/** An input turned into a dataset, with what the conversion found and a way back to the input's own places. */
export interface Conversion {
  format: InputFormat;
  dataset: RawDataset;
  /** Problems found while converting, already located in the input (`row 12, column "Date"`, `events[3].start_date`). */
  problems: Problem[];
  /**
   * Events of the input the conversion itself left out (a slide without a usable date, a row whose
   * cells do not line up with the header), each with its problem: the validator never sees them,
   * so they are added to its counts (countsWithLeftOut).
   */
  leftOut: number;
  /** The input cannot be converted at all (a header without a column every event needs): its problems say why, nothing is validated. */
  refused?: true;
  /**
   * Where a path of the converted dataset (`events[3].date`, as the validator reports it) is in
   * the input: `row 12, column "date"` or `events[5].start_date`.
   */
  locate(path: string): string;
  /**
   * For an empty required field of a spreadsheet's event (`events[3].from`), the nearest cell above
   * it in its column that has a value, with its place (`row 4`): a merged cell leaves the rows
   * below it empty. Undefined when none has.
   */
  valueAbove?(path: string): { value: string; at: string } | undefined;
  /**
   * For a required field of a spreadsheet's event left empty because its cell held no visible
   * character (`events[3].from` of a cell "\u202e"), what the cell held: said so, not as empty.
   */
  invisibleCell?(path: string): string | undefined;
}

const DATASET_PATH = /^(events|actors)\[(\d+)\](?:\.)?(.*)$/;

/** `events[3].sources[0].url` → list "events", index 3, rest "sources[0].url". */
export function splitDatasetPath(path: string): { list: 'events' | 'actors'; index: number; rest: string } | null {
  const m = DATASET_PATH.exec(path);
  return m ? { list: m[1] as 'events' | 'actors', index: Number(m[2]), rest: m[3]! } : null;
}

export interface ImportOptions {
  /** How to read 03/04/2022 when the file itself does not tell (cellDate.ts); day first by default. */
  dateOrder?: DateOrder;
  /** How to read 03/04/2022 when neither the file nor `dateOrder` tells: the reader's own locale's order (localeDateOrder.ts); day first by default. */
  defaultDateOrder?: DateOrder;
  /** The title when the file has none (for example the file's name). */
  fallbackTitle?: string;
}

/** A record the validator names in a message (`first used by events[0]`). */
const NAMED_RECORD = /\b(?:events|actors)\[\d+\]/g;

/**
 * The validator's problems said in the input's own places (`row 12, column "date"`), after the
 * conversion's: their paths, and any record their message names (a duplicate id's first use);
 * "no valid event" counts the events the conversion left out too.
 */
export function locatedProblems(conversion: Conversion, validated: readonly Problem[]): Problem[] {
  const located = (p: Problem): Problem => {
    // None of the input's events is valid: counted with those the conversion left out, not "the dataset has no events".
    if (p.code === 'no-valid-events' && conversion.leftOut > 0) {
      const validatedEvents = p.detail?.key === 'noValidEvents' ? p.detail.events : 0;
      return detailedProblem(p.code, conversion.locate(p.path), { key: 'noValidEvents', events: conversion.leftOut + validatedEvents });
    }
    // A cell of characters none of which shows (a sender "\u202e"): said as such, the one problem of its event.
    const invisible = p.code === 'required' ? conversion.invisibleCell?.(p.path) : undefined;
    if (invisible !== undefined) {
      const said = detailedProblem('bad-format', conversion.locate(p.path), { key: 'badFormat', value: invisible, form: 'visible' });
      return p.leftOut ? leftOut(said, p.leftOut) : said;
    }
    // An empty cell below one with a value: perhaps what a merged cell left, said with a hint.
    const above = p.code === 'required' ? conversion.valueAbove?.(p.path) : undefined;
    if (above) {
      const hinted = detailedProblem(p.code, conversion.locate(p.path), { key: 'requiredBelowValue', value: above.value, above: above.at });
      return p.leftOut ? leftOut(hinted, p.leftOut) : hinted;
    }
    // A sheet's kind may be written as the legend names it, in any language: its problem offers those names.
    if (conversion.format === 'dataset-csv' && p.detail?.key === 'notAllowed' && splitDatasetPath(p.path)?.rest === 'kind') {
      const kind = detailedProblem(p.code, conversion.locate(p.path), { key: 'unknownKind', value: p.detail.value });
      return p.leftOut ? leftOut(kind, p.leftOut) : kind;
    }
    // A translation into the sheet's own language names its #lang.
    if (conversion.format === 'dataset-csv' && p.detail?.key === 'sameLanguage') return detailedProblem(p.code, conversion.locate(p.path), { ...p.detail, where: 'sheet' });
    // So is a yes or a no (ИСТИНА, да, x…): its problem names those words, not JSON's true and false.
    if (conversion.format === 'dataset-csv' && p.detail?.key === 'wrongType' && typeof p.detail.value === 'string' && splitDatasetPath(p.path)?.rest === 'approximate') {
      const word = detailedProblem(p.code, conversion.locate(p.path), { key: 'notABoolean', value: p.detail.value });
      return p.leftOut ? leftOut(word, p.leftOut) : word;
    }
    return {
      ...p,
      path: conversion.locate(p.path),
      message: p.message.replace(NAMED_RECORD, (record) => conversion.locate(record)),
      // The record a repeated id was first used by, to be said in any language.
      ...(p.detail?.key === 'repeatedId' ? { detail: { ...p.detail, first: conversion.locate(p.detail.first) } } : {}),
    };
  };
  return [...conversion.problems, ...validated.map(located)];
}

/** The validator's counts with the events the conversion left out added: all of the input's events, and all those not shown. */
export function countsWithLeftOut(counts: { eventCount: number; droppedEvents: number }, conversion: Conversion | null): { eventCount: number; droppedEvents: number } {
  const leftOut = conversion?.leftOut ?? 0;
  return { eventCount: counts.eventCount + leftOut, droppedEvents: counts.droppedEvents + leftOut };
}
