import { LIMITS } from './limits.ts';

/** One thing wrong with a dataset: where (`events[3].date`) and what, in plain words. */
export interface Problem {
  path: string;
  message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path as a reader of the file would write it: `events[3].sources[0].url`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(quoteText(seg))}]`;
  }
  return out === '' ? '(file)' : out;
}

/** Shortens untrusted text for a message: at most LIMITS.quoteChars characters, whole code points. */
export function quoteText(value: string): string {
  // A code point is at most two code units: a longer value has more characters than are quoted,
  // and is never split into characters whole (a URL parameter may be a megabyte long).
  const chars = Array.from(value.slice(0, 2 * LIMITS.quoteChars));
  if (value.length <= 2 * LIMITS.quoteChars && chars.length <= LIMITS.quoteChars) return value;
  return `${chars.slice(0, LIMITS.quoteChars - 1).join('')}…`;
}

/** Quotes any JSON value for a message, e.g. `"2022-02-30"`, `42`, `an object`. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(quoteText(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return describeType(value);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

export function problemToString(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
