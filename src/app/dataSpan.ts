import { parseIsoDate } from '../shared/dates/isoDate.ts';
import type { TimelineModel } from '../shared/model/timelineModel.ts';
import type { DaySpan } from '../shared/url/urlState.ts';

/** The time the dataset's events span, from their first start to their last end (null without events). */
export function timeSpanOf(model: TimelineModel): [number, number] | null {
  const { start, end } = model.columns;
  if (start.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < start.length; i++) {
    if (start[i]! < lo) lo = start[i]!;
    if (end[i]! > hi) hi = end[i]!;
  }
  return [lo, hi];
}

/** Whether a span of days has none of the dataset's time in it. */
export function outsideOf(span: DaySpan, data: [number, number] | null): boolean {
  if (!data) return false;
  // Half-open: a span ending as the first event begins (or beginning as the last ends) holds none of it.
  return parseIsoDate(span.end)!.end <= data[0] || parseIsoDate(span.start)!.start >= data[1];
}
