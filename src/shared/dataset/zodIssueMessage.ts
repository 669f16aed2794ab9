import type * as z from 'zod/mini';
import { describeType, quoteValue } from './problem.ts';

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Turns one zod issue into the plain message a journalist can act on. */
export function zodIssueMessage(issue: Issue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      if (input === null) return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got null`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(input)} ${
        typeof input === 'object' && input !== null ? '' : quoteValue(input)
      }`.trimEnd();
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
    default:
      return issue.message;
  }
}
