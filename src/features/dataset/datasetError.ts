import { LIMITS } from '../../shared/dataset/limits.ts';
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

/** The message for a file over the size limit (LIMITS.fileBytes): a fetched dataset or a local file. */
export const tooLargeMessage = (what: 'dataset' | 'file') => `The ${what} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB.`;
