import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/shared/dataset/limits.ts';
import { problemToString } from '../../../../src/shared/dataset/problem.ts';
import { importInput } from '../../../../src/shared/import/importInput.ts';

/*
 * TimelineJS has no length limits; this app's format has (LIMITS). The converter fits what it
 * makes to them and says so where it cut, instead of handing the validator a field it then
 * refuses: a title slide's 400-character headline (the lane of slides without a group is named
 * after it) left out every such slide ("nothing usable"), and a long text, caption or link left
 * out its whole slide under a message that blamed the wrong field.
 */

const slide = (day: number, more: Record<string, unknown> = {}) => ({
  start_date: { year: 2022, month: 3, day },
  text: { headline: `Slide ${day}`, text: `Text ${day} <a href="https://example.org/${day}">source</a>` },
  ...more,
});

function imported(timeline: Record<string, unknown>) {
  const r = importInput(JSON.stringify(timeline));
  return { ...r, strings: r.problems.map(problemToString) };
}

describe('a TimelineJS file with texts longer than the format allows', () => {
  it("keeps a timeline whose title slide's headline and text are too long: both cut, and said", () => {
    const r = imported({ title: { text: { headline: 'H'.repeat(400), text: 'd'.repeat(25_000) } }, events: [slide(1), slide(2)] });
    expect(r.fatal, r.strings.join('\n')).toBe(false);
    expect(r.dataset!.events.map((e) => e.id)).toEqual(['slide-1', 'slide-2']);
    expect(r.dataset!.title.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(r.dataset!.title.startsWith('HHH')).toBe(true);
    expect(r.dataset!.description!.length).toBeLessThanOrEqual(LIMITS.longText);
    expect(r.dataset!.actors[0]!.name.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(r.strings).toEqual([
      'title.text.headline: is longer than 300 characters: the title was cut',
      'title.text.text: is longer than 20,000 characters: it was cut',
    ]);
  });

  it('keeps each slide whose text, date note, group, caption, credit or alt text is too long, cut where it is too long, and says so at that field', () => {
    const r = imported({
      title: { text: { headline: 'Long texts' } },
      events: [
        slide(1, { text: { headline: 'Long text', text: `${'z'.repeat(25_000)} https://example.org/z` } }),
        slide(2, { display_date: 'n'.repeat(25_000) }),
        slide(3, { group: 'G'.repeat(400) }),
        slide(4, { media: { url: 'https://example.org/a.jpg', caption: 'c'.repeat(25_000), credit: 'r'.repeat(400), alt: 'a'.repeat(25_000) } }),
      ],
    });
    expect(r.dataset!.events.map((e) => e.title)).toEqual(['Long text', 'Slide 2', 'Slide 3', 'Slide 4']);
    const [text, note, group, media] = r.dataset!.events;
    expect(text!.summary.startsWith('zzz')).toBe(true);
    expect(note!.dateNote!.startsWith('nnn')).toBe(true);
    expect(r.dataset!.actors.find((a) => a.id === group!.from)!.name.startsWith('GGG')).toBe(true);
    expect(media!.media).toHaveLength(1);
    for (const e of r.dataset!.events) expect(e.sources.length).toBeGreaterThan(0);
    expect(r.strings).toEqual([
      'events[0].text.text: is longer than 20,000 characters: it was cut',
      'events[1].display_date: is longer than 20,000 characters: it was cut',
      'events[2].group: is longer than 300 characters: it was cut',
      'events[3].media.caption: is longer than 20,000 characters: it was cut',
      'events[3].media.credit: is longer than 300 characters: it was cut',
      'events[3].media.alt: is longer than 20,000 characters: it was cut',
    ]);
  });

  it('keeps a slide whose link is too long to be a source: its text stays, the link is said and not made a source', () => {
    const long = `https://example.org/${'l'.repeat(2100)}`;
    const r = imported({
      title: { text: { headline: 'Links' } },
      events: [
        slide(1, { text: { headline: 'Long link', text: `See <a href="${long}">the record</a> and <a href="https://example.org/ok">this</a>.` } }),
        slide(2, { text: { headline: 'Long host', text: `At https://${'h'.repeat(60)}.${'h'.repeat(60)}.${'h'.repeat(60)}.${'h'.repeat(60)}.${'h'.repeat(60)}.example.org/x` } }),
      ],
    });
    expect(r.dataset!.events.map((e) => e.title)).toEqual(['Long link', 'Long host']);
    const [link, host] = r.dataset!.events;
    expect(link!.summary).toBe('See the record and this.');
    expect(link!.sources).toEqual([{ title: 'this', publisher: 'example.org', url: 'https://example.org/ok' }]);
    expect(host!.sources).toHaveLength(1);
    expect(host!.sources[0]!.publisher.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(r.strings).toEqual([`events[0].text.text: the link "the record" is longer than 2,000 characters: its text is kept, not as a source`]);
  });

  it("takes a display date's text out of its HTML, and keeps none when it is only markup", () => {
    const r = imported({
      title: { text: { headline: 'Notes' } },
      events: [slide(1, { display_date: '<script>alert(1)</script>' }), slide(2, { display_date: '<i>Spring</i> 2022' })],
    });
    expect(r.dataset!.events.map((e) => e.dateNote)).toEqual([undefined, 'Spring 2022']);
  });
});

describe('a TimelineJS spreadsheet with texts longer than the format allows', () => {
  it('keeps the row, cuts the text and caption, and names their columns', () => {
    const header = 'Year,Month,Day,Headline,Text,Media,Media Caption';
    const row = `2022,3,1,Long,${'z'.repeat(25_000)} https://example.org/z,https://example.org/a.jpg,${'c'.repeat(25_000)}`;
    const r = importInput(`${header}\n${row}\n`);
    expect(r.format).toBe('timelinejs-csv');
    expect(r.dataset!.events).toHaveLength(1);
    expect(r.problems.map(problemToString).filter((s) => !s.includes('title'))).toEqual([
      'row 2, column "Text": is longer than 20,000 characters: it was cut',
      'row 2, column "Media Caption": is longer than 20,000 characters: it was cut',
    ]);
  });
});

describe('a TimelineJS media item kept as a link', () => {
  // The format's media have alt text whatever their kind: a video's was dropped without a word.
  it('keeps its alt text, from the JSON and from the sheet, and fits it to the limit at its field', () => {
    const r = imported({
      title: { text: { headline: 'Videos' } },
      events: [
        slide(1, { media: { url: 'https://www.youtube.com/watch?v=abc', alt: 'Rogozin at the press conference' } }),
        slide(2, { media: { url: 'https://www.youtube.com/watch?v=def', alt: 'a'.repeat(25_000) } }),
      ],
    });
    const [short, long] = r.dataset!.events;
    expect(short!.media).toEqual([{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc', alt: 'Rogozin at the press conference' }]);
    expect(long!.media![0]!.alt!.length).toBeLessThanOrEqual(LIMITS.longText);
    expect(r.strings).toContain('events[1].media.alt: is longer than 20,000 characters: it was cut');

    const sheet = importInput('Year,Month,Day,Headline,Text,Media,Alt Text\n2022,3,1,Video,Text,https://www.youtube.com/watch?v=abc,The press conference\n');
    expect(sheet.format).toBe('timelinejs-csv');
    expect(sheet.dataset!.events[0]!.media).toEqual([{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc', alt: 'The press conference' }]);
  });
});
