import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { actorName, KIND_LABELS, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';

/** "Title, 24 February 2022, 13:43 EST, from Roscosmos to NASA, letter, unconfirmed": title first. */
export function eventAccessibleName(model: Pick<TimelineModel, 'actorsById'>, e: TimelineEvent): string {
  const to = e.to.length > 0 ? ` to ${e.to.map((id) => actorName(model, id)).join(', ')}` : '';
  const status = e.verification && e.verification.status !== 'confirmed' ? `, ${e.verification.status}` : '';
  const replies = e.inReplyTo?.length ? `, in reply to ${e.inReplyTo.length} event${e.inReplyTo.length > 1 ? 's' : ''}` : '';
  return `${e.title}, ${formatEventDate(e)}, from ${actorName(model, e.from)}${to}, ${KIND_LABELS[e.kind].toLowerCase()}${status}${replies}`;
}
