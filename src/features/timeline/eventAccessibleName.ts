import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import type { I18n } from '../../shared/i18n/I18n.tsx';
import { translatedTitle } from '../../shared/model/translated.ts';
import { actorName, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';

/** A word inside a sentence: its first letter in lower case, the rest as written ("сообщение СМИ", not "сообщение сми"). */
const inSentence = (word: string, locale: string) => word.charAt(0).toLocaleLowerCase(locale) + word.slice(1);

/** "Title, 24 February 2022, 13:43 EST, from Roscosmos to NASA, letter, unconfirmed": title first. */
export function eventAccessibleName(model: Pick<TimelineModel, 'actorsById'>, e: TimelineEvent, { t, f, lang }: Pick<I18n, 't' | 'f' | 'lang'>): string {
  const to = e.to.length > 0 ? f.list(e.to.map((id) => actorName(model, id, lang))) : null;
  const status = e.verification && e.verification.status !== 'confirmed' ? inSentence(t.status[e.verification.status], t.locale.dates) : null;
  const replies = e.inReplyTo?.length ? f.plural(t.chart.inReplyTo, e.inReplyTo.length) : null;
  return t.chart.markName(translatedTitle(e, lang), formatEventDate(e, f.dates), actorName(model, e.from, lang), to, inSentence(t.kinds[e.kind], t.locale.dates), status, replies);
}
