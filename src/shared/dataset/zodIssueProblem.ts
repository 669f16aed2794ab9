import type * as z from 'zod/mini';
import { describeType, formatPath, quoteText, quoteValue, type PathSegment, type Problem, type ProblemCode, type ProblemDetail, type ValueType, valueGot } from './problem.ts';
import { detailedProblem } from '../import/detailedProblem.ts';
import { lengthInCharacters } from './limits.ts';
import type { PatternForm } from './patternForms.ts';
import { PATTERNS } from './patterns.ts';
import { DAY_HELP } from './schema.ts';

type Issue = z.core.$ZodIssue;

// zod's names for the types the format expects, as the problems name them (problemTexts.ts, valueTypes).
const EXPECTED: Readonly<Record<string, ValueType>> = { string: 'text', number: 'number', boolean: 'boolean', array: 'list', object: 'object', record: 'object' };

// The patterns whose mismatch every language can say (FORM_HELP in schema.ts).
const FORMS: ReadonlyMap<string, PatternForm> = new Map([
  [String(PATTERNS.slug), 'slug'],
  [String(PATTERNS.lang), 'lang'],
  [String(PATTERNS.colour), 'colour'],
  [String(PATTERNS.text), 'text'],
  [String(PATTERNS.visible), 'visible'],
]);

// A date that does not even have a date's shape is an invalid date too.
const DATE_PATTERNS: ReadonlySet<string> = new Set([String(PATTERNS.date), String(PATTERNS.day)]);

/** One zod issue as a problem at `prefix` followed by the issue's own path. */
export function zodIssueProblem(issue: Issue, prefix: readonly PathSegment[]): Problem {
  const code = zodIssueCode(issue);
  const path = formatPath([...prefix, ...(issue.path as PathSegment[])]);
  // A date written wrong is the commonest problem: its message names the value in every language.
  if (code === 'invalid-date' && typeof issue.input === 'string') {
    return detailedProblem(code, path, { key: issue.message === DAY_HELP ? 'invalidDay' : 'invalidDate', value: issue.input });
  }
  // So is a word not in its list (a kind, a precision): the message names it and the allowed words.
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    const allowed = issue.values.filter((v): v is string => typeof v === 'string');
    if (allowed.length === issue.values.length) return detailedProblem(code, path, { key: 'notAllowed', value: issue.input, allowed });
  }
  // And a value of the wrong type, an id, language tag or colour not written in its form, a list or a text too long.
  const detail = wrongType(issue) ?? badFormat(issue) ?? tooManyItems(issue) ?? tooLong(issue);
  if (detail) return detailedProblem(code, path, detail);
  return { code, path, message: zodIssueMessage(issue) };
}

function wrongType(issue: Issue): ProblemDetail | null {
  const input: unknown = issue.input;
  if (issue.code !== 'invalid_type' || input === undefined) return null;
  const expected = EXPECTED[issue.expected];
  if (!expected) return null;
  const got = valueGot(input);
  return got && { key: 'wrongType', expected, ...got };
}

function tooManyItems(issue: Issue): ProblemDetail | null {
  return issue.code === 'too_big' && issue.origin === 'array' ? { key: 'tooManyItems', limit: Number(issue.maximum) } : null;
}

/**
 * A text over its limit that was not cut (an id, an address, a time zone; a text of an event left out for another fault):
 * its length and the limit that applies, and only its start (a URL may be a megabyte long).
 */
function tooLong(issue: Issue): ProblemDetail | null {
  if (issue.code !== 'too_big' || issue.origin !== 'string' || typeof issue.input !== 'string') return null;
  return { key: 'tooLong', value: quoteText(issue.input), length: lengthInCharacters(issue.input), limit: Number(issue.maximum) };
}

function badFormat(issue: Issue): ProblemDetail | null {
  // A record's key (a translation's language tag) is checked by its own issue, inside this one.
  const format = issue.code === 'invalid_key' ? issue.issues[0] : issue;
  if (format?.code !== 'invalid_format' || typeof issue.input !== 'string') return null;
  const form = FORMS.get(format.pattern ?? '');
  return form ? { key: 'badFormat', value: issue.input, form } : null;
}

function zodIssueCode(issue: Issue): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return issue.input === undefined ? 'required' : issue.code === 'invalid_type' ? 'wrong-type' : 'not-allowed';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : 'too-many';
    case 'too_small':
      return issue.origin === 'string' ? 'too-short' : 'too-few';
    case 'invalid_format':
      return issue.format === 'regex' && DATE_PATTERNS.has(issue.pattern ?? '') ? 'invalid-date' : 'bad-format';
    case 'custom':
      // The schema's refinements name their code (schema.ts, `refine`).
      return (issue.params?.code as ProblemCode | undefined) ?? 'bad-format';
    default:
      return 'bad-format';
  }
}

/** Turns one zod issue into the plain message a journalist can act on. */
function zodIssueMessage(issue: Issue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      // A type the problems do not name (wrongType above names the format's).
      return `expected ${issue.expected}, got ${describeType(input)} ${typeof input === 'object' && input !== null ? '' : quoteValue(input)}`.trimEnd();
    case 'invalid_value':
      if (input === undefined) return 'is required';
      return `${quoteValue(input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
    case 'too_small':
      // Length messages carry no value: quoting a 10 MB string helps nobody.
      return issue.message;
    case 'invalid_format':
    case 'custom':
      return `${quoteValue(input)} ${issue.message}`;
    case 'invalid_key': {
      // A record's key (a translation's language tag) that its pattern refuses: say which and why.
      const why = issue.issues[0];
      return why ? `${quoteValue(input)} ${why.message}` : issue.message;
    }
    default:
      return issue.message;
  }
}
