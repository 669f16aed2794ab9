import type { ProblemDetail } from '../dataset/problem.ts';
import { quoteText } from '../dataset/problem.ts';
import { VERIFICATION_STATUSES } from '../dataset/vocabulary.ts';
import type { Messages } from './catalogues/en.ts';
import { makeFormat, type Format } from './format.ts';

const formats = new WeakMap<Messages, Format>();

/** A problem with its values (ProblemDetail) in the catalogue's language. */
export function problemDetailText(d: ProblemDetail, t: Messages): string {
  let f = formats.get(t);
  if (!f) formats.set(t, (f = makeFormat(t)));
  const m = t.problemDetails;
  if (d.key === 'extraCells') return m.extraCells(f.plural(m.cells, d.cells), f.plural(m.columns, d.columns));
  if (d.key === 'incompleteSet') return m.incompleteSet(quoteText(d.value), f.list(d.missing.map((c) => m.quoted(quoteText(c)))));
  if (d.key === 'workbook' || d.key === 'notText') return m[d.key](m.fileKinds[d.what]);
  if (d.key === 'missingColumns') return m.missingColumns(f.orList(d.missing.map(m.quoted)), f.list(d.needed.map(m.quoted)));
  if (d.key === 'noValidEvents') return f.plural(m.noValidEvents, d.events);
  if (d.key === 'unknownStatus') return m.unknownStatus(quoteText(d.value), f.orList(VERIFICATION_STATUSES.map(m.quoted)));
  // The value is the file's own text: shortened as every quoted value is.
  return m[d.key](quoteText(d.value), d.kept);
}
