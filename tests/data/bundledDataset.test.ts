import { readFileSync } from 'node:fs';
import { ENGLISH } from '../../src/shared/i18n/I18n.tsx';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/shared/dataset/parseDatasetText.ts';
import { buildTimelineModel } from '../../src/shared/model/timelineModel.ts';
import { formatEventDate } from '../../src/shared/dates/formatEventDate.ts';

const result = parseDatasetText(readFileSync('data/roscosmos-iss-2022.json', 'utf8'));
const model = buildTimelineModel(result.dataset!);
const byId = model.eventsById;

describe('the bundled Roscosmos–partners dataset', () => {
  it('validates with no problem', () => {
    expect(result.problems).toEqual([]);
  });

  it('holds the 19 events of the fact sheet, each with at least one source', () => {
    expect(model.events).toHaveLength(19);
    for (const e of model.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('dates the three replies as a window from 12 March to 2 April, never a day', () => {
    const replies = model.repliesTo.get('rogozin-demands-letters')!.filter((e) => e.kind === 'letter');
    expect(replies.map((e) => e.from).sort()).toEqual(['csa', 'esa', 'nasa']);
    for (const r of replies) {
      expect(r.date).toBe('2022-03-12');
      expect(r.dateEnd).toBe('2022-04-02');
      expect(formatEventDate(r, ENGLISH.f.dates)).toBe('between 12 March and 2 April 2022');
    }
  });

  it('links the 2 April thread to the three replies', () => {
    const thread = byId.get('rogozin-posts-replies')!;
    expect(thread.inReplyTo?.slice().sort()).toEqual(['aschbacher-reply-letter', 'campbell-reply-letter', 'nelson-reply-letter']);
  });

  it('keeps Russian originals with their English translation', () => {
    const quotes = model.events.flatMap((e) => e.quotes ?? []).filter((q) => q.lang === 'ru');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) expect(q.translation?.lang).toBe('en');
  });

  it('claims no letter to or from JAXA', () => {
    for (const e of model.events) {
      expect(e.from).not.toBe('jaxa');
      expect(e.to).not.toContain('jaxa');
    }
  });

  it('carries the verification flags of the fact sheet', () => {
    expect(byId.get('nelson-reply-letter')?.verification?.status).toBe('unconfirmed');
    expect(byId.get('campbell-reply-letter')?.verification?.status).toBe('confirmed');
    expect(byId.get('aschbacher-reply-letter')?.verification?.status).toBe('unconfirmed');
  });

  it('says the sanctions speech in Eastern time and puts it first', () => {
    expect(model.events[0]?.id).toBe('biden-sanctions');
    expect(formatEventDate(model.events[0]!, ENGLISH.f.dates)).toBe('24 February 2022, 13:43 EST');
  });

  it('says in each date note the very words the app shows for the date', () => {
    const notes = model.events.filter((e) => e.dateNote?.includes('shown as'));
    expect(notes.map((e) => e.id).sort()).toEqual(['aschbacher-reply-letter', 'campbell-reply-letter', 'nelson-reply-letter']);
    for (const e of notes) expect(/shown as "([^"]+)"/.exec(e.dateNote!)?.[1], e.id).toBe(formatEventDate(e, ENGLISH.f.dates));
  });

  it('keeps the 2 April thread\'s verification about authenticity, its date exact and the over-reading in the note', () => {
    const thread = byId.get('rogozin-posts-replies')!;
    expect(thread.approximate).toBeUndefined();
    expect(formatEventDate(thread, ENGLISH.f.dates)).toBe('2 April 2022');
    expect(thread.dateNote).toMatch(/only the time of day is approximate/);
    expect(thread.verification?.status).toBe('confirmed');
    expect(thread.verification?.note).toMatch(/^The posts are authentic.*goes beyond Rogozin's words/);
  });
});
