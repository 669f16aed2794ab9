import type { Problem } from '../../dataset/problem.ts';
import { formatPath, UNTITLED_DATASET, valueGot } from '../../dataset/problem.ts';
import { splitDatasetPath, type Conversion, type ImportOptions, type RawDataset } from '../conversion.ts';
import { detailedProblem, leftOut as saidLeftOut } from '../detailedProblem.ts';
import { htmlToText } from '../htmlToText.ts';
import { fitted, LIMITS } from '../../dataset/limits.ts';
import { slideConverter, type Slide, type SlideField } from './slides.ts';
import { isRecord } from '../../isRecord.ts';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Where each part of a slide is in a TimelineJS JSON file, after `events[i]`. */
const SLIDE_PATHS: Record<SlideField, string> = {
  slide: '',
  start: '.start_date',
  end: '.end_date',
  startYear: '.start_date.year',
  startMonth: '.start_date.month',
  startDay: '.start_date.day',
  endYear: '.end_date.year',
  endMonth: '.end_date.month',
  endDay: '.end_date.day',
  startTime: '.start_date',
  endTime: '.end_date',
  headline: '.text.headline',
  text: '.text.text',
  displayDate: '.display_date',
  media: '.media',
  mediaCaption: '.media.caption',
  mediaCredit: '.media.credit',
  mediaAlt: '.media.alt',
  group: '.group',
  uniqueId: '.unique_id',
  background: '.background',
};
/** Where each field of a converted event came from in its slide. */
const EVENT_FIELD_FROM: Record<string, SlideField> = {
  id: 'uniqueId',
  date: 'start',
  dateEnd: 'end',
  dateNote: 'displayDate',
  from: 'group',
  title: 'headline',
  summary: 'text',
  sources: 'text',
  media: 'media',
};

/** A part TimelineJS wants as an object ({headline, text}, {url, …}, a title slide) given as anything else: said, and left out. */
function notAnObject(value: unknown, path: string): Problem | null {
  if (value === undefined || value === null || value === '' || isRecord(value)) return null;
  return saidLeftOut(detailedProblem('wrong-type', path, { key: 'wrongType', expected: 'object', ...valueGot(value)! }), 'value');
}

function toSlide(s: Json): Slide {
  const text = isRecord(s.text) ? s.text : {};
  return {
    start: s.start_date,
    end: s.end_date,
    headline: text.headline,
    text: text.text,
    displayDate: s.display_date,
    media: isRecord(s.media) ? s.media : undefined,
    group: s.group,
    uniqueId: s.unique_id,
    background: s.background,
    autolink: s.autolink,
  };
}

/** A TimelineJS 3 JSON file (already parsed) as a dataset; every problem is located by its path in that file. */
export function convertTimelineJson(value: Json, options: ImportOptions = {}): Conversion {
  const problems: Problem[] = [];
  const titleNotAnObject = notAnObject(value.title, 'title');
  if (titleNotAnObject) problems.push(titleNotAnObject);
  const titleSlide = isRecord(value.title) ? value.title : undefined;
  const titleText = titleSlide && isRecord(titleSlide.text) ? titleSlide.text : {};
  const headline = fitted(htmlToText(str(titleText.headline)).text.replace(/\s*\n+\s*/g, ' '), LIMITS.shortText, 'titleCut');
  let title = headline.text;
  if (headline.cut) problems.push(detailedProblem('too-long', 'title.text.headline', headline.cut));
  if (title === '') {
    title = options.fallbackTitle ?? UNTITLED_DATASET;
    problems.push(detailedProblem('no-title', titleSlide ? 'title.text.headline' : 'title', { key: 'noTitle', where: 'timelinejs', title }));
  }
  const about = fitted(htmlToText(str(titleText.text)).text, LIMITS.longText);
  const description = about.text;
  if (about.cut) problems.push(detailedProblem('too-long', 'title.text.text', about.cut));
  if (titleSlide?.media !== undefined) problems.push(detailedProblem('not-carried-over', 'title.media', { key: 'titleSlideMedia' }));
  if (titleSlide?.background !== undefined) problems.push(detailedProblem('not-carried-over', 'title.background', { key: 'titleSlideBackground' }));
  if (value.scale === 'cosmological') {
    problems.push(detailedProblem('not-carried-over', 'scale', { key: 'cosmologicalScale' }));
  }
  if (Array.isArray(value.eras)) {
    value.eras.forEach((era, i) => {
      const label = isRecord(era) && isRecord(era.text) ? htmlToText(str(era.text.headline)).text : '';
      problems.push(detailedProblem('not-carried-over', formatPath(['eras', i]), { key: 'era', label }));
    });
  }

  const slides = slideConverter(title);
  const events: Json[] = [];
  /** For each converted event, the index of its slide in the file. */
  const slideOf: number[] = [];
  const raw = Array.isArray(value.events) ? value.events : [];
  /** Slides that are not objects, or whose date could not be used (each has its problem). */
  let leftOut = 0;
  // No events at all is said once, as a file with none; events that are something else, as what they are.
  const eventsGot = Array.isArray(value.events) ? null : valueGot(value.events);
  if (eventsGot) problems.push(detailedProblem('wrong-type', 'events', { key: 'wrongType', expected: 'list', ...eventsGot }));
  raw.forEach((s, i) => {
    const at = formatPath(['events', i]);
    if (!isRecord(s)) {
      problems.push(saidLeftOut(detailedProblem('wrong-type', at, { key: 'wrongType', expected: 'object', ...(valueGot(s) ?? { got: 'null' }) }), 'event'));
      leftOut++;
      return;
    }
    for (const [part, path] of [[s.text, `${at}.text`], [s.media, `${at}.media`]] as const) {
      const p = notAnObject(part, path);
      if (p) problems.push(p);
    }
    const e = slides.convert(toSlide(s), (code, field, message, more) => problems.push({ code, path: `${at}${SLIDE_PATHS[field]}`, message, ...more }));
    if (e) {
      events.push(e);
      slideOf.push(i);
    } else leftOut++;
  });

  slides.inTimeOrder(events, slideOf);
  const actors = slides.actors();
  const dataset: RawDataset = { version: 1, title, actors, events };
  if (description !== '') dataset.description = description;

  const locate = (path: string): string => {
    const at = splitDatasetPath(path);
    if (!at) return path === 'title' || path === 'description' ? `title.text.${path === 'title' ? 'headline' : 'text'}` : path;
    if (at.list === 'actors') {
      const id = actors[at.index]?.id;
      const first = events.findIndex((e) => e.from === id);
      return first >= 0 ? `events[${slideOf[first]}].group` : path;
    }
    const slide = slideOf[at.index];
    if (slide === undefined) return path;
    const field = EVENT_FIELD_FROM[/^[A-Za-z]+/.exec(at.rest)?.[0] ?? ''];
    return `events[${slide}]${field ? SLIDE_PATHS[field] : ''}`;
  };

  return { format: 'timelinejs-json', dataset, problems, leftOut, locate };
}
