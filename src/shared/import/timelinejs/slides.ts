import { fitted, LIMITS, longerThan } from '../../dataset/limits.ts';
import { sourceFromLink } from '../sourceFromLink.ts';
import { mixedScriptLetters } from '../../text/mixedScripts.ts';
import { valueGot, type Problem, type ProblemCode, type ProblemDetail } from '../../dataset/problem.ts';
import { detailedProblem, leftOut } from '../detailedProblem.ts';
import { actorRegistry } from '../actorRegistry.ts';
import { htmlToText, plainUrls, type HtmlLink } from '../htmlToText.ts';
import { mediaKindOf } from '../mediaKind.ts';
import { slugify, uniqueSlug } from '../slug.ts';
import { parseIsoDate } from '../../dates/isoDate.ts';
import { tjsDateToIso, type DateNote, type TjsDate, type TjsDateResult } from './tjsDate.ts';
import { titleFromText } from '../titleFromText.ts';
import { PATTERNS } from '../../dataset/patterns.ts';
import { withoutZeroWidth } from '../../text/zeroWidth.ts';

/** One TimelineJS slide, from its JSON or from a spreadsheet row, before conversion. */
export interface Slide {
  /** A date as the file gives it: an object of TjsDate's fields, or (said as a problem) anything else. */
  start?: TjsDate | unknown;
  end?: TjsDate | unknown;
  headline?: unknown;
  text?: unknown;
  displayDate?: unknown;
  media?: { url?: unknown; caption?: unknown; credit?: unknown; alt?: unknown; thumbnail?: unknown; title?: unknown; link?: unknown };
  group?: unknown;
  uniqueId?: unknown;
  background?: unknown;
  autolink?: unknown;
}

/** The part of a slide a problem is about; each converter says where that part is in its file. */
export type SlideField =
  | 'slide'
  | 'start'
  | 'end'
  | 'startYear'
  | 'startMonth'
  | 'startDay'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'startTime'
  | 'endTime'
  | 'headline'
  | 'text'
  | 'displayDate'
  | 'media'
  | 'mediaCaption'
  | 'mediaCredit'
  | 'mediaAlt'
  | 'group'
  | 'uniqueId'
  | 'background';

/** Says a problem about a part of a slide; `more.detail` when its message comes from the catalogues with its values. */
type Warn = (code: ProblemCode, field: SlideField, message: string, more?: Pick<Problem, 'detail' | 'leftOut'>) => void;

const NOTE_FIELDS = {
  start: { year: 'startYear', month: 'startMonth', day: 'startDay' },
  end: { year: 'endYear', month: 'endMonth', day: 'endDay' },
} as const satisfies Record<'start' | 'end', Record<DateNote['part'], SlideField>>;

/** A warning whose message is written from the catalogues (English here, any language from its detail); `eventLeftOut` when the slide was left out for it. */
function warnDetail(warn: Warn, code: ProblemCode, field: SlideField, detail: ProblemDetail, eventLeftOut = false): void {
  const p = detailedProblem(code, '', detail);
  if (eventLeftOut) warn(code, field, leftOut(p, 'event').message, { detail, leftOut: 'event' });
  else warn(code, field, p.message, { detail });
}

/** A date whose year the app cannot show or read (`not-a-number`: said at its year): the event (or its end date) is left out; an end without a year is no end. */
function warnDate(warn: Warn, date: Exclude<TjsDateResult, { ok: true }>, part: 'start' | 'end'): void {
  if (date.reason === 'before-year-1' || date.reason === 'after-9999') {
    warnDetail(warn, DATE_CODES[date.reason], part, { key: date.reason === 'before-year-1' ? 'yearBefore1' : 'yearAfter9999', year: date.year, part }, part === 'start');
  } else if (date.reason === 'not-a-number') warnDetail(warn, DATE_CODES[date.reason], NOTE_FIELDS[part].year, notAYear(date.value, part), part === 'start');
  else if (date.reason === 'not-an-object') {
    // Text such as "2020-03-01" where TimelineJS wants {"year": 2020, …}: said as what it is, not as a missing date.
    const p = leftOut(detailedProblem(DATE_CODES[date.reason], '', { key: 'wrongType', expected: 'object', ...valueGot(date.value)! }), part === 'start' ? 'event' : 'value');
    warn(p.code, part, p.message, { detail: p.detail!, leftOut: p.leftOut! });
  }
  else if (part === 'start') warnDetail(warn, DATE_CODES.missing, part, { key: 'noStartDate' }, true);
}

/** A year that is no whole number: quoted as written, or an object or a list said as what it is (never quoted as JSON). */
function notAYear(value: unknown, part: 'start' | 'end'): ProblemDetail {
  if (typeof value === 'object' && value !== null) return { key: 'yearOfType', type: Array.isArray(value) ? 'list' : 'object', part };
  return { key: 'notAYear', value: String(value), part };
}

/** A date's notes as problems at the fields they are about. */
function warnNotes(notes: readonly DateNote[], which: 'start' | 'end', warn: Warn): void {
  for (const n of notes) warn(n.code, NOTE_FIELDS[which][n.part], detailedProblem(n.code, '', n.detail).message, { detail: n.detail });
}

/** Whether a date (an end date without its year) gives anything: a month, day, time or display date. */
function hasDateParts(date: unknown): boolean {
  return typeof date === 'object' && date !== null && Object.values(date).some((v) => v !== undefined && v !== null && String(v).trim() !== '');
}

/** Whether an end date (ISO, any precision) ends at or before its start date starts, as the validator judges a dateEnd. */
function endsBeforeStart(end: string, start: string): boolean {
  const e = parseIsoDate(end);
  const s = parseIsoDate(start);
  return e !== null && s !== null && e.end <= s.start;
}

/** The kind given to every TimelineJS event: its slides say what happened, not who wrote to whom. */
const TIMELINEJS_KIND = 'milestone';
/** Why a date could not be used, as a problem: a year the app cannot show is not carried over; the others are faults. */
const DATE_CODES: Record<Exclude<TjsDateResult, { ok: true }>['reason'], ProblemCode> = {
  missing: 'required',
  'not-a-number': 'invalid-date',
  'not-an-object': 'wrong-type',
  'before-year-1': 'not-carried-over',
  'after-9999': 'not-carried-over',
};

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const plain = (v: unknown) => htmlToText(str(v));

const isHttps = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * Converts slides to events of the format (data/README.md, "TimelineJS files"): group → actor,
 * headline → title, text → summary, display_date → dateNote, start/end → date/dateEnd, unique_id →
 * id, https links → sources, media → media. What cannot be carried over is said through `warn`.
 */
export function slideConverter(timelineTitle: string) {
  const registry = actorRegistry([]);
  const takenIds = new Set<string>();
  let defaultLane: string | undefined;
  /** The spellings of a group already said to be in another spelling's lane. */
  const saidSpellings = new Set<string>();
  /** The time of day each converted event's slide gave (milliseconds from midnight), which the event does not keep. */
  const times = new WeakMap<object, number>();

  function sourcesFrom(parts: { field: SlideField; links: HtmlLink[] }[], warn: Warn) {
    const sources: { title: string; publisher: string; url: string }[] = [];
    const seen = new Set<string>();
    for (const { field, links } of parts) {
      for (const link of links) {
        if (!isHttps(link.url)) {
          warnDetail(warn, 'non-https-url', field, { key: 'linkNotHttps', text: link.text || link.url, url: link.url });
          continue;
        }
        if (longerThan(link.url, LIMITS.url)) {
          warnDetail(warn, 'too-long', field, { key: 'linkTooLong', text: link.text || link.url, limit: LIMITS.url });
          continue;
        }
        if (seen.has(link.url)) continue;
        seen.add(link.url);
        const source = sourceFromLink(link.url, link.text);
        if (source) sources.push(source);
      }
    }
    return sources;
  }

  /** A text of the slide fitted to its field's limit; where it was cut, `warn` says so. */
  function fit(text: string, limit: number, field: SlideField, warn: Warn): string {
    const f = fitted(text, limit);
    if (f.cut) warnDetail(warn, 'too-long', field, f.cut);
    return f.text;
  }

  /**
   * A slide's media as media items; with `text`, the text of an embed with no address to link
   * (a <blockquote> of a quote alone), for the slide's text to keep; `credits`, the links of an
   * embed other than the one it shows (a tweet's picture, hashtags, links), then of its caption
   * and credit, for its sources (the caption and credit keep only their text).
   */
  function mediaFrom(media: Slide['media'], warn: Warn): { items: Record<string, string>[]; text?: string; credits: { field: SlideField; links: HtmlLink[] }[] } {
    if (!media || typeof media !== 'object') return { items: [], credits: [] };
    const url = str(media.url).trim();
    const left = (['thumbnail', 'title', 'link'] as const).filter((k) => str(media[k]).trim() !== '');
    if (left.length > 0) warnDetail(warn, 'not-carried-over', 'media', { key: 'mediaPartsLeft', parts: left });
    const captionHtml = plain(media.caption);
    const creditHtml = plain(media.credit);
    const credits: { field: SlideField; links: HtmlLink[] }[] = [
      { field: 'mediaCaption', links: captionHtml.links },
      { field: 'mediaCredit', links: creditHtml.links },
    ];
    if (url === '') {
      // A caption, credit or alt text with no media to go with (TimelineJS shows none either): said, never dropped unsaid; a link in it is still a source.
      const texts = [['mediaCaption', captionHtml.text], ['mediaCredit', creditHtml.text], ['mediaAlt', str(media.alt).trim()]] as const;
      for (const [field, text] of texts) if (text !== '') warnDetail(warn, 'not-carried-over', field, { key: 'mediaTextWithoutMedia', value: text });
      return { items: [], credits };
    }
    let item: Record<string, string>;
    /** The text of an embed (a tweet's <blockquote>), kept in the caption. */
    let embedText = '';
    if (url.startsWith('<')) {
      // An embed's markup is never kept; the address it shows (an <iframe>'s, else a <blockquote>'s last link: a tweet's own) is, as a link.
      const embed = htmlToText(url);
      const shown = [...embed.frames, ...embed.links.map((l) => l.url).reverse()].find((u) => isHttps(u) && !longerThan(u, LIMITS.url));
      // Its other links are the slide's sources, as its text's links are, one that cannot be said there; an <iframe> has no text to keep, so only an https one is.
      const others = [...embed.frames.filter(isHttps).map((u) => ({ url: u, text: u })), ...embed.links].filter((l) => l.url !== shown);
      if (others.length > 0) credits.unshift({ field: 'media', links: others });
      if (shown === undefined) {
        // A quote with no link (a <blockquote> alone) is still the slide's: its text is kept in the slide's text.
        if (embed.text !== '') {
          warnDetail(warn, 'not-carried-over', 'media', { key: 'embedTextKept' });
          return { items: [], text: embed.text, credits };
        }
        warnDetail(warn, 'not-carried-over', 'media', { key: 'embeddedMedia' });
        return { items: [], credits };
      }
      embedText = embed.text;
      warnDetail(warn, 'not-carried-over', 'media', embedText === '' ? { key: 'mediaKeptAsLink', url: shown } : { key: 'embedKeptAsLink', url: shown });
      item = { kind: 'link', url: shown };
    } else {
      if (!isHttps(url) || longerThan(url, LIMITS.url)) {
        warnDetail(warn, 'non-https-url', 'media', { key: 'mediaNotHttps', url });
        return { items: [], credits };
      }
      const kind = mediaKindOf(url);
      if (kind === 'link') warnDetail(warn, 'not-carried-over', 'media', { key: 'mediaKeptAsLink', url });
      item = { kind, url };
    }
    const caption = fit([captionHtml.text, embedText].filter((t) => t !== '').join('\n\n'), LIMITS.longText, 'mediaCaption', warn);
    const credit = fit(creditHtml.text, LIMITS.shortText, 'mediaCredit', warn);
    // A link keeps its alt text too (the format's media have it whatever their kind): the panel names the link by it when there is no caption.
    const alt = fit(str(media.alt).trim(), LIMITS.longText, 'mediaAlt', warn);
    if (caption !== '') item.caption = caption;
    if (credit !== '') item.credit = credit;
    if (alt !== '') item.alt = alt;
    return { items: [item], credits };
  }

  /** The event for a slide, or null when its date cannot be shown (then `warn` has said why). */
  function convert(slide: Slide, warn: Warn): Record<string, unknown> | null {
    const start = tjsDateToIso(slide.start);
    if (!start.ok) {
      warnDate(warn, start, 'start');
      return null;
    }
    warnNotes(start.notes, 'start', warn);
    const e: Record<string, unknown> = { date: start.iso };
    if (start.droppedTime !== undefined) {
      warnDetail(warn, 'time-dropped', 'startTime', { key: 'timelineTimeDropped', time: start.droppedTime });
      times.set(e, start.timeOfDay!);
    }
    let endDisplay: string | undefined;
    if (slide.end !== undefined && slide.end !== null) {
      const end = tjsDateToIso(slide.end);
      if (end.ok) {
        warnNotes(end.notes, 'end', warn);
        // An end before the start is a slip in the end date (TimelineJS shows it as given): the slide is kept at its start.
        if (endsBeforeStart(end.iso, start.iso)) warnDetail(warn, 'date-end-before-date', 'end', { key: 'endBeforeStart', value: end.iso, date: start.iso, endLeftOut: true });
        else {
          if (end.iso !== start.iso) e.dateEnd = end.iso;
          endDisplay = end.displayDate;
        }
        if (end.droppedTime !== undefined) warnDetail(warn, 'time-dropped', 'endTime', { key: 'timelineTimeDropped', time: end.droppedTime });
      } else if (end.reason !== 'missing') warnDate(warn, end, 'end');
      // A month, day, time or display date of the end without its year: TimelineJS reads no end then, and neither does the app; said, not dropped unsaid.
      else if (hasDateParts(slide.end)) warnDetail(warn, 'not-carried-over', 'endYear', { key: 'endWithoutYear' });
    }
    // HTML like every text of a slide: a note that is only markup (a script) is no note.
    // As TimelineJS shows dates: the slide's display date, else the start's and the end's, each where given.
    const dates = endDisplay === undefined ? start.displayDate : `${start.displayDate ?? ''} – ${endDisplay}`.trim();
    const note = plain(str(slide.displayDate).trim() || dates).text;
    if (note) e.dateNote = fit(note, LIMITS.longText, 'displayDate', warn);

    const headline = plain(slide.headline);
    const text = plain(slide.text);
    // Read first, for an embedded quote's text to join the slide's; its problems said where the media is, after the text's.
    const mediaProblems: Parameters<Warn>[] = [];
    const media = mediaFrom(slide.media, (...problem) => mediaProblems.push(problem));
    let title = headline.text.replace(/\s*\n+\s*/g, ' ');
    // A headline with no visible character (a zero-width space) is none: the format refuses it as a title.
    const invisible = PATTERNS.visible.test(title) ? undefined : title;
    if (title === '' || invisible !== undefined) {
      title = text.text === '' || !PATTERNS.visible.test(text.text) ? `Untitled event (${start.iso})` : titleFromText(text.text);
      warnDetail(warn, 'no-title', 'headline', invisible === undefined ? { key: 'noTitle', where: 'slide', title } : { key: 'invisibleTitle', where: 'slide', value: invisible, title });
    } else {
      const f = fitted(title, LIMITS.shortText, 'titleCut');
      if (f.cut) warnDetail(warn, 'too-long', 'headline', f.cut);
      title = f.text;
    }
    e.title = title;
    // An embedded quote that had no link to keep as media is the slide's text too, after its own.
    const summary = [text.text, media.text ?? ''].filter((t) => t !== '').join('\n\n');
    if (summary === '') warn('no-summary', 'text', 'has no text: the summary repeats the title');
    e.summary = summary === '' ? title : fit(summary, LIMITS.longText, 'text', warn);

    // A group names its lane: "NASA\u200B" is NASA's.
    const group = withoutZeroWidth(plain(slide.group).text);
    if (group !== '') {
      const lane = registry.findOrAdd(fit(group, LIMITS.shortText, 'group', warn));
      const mixed = lane.added ? mixedScriptLetters(group) : null;
      if (mixed) warnDetail(warn, 'mixed-script', 'group', { key: 'mixedScripts', value: group, ...mixed });
      // "nasa" in NASA's lane: TimelineJS would show two rows; one actor here, as a spreadsheet reads names, and said once per spelling.
      const name = lane.added ? undefined : registry.added.find((a) => a.id === lane.id)?.name;
      const spelling = group.replace(/\s+/g, ' ');
      if (name !== undefined && name !== spelling && !saidSpellings.has(spelling)) {
        saidSpellings.add(spelling);
        warnDetail(warn, 'actor-added', 'group', { key: 'groupSpelledOtherwise', value: spelling, name });
      }
      e.from = lane.id;
    } else e.from = defaultLane ??= registry.findOrAdd(timelineTitle).id;
    e.to = [];
    e.kind = TIMELINEJS_KIND;

    const uniqueId = withoutZeroWidth(str(slide.uniqueId)).trim();
    const id = uniqueSlug(uniqueId || title, takenIds, `event-${takenIds.size + 1}`);
    if (uniqueId !== '' && slugify(uniqueId) !== '' && id !== slugify(uniqueId)) warnDetail(warn, 'renamed-id', 'uniqueId', { key: 'renamedId', value: uniqueId, id });
    e.id = id;

    const autolinks = slide.autolink === false ? [] : plainUrls(text.text).map((url) => ({ url, text: url }));
    e.sources = sourcesFrom(
      [
        { field: 'headline', links: headline.links },
        { field: 'text', links: [...text.links, ...autolinks] },
        // A link in a media caption or credit (the photographer's page, the agency's) keeps its address as a source.
        ...media.credits,
      ],
      warn,
    );
    for (const problem of mediaProblems) warn(...problem);
    if (media.items.length > 0) e.media = media.items;
    if (slide.background !== undefined && slide.background !== null && slide.background !== '') {
      warnDetail(warn, 'not-carried-over', 'background', { key: 'background' });
    }
    return e;
  }

  /** The actors the slides named: one per group, in order of appearance, then the lane for slides without a group. */
  function actors() {
    const all = registry.added.map((a) => ({ ...a }));
    const lane = all.findIndex((a) => a.id === defaultLane);
    if (lane >= 0) all.push(...all.splice(lane, 1));
    return all;
  }

  /**
   * Events of one day put in the order of the times their slides gave, as TimelineJS orders slides
   * (a slide without a time at its day's start, 00:00, with those at 00:00 in file order), each keeping its place in the file (`places`, in
   * step): the timeline orders a day's events as the file lists them, and the times are not kept.
   */
  function inTimeOrder(events: Record<string, unknown>[], places: number[]): void {
    const byDay = new Map<unknown, number[]>();
    for (const e of events) if (times.has(e)) byDay.set(e.date, []);
    events.forEach((e, i) => byDay.get(e.date)?.push(i));
    for (const slots of byDay.values()) {
      const sorted = slots.map((i) => ({ e: events[i]!, place: places[i]! })).sort((a, b) => (times.get(a.e) ?? 0) - (times.get(b.e) ?? 0));
      slots.forEach((slot, k) => {
        events[slot] = sorted[k]!.e;
        places[slot] = sorted[k]!.place;
      });
    }
  }

  return { convert, actors, inTimeOrder };
}
