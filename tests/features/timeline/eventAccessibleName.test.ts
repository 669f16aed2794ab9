import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';
import { eventAccessibleName } from '../../../src/features/timeline/eventAccessibleName.ts';
import { bundledModel, syntheticModel } from './timelineFixtures.ts';

const model = bundledModel();
const nameOf = (id: string) => eventAccessibleName(model, model.eventsById.get(id)!, ENGLISH);

describe('eventAccessibleName', () => {
  it('names a reply letter with its window, sender, recipient, kind, status and what it answers', () => {
    expect(nameOf('nelson-reply-letter')).toBe(
      'Nelson replies that export controls still allow ISS cooperation, between 12 March and 2 April 2022, from NASA to Roscosmos, letter, unconfirmed, in reply to 1 event',
    );
  });

  it('starts with the title', () => {
    for (const e of model.events) expect(nameOf(e.id).startsWith(`${e.title}, `), e.id).toBe(true);
  });

  it('says a time in the event’s own zone', () => {
    expect(nameOf('biden-sanctions')).toBe(
      "Biden announces sanctions aimed at Russia's space program, 24 February 2022, 13:43 EST, from U.S. Government to Roscosmos, sanction",
    );
    expect(nameOf('soyuz-ms19-landing')).toBe(
      'Soyuz MS-19 lands with Mark Vande Hei and two cosmonauts, 30 March 2022, 11:28 UTC, from Roscosmos to NASA, milestone',
    );
  });

  it('lists every recipient, says "around" for an approximate date and counts several answered events', () => {
    expect(nameOf('rogozin-posts-replies')).toBe(
      "Rogozin posts partners' replies, says sanctions will not be lifted, 2 April 2022, from Roscosmos to NASA, ESA and CSA, social post, in reply to 3 events",
    );
    expect(nameOf('rogozin-demands-letters')).toMatch(/^Rogozin demands partners lift sanctions on ISS contractors, around 12 March 2022, from Roscosmos to NASA, CSA and ESA, letter/);
  });

  it('leaves out "to" when there is no recipient and the status when it is confirmed', () => {
    expect(nameOf('nasa-cooperation-continues')).toBe(
      'NASA says export controls still allow U.S.-Russia space cooperation, 25 February 2022, from NASA, statement',
    );
    expect(nameOf('rogozin-end-of-march-deadline')).toBe(
      "Rogozin sets end of March as deadline for partners' answers, between 18 and 19 March 2022, from Roscosmos, statement",
    );
  });

  it('falls back to the id of an actor the model does not know', () => {
    const m = syntheticModel(
      [{ id: 'a', name: 'Agency A' }],
      [{ id: 'e', date: '2022-03', from: 'a', to: ['ghost'], kind: 'press-report', title: 'A report' }],
    );
    expect(eventAccessibleName(m, m.events[0]!, ENGLISH)).toBe('A report, March 2022, from Agency A to ghost, press report');
  });

  it('in Russian, names the event by its Russian title and the agencies by their Russian names, and lowers only the first letter of the kind and status', () => {
    const russian = { lang: 'ru' as const, t: ru, f: makeFormat(ru) };
    expect(eventAccessibleName(model, model.eventsById.get('journal-asks-authenticity')!, russian)).toBe(
      'The Hamden Journal попросила агентства подтвердить подлинность писем, 2 апреля 2022\u00a0г., от: The Hamden Journal, кому: НАСА, ЕКА и ККА, сообщение СМИ',
    );
    expect(eventAccessibleName(model, model.eventsById.get('nelson-reply-letter')!, russian)).toBe(
      'Нельсон ответил, что меры экспортного контроля по-прежнему допускают сотрудничество по МКС, между 12 марта и 2 апреля 2022\u202fг., от: НАСА, кому: Роскосмос, письмо, не подтверждено, ответ на 1 событие',
    );
  });
});
