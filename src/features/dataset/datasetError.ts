import type { Problem } from '../../shared/dataset/problem.ts';

export type DatasetErrorKind =
  | 'not-found'
  | 'server'
  | 'timeout'
  | 'html'
  | 'truncated'
  | 'not-json'
  | 'invalid'
  | 'too-large'
  | 'network'
  | 'cors'
  | 'offline'
  | 'refused';

/** A failure to load a dataset, with a message written for the reader. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: Problem[];
  constructor(kind: DatasetErrorKind, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
  }
}
