import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../../src/shared/dataset/problem.ts';
import { problemText } from '../../../../src/features/dataset/datasetError.ts';
import { catalogue as ru } from '../../../../src/shared/i18n/catalogues/ru.ts';
import { PALETTE } from '../../../../src/shared/palette.ts';
import { readInput } from '../../../../src/shared/import/detectFormat.ts';
import { convertTimelineJson } from '../../../../src/shared/import/timelinejs/fromJson.ts';
import { convertTimelineCsv } from '../../../../src/shared/import/timelinejs/fromCsv.ts';

/* tests/fixtures/timelinejs/space-race.json: a TimelineJS 3 file written for this test. */
const value = JSON.parse(readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8'));
const c = convertTimelineJson(value);

describe('a TimelineJS JSON file', () => {
  it('is told apart from our dataset by its content', () => {
    const read = readInput(readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8'));
    expect(read.ok && read.format).toBe('timelinejs-json');
  });

  it('becomes this dataset: groups as actors (slides without a group in a lane named after the timeline, last), every date precision, links as sources, media', () => {
    expect(c.dataset).toEqual({
      version: 1,
      title: 'The space race',
      description: 'From Sputnik to Apollo.\n\nA second paragraph.',
      actors: [
        { id: 'ussr', name: 'USSR', color: PALETTE[0] },
        { id: 'usa', name: 'USA', color: PALETTE[1] },
        { id: 'the-space-race', name: 'The space race', color: PALETTE[2] },
      ],
      events: [
        {
          id: 'sputnik',
          date: '1957-10-04',
          kind: 'milestone',
          from: 'ussr',
          to: [],
          title: 'Sputnik 1',
          summary: 'The USSR launches the first satellite.\n\nIt beeps.',
          sources: [{ title: 'the first satellite', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Sputnik_1' }],
          media: [{ kind: 'image', url: 'https://upload.example.org/sputnik.jpg', caption: 'Sputnik replica', credit: 'NASA', alt: 'A metal sphere with four antennas' }],
        },
        {
          id: 'gagarin-orbits-earth',
          date: '1961-04-12',
          dateNote: 'Spring 1961',
          kind: 'milestone',
          from: 'ussr',
          to: [],
          title: 'Gagarin orbits Earth',
          summary: 'See https://www.esa.int/gagarin. Also this and that.',
          sources: [{ title: 'https://www.esa.int/gagarin', publisher: 'esa.int', url: 'https://www.esa.int/gagarin' }],
          media: [{ kind: 'link', url: 'https://www.youtube.com/watch?v=abc' }],
        },
        {
          id: 'sputnik-2',
          date: '1969-07',
          dateEnd: '1969-12',
          kind: 'milestone',
          from: 'usa',
          to: [],
          title: 'Apollo 11 lands on the Moon, and people walk on it for the first time in…',
          summary: 'Apollo 11 lands on the Moon, and people walk on it for the first time in history, which took years.',
          sources: [],
          media: [{ kind: 'link', url: 'https://maps.example/embed' }],
        },
        {
          id: 'a-year-without-a-group',
          date: '1969',
          kind: 'milestone',
          from: 'the-space-race',
          to: [],
          title: 'A year without a group',
          summary: 'A year without a group',
          sources: [],
        },
      ],
    });
  });

  it('says, at its path in the file, everything it did not carry over', () => {
    expect(c.problems.map(problemToString)).toEqual([
      "title.media: the title slide's media was not carried over",
      'eras[0]: the era "Early years" was not carried over (the app has no eras)',
      "events[0].media: media thumbnail not carried over (the app shows a media item's image or link, caption, credit and alt text)",
      'events[1].start_date: the time 09:07 was left out: TimelineJS gives no time zone, so only the day is kept',
      'events[1].text.text: the link "this" ("http://insecure.example/x") is not https: its text is kept, not as a source',
      'events[1].text.text: the link "that" ("javascript:alert(1)") is not https: its text is kept, not as a source',
      'events[1].media: media "https://www.youtube.com/watch?v=abc" (a video, map, document or page) is kept as a link: the app does not embed it',
      'events[1].background: the slide background was not carried over (the app has no slide backgrounds)',
      'events[2].text.headline: has no headline: the title is "Apollo 11 lands on the Moon, and people walk on it for the first time in…"',
      'events[2].unique_id: "sputnik" is used by an earlier slide: this one is "sputnik-2"',
      'events[2].media: media "https://maps.example/embed" (a video, map, document or page) is kept as a link: the app does not embed it',
      'events[3].text.text: has no text: the summary repeats the title',
      "events[4].start_date: year -500 is before year 1 (BCE): this app's dates start at year 1: the event was left out",
      'events[5].start_date: has no start date (a year at least): the event was left out',
    ]);
  });

  it('titles a slide whose headline has no visible character as one without a headline, and says what it held', () => {
    // Before, a zero-width space was the title: the event left out by the validator, or shown blank.
    const slide = (headline: string, text: string) => ({ start_date: { year: '1969' }, text: { headline, text } });
    const r = convertTimelineJson({ events: [slide('\u200b', 'Apollo 11 lands'), slide('\u202e\u00ad', '\u200b')] });
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Apollo 11 lands', 'Untitled event (1969)']);
    const said = r.problems.filter((p) => p.code === 'no-title' && p.path.startsWith('events'));
    expect(said.map(problemToString)).toEqual([
      'events[0].text.headline: has no visible character ("\\u200b"): the title is "Apollo 11 lands"',
      'events[1].text.headline: has no visible character ("\\u202e\\u00ad"): the title is "Untitled event (1969)"',
    ]);
    expect(problemText(said[0]!, ru)).toBe('нет ни одного видимого символа («\\u200b»): событие названо «Apollo 11 lands»');
  });

  it('gives each of those problems its code: what the app has no place for is "not-carried-over"', () => {
    expect(c.problems.map((p) => p.code)).toEqual([
      'not-carried-over',
      'not-carried-over',
      'not-carried-over',
      'time-dropped',
      'non-https-url',
      'non-https-url',
      'not-carried-over',
      'not-carried-over',
      'no-title',
      'renamed-id',
      'not-carried-over',
      'no-summary',
      'not-carried-over',
      'required',
    ]);
  });

  it('never carries a script or an event handler into any text', () => {
    const all = JSON.stringify(c.dataset);
    expect(all).not.toMatch(/alert|steal|onclick|<script|<p/);
  });

  it('maps paths of the converted dataset back to the slides they came from', () => {
    expect(c.locate('events[2].date')).toBe('events[2].start_date');
    expect(c.locate('events[3].summary')).toBe('events[3].text.text');
    expect(c.locate('events[1].sources[0].url')).toBe('events[1].text.text');
    expect(c.locate('events[0].media[0].url')).toBe('events[0].media');
    expect(c.locate('actors[1].name')).toBe('events[2].group');
  });

  it('reads numbers written as text, a year alone, and a cosmological scale with a warning', () => {
    const r = convertTimelineJson({ scale: 'cosmological', title: { text: { headline: 'T' } }, events: [{ start_date: { year: ' 2022 ', month: '3' }, text: { headline: 'H', text: 'x' } }] });
    expect(r.dataset.events[0]).toMatchObject({ date: '2022-03' });
    expect(r.problems.map(problemToString)).toEqual(['scale: the cosmological scale was not carried over: only events from year 1 to 9999 can be shown']);
  });

  it('says a start or end date written as text rather than {year, month, day} as what it is, not as a missing date', () => {
    const r = convertTimelineJson({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: '2020-03-01', text: { headline: 'A', text: 'x' } },
        { start_date: { year: 2020 }, end_date: '2021', text: { headline: 'B', text: 'x' } },
        { start_date: [2020, 3], text: { headline: 'C', text: 'x' } },
        // A blank end date, as some converters write, is no end date and no problem.
        { start_date: { year: 2021 }, end_date: '', text: { headline: 'D', text: 'x' } },
      ],
    });
    expect(r.dataset.events.map((e) => [e.title, e.date, e.dateEnd])).toEqual([['B', '2020', undefined], ['D', '2021', undefined]]);
    expect(r.leftOut).toBe(2);
    expect(r.problems.map(problemToString)).toEqual([
      'events[0].start_date: expected an object, got text "2020-03-01": the event was left out',
      'events[1].end_date: expected an object, got text "2021": it was left out',
      'events[2].start_date: expected an object, got a list: the event was left out',
    ]);
  });

  it("keeps an embedded tweet's or map's link as a link media item, the tweet's text in its caption, and never its markup", () => {
    const tweet = '<blockquote class="twitter-tweet"><p lang="en">We are <b>ready</b> to talk. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ministry (@ministry) <a href="https://twitter.com/ministry/status/123?ref_src=twsrc">March 1, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
    const r = convertTimelineJson({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { year: 2022 }, text: { headline: 'Tweet', text: 'x' }, media: { url: tweet, credit: 'Twitter' } },
        { start_date: { year: 2022 }, text: { headline: 'Map', text: 'x' }, media: { url: '<iframe src="https://www.google.com/maps/embed?pb=1" onload="alert(1)"></iframe>', caption: 'The site' } },
        { start_date: { year: 2022 }, text: { headline: 'Insecure', text: 'x' }, media: { url: '<iframe src="javascript:alert(1)"></iframe>' } },
      ],
    });
    expect(r.dataset.events.map((e) => e.media)).toEqual([
      [{ kind: 'link', url: 'https://twitter.com/ministry/status/123?ref_src=twsrc', caption: 'We are ready to talk. pic.twitter.com/abc\n\n— Ministry (@ministry) March 1, 2022', credit: 'Twitter' }],
      [{ kind: 'link', url: 'https://www.google.com/maps/embed?pb=1', caption: 'The site' }],
      undefined,
    ]);
    expect(r.problems.filter((p) => p.path.endsWith('.media')).map(problemToString)).toEqual([
      'events[0].media: embedded HTML in media (such as a <blockquote>) is kept as a link to "https://twitter.com/ministry/status/123?ref_src=twsrc", its text in the caption: the app does not embed it',
      'events[1].media: media "https://www.google.com/maps/embed?pb=1" (a video, map, document or page) is kept as a link: the app does not embed it',
      'events[2].media: embedded HTML (such as an <iframe> or a <blockquote>) in media was not carried over: the app shows images and links only',
    ]);
  });

  it("keeps an embedded tweet's other https links (its picture, a hashtag, a link in it) as sources, and says one that is not https", () => {
    // Before, only the tweet's own link was kept (as media); the others were dropped unsaid.
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="ru">Письмо <a href="https://t.co/abc">pic.twitter.com/abc</a> <a href="https://twitter.com/hashtag/ISS?src=hash">#ISS</a> <a href="http://example.org/x">x</a></p>' +
      '&mdash; Rogozin (@Rogozin) <a href="https://twitter.com/Rogozin/status/123">March 12, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
    const r = convertTimelineJson({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2022 }, text: { headline: 'Tweet', text: 'x' }, media: { url: tweet } }] });
    const e = r.dataset.events[0]!;
    expect(e.media).toEqual([{ kind: 'link', url: 'https://twitter.com/Rogozin/status/123', caption: 'Письмо pic.twitter.com/abc #ISS x\n\n— Rogozin (@Rogozin) March 12, 2022' }]);
    expect(e.sources).toEqual([
      { title: 'pic.twitter.com/abc', publisher: 't.co', url: 'https://t.co/abc' },
      { title: '#ISS', publisher: 'twitter.com', url: 'https://twitter.com/hashtag/ISS?src=hash' },
    ]);
    expect(r.problems.map(problemToString)).toEqual([
      'events[0].media: the link "x" ("http://example.org/x") is not https: its text is kept, not as a source',
      'events[0].media: embedded HTML in media (such as a <blockquote>) is kept as a link to "https://twitter.com/Rogozin/status/123", its text in the caption: the app does not embed it',
    ]);
  });

  it("keeps the end date's display date as TimelineJS shows it, after the start's: none is lost", () => {
    const slide = (start: Record<string, unknown>, end: Record<string, unknown> | undefined, more: Record<string, unknown> = {}) => ({ start_date: start, end_date: end, text: { headline: 'H', text: 'x' }, ...more });
    const r = convertTimelineJson({
      title: { text: { headline: 'T' } },
      events: [
        slide({ year: 1990, display_date: 'The 1990s' }, { year: 2022, display_date: 'today' }),
        slide({ year: 1990 }, { year: 2022, display_date: 'present' }),
        slide({ year: 1990, display_date: 'The 1990s' }, { year: 2022 }),
        // The slide's own display date is the whole of what TimelineJS shows.
        slide({ year: 1990, display_date: 'The 1990s' }, { year: 2022, display_date: 'today' }, { display_date: 'Three decades' }),
      ],
    });
    expect(r.dataset.events.map((e) => e.dateNote)).toEqual(['The 1990s – today', '– present', 'The 1990s', 'Three decades']);
  });

  it('says a title, text or media that is not an object where TimelineJS wants one, instead of dropping it without a word', () => {
    const r = convertTimelineJson({
      title: 'My timeline',
      events: [
        { start_date: { year: 2020 }, text: 'What happened', media: 'https://e.org/photo.jpg' },
        { start_date: { year: 2021 }, text: { headline: 'Fine', text: 'x' }, media: ['https://e.org/a.jpg'] },
      ],
    }, { fallbackTitle: 'file' });
    expect(r.problems.filter((p) => p.code === 'wrong-type').map(problemToString)).toEqual([
      'title: expected an object, got text "My timeline": it was left out',
      'events[0].text: expected an object, got text "What happened": it was left out',
      'events[0].media: expected an object, got text "https://e.org/photo.jpg": it was left out',
      'events[1].media: expected an object, got a list: it was left out',
    ]);
  });

  it('puts slides of one day in the order of their times, as TimelineJS does, though the times themselves are not kept', () => {
    const at = (hour: number | undefined, headline: string) => ({ start_date: { year: 2022, month: 2, day: 24, ...(hour === undefined ? {} : { hour, minute: 30 }) }, text: { headline, text: 'x' } });
    const r = convertTimelineJson({
      title: { text: { headline: 'T' } },
      events: [at(14, 'Afternoon'), { start_date: { year: 2022, month: 2, day: 23 }, text: { headline: 'The day before', text: 'x' } }, at(undefined, 'The day'), at(5, 'Dawn'), at(9, 'Morning')],
    });
    expect(r.dataset.events.map((e) => e.title)).toEqual(['The day', 'The day before', 'Dawn', 'Morning', 'Afternoon']);
    // Each event is still located at its own slide.
    expect(r.dataset.events.map((_, i) => r.locate(`events[${i}].title`))).toEqual(['events[2].text.headline', 'events[1].text.headline', 'events[3].text.headline', 'events[4].text.headline', 'events[0].text.headline']);
    // Seconds and milliseconds order slides of one minute, as in TimelineJS's own example of milliseconds.
    const ms = (millisecond: string, headline: string) => ({ start_date: { year: '2015', month: '01', day: '01', hour: '01', minute: '01', second: '01', millisecond }, text: { headline, text: 'x' } });
    expect(convertTimelineJson({ events: [ms('30', 'Third'), ms('01', 'First'), ms('10', 'Second')] }).dataset.events.map((e) => e.title)).toEqual(['First', 'Second', 'Third']);
    const sheet = readInput('Year,Month,Day,Time,Headline,Text\n2022,2,24,14:30,Afternoon,x\n2022,2,24,5:30 AM,Dawn,x\n');
    if (!sheet.ok || sheet.format !== 'timelinejs-csv') throw new Error('a TimelineJS sheet');
    const c2 = convertTimelineCsv(sheet.table);
    expect(c2.dataset.events.map((e) => e.title)).toEqual(['Dawn', 'Afternoon']);
    expect(c2.locate('events[0].title')).toBe('row 3, column "Headline"');
  });

  it('refuses the older TimelineJS 2 layout with a message', () => {
    const read = readInput('{"timeline": {"headline": "x", "date": []}}');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]!.message).toMatch(/older TimelineJS 2 layout/);
  });
});

describe('zero-width characters in what names or identifies a slide', () => {
  it('are stripped from groups and unique_ids, not from the text, so "NASA\\u200B" is NASA\'s lane', () => {
    // Before, "NASA\u200B" was an actor of its own beside "NASA" (a second lane), and "a\u200B" an id renamed a-2.
    const slide = (group: string, id: string, text: string) => ({ start_date: { year: 2022 }, group, unique_id: id, text: { headline: 'H', text } });
    const d = convertTimelineJson({ title: { text: { headline: 'T' } }, events: [slide('NASA', 'a', 'One'), slide('NASA\u200B', 'b\u2060', 'Zero\u200Bwidth in prose'), slide('\uFEFFNASA\u200D', 'c\u200C', 'Three')] }).dataset;
    expect(d.actors.map((a) => a.name)).toEqual(['NASA']);
    expect(d.events.map((e) => [e.id, e.from])).toEqual([['a', 'nasa'], ['b', 'nasa'], ['c', 'nasa']]);
    expect(d.events[1]?.summary).toBe('Zero\u200Bwidth in prose');
  });
});

describe('what a TimelineJS slide holds beyond its text is not lost', () => {
  const slide = (more: Record<string, unknown>) => ({ start_date: { year: 2022 }, text: { headline: 'H', text: 'Own text.' }, ...more });

  it("keeps a media <blockquote> without a link as a paragraph of the slide's text, and says so", () => {
    // Before, its quote was lost: 'embedded HTML (such as an <iframe> or a <blockquote>) in media was not carried over'.
    const r = convertTimelineJson({ title: { text: { headline: 'T' } }, events: [slide({ media: { url: '<blockquote>“We will not <b>cooperate</b>.”<br>— Rogozin</blockquote>' } }), slide({ text: { headline: 'H2' }, media: { url: '<blockquote>Only this.</blockquote>' } })] });
    expect(r.dataset.events.map((e) => [e.summary, e.media])).toEqual([
      ['Own text.\n\n“We will not cooperate.”\n— Rogozin', undefined],
      ['Only this.', undefined],
    ]);
    expect(r.problems.map(problemToString)).toEqual([
      "events[0].media: embedded HTML in media (such as a <blockquote>) has no link to keep: its text was added to the slide's text",
      "events[1].media: embedded HTML in media (such as a <blockquote>) has no link to keep: its text was added to the slide's text",
    ]);
    expect(problemText(r.problems[0]!, ru)).toBe('во встроенном HTML в медиа (например, <blockquote>) нет ссылки: его текст добавлен к тексту слайда');
  });

  it('keeps the https links of a media credit or caption as sources, their text in the credit and caption', () => {
    // Before, only their text was kept: the photographer's or agency's address was lost.
    const media = { url: 'https://example.org/a.jpg', credit: 'Photo: <a href="https://agency.example/p/1">Agency</a>', caption: 'See <a href="https://news.example/story">the story</a> and <a href="http://old.example/">old</a>' };
    const r = convertTimelineJson({ title: { text: { headline: 'T' } }, events: [slide({ media })] });
    expect(r.dataset.events[0]).toMatchObject({
      media: [{ kind: 'image', url: 'https://example.org/a.jpg', caption: 'See the story and old', credit: 'Photo: Agency' }],
      sources: [
        { title: 'the story', publisher: 'news.example', url: 'https://news.example/story' },
        { title: 'Agency', publisher: 'agency.example', url: 'https://agency.example/p/1' },
      ],
    });
    expect(r.problems.map(problemToString)).toEqual(['events[0].media.caption: the link "old" ("http://old.example/") is not https: its text is kept, not as a source']);
  });

  it('puts groups that differ only in case or spacing in one lane, and says so once per spelling', () => {
    // Before, "nasa" joined NASA's lane silently (TimelineJS shows two rows); a journalist means one agency, and is told.
    const r = convertTimelineJson({ title: { text: { headline: 'T' } }, events: [slide({ group: 'NASA' }), slide({ group: 'nasa' }), slide({ group: 'nasa' }), slide({ group: 'NASA ' }), slide({ group: 'Nasa' })] });
    expect(r.dataset.actors.map((a) => a.name)).toEqual(['NASA']);
    expect(r.dataset.events.map((e) => e.from)).toEqual(['nasa', 'nasa', 'nasa', 'nasa', 'nasa']);
    expect(r.problems.map(problemToString)).toEqual([
      'events[1].group: group "nasa" is shown in the lane of group "NASA": groups whose names differ only in case or spacing are one actor here (TimelineJS shows two rows)',
      'events[4].group: group "Nasa" is shown in the lane of group "NASA": groups whose names differ only in case or spacing are one actor here (TimelineJS shows two rows)',
    ]);
    expect(problemText(r.problems[0]!, ru)).toBe('группа «nasa» показана на дорожке группы «NASA»: группы, чьи названия различаются только регистром или пробелами, здесь — один участник (в TimelineJS это две строки)');
  });
});
