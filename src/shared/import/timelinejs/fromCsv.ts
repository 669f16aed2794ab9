import { UNTITLED_DATASET, type Problem } from '../../dataset/problem.ts';
import { splitDatasetPath, type Conversion, type ImportOptions, type RawDataset } from '../conversion.ts';
import { extraCellsProblem, foldHeader, repeatedHeaderProblem, unnamedCellProblems, type CsvRow, type CsvTable } from '../csvTable.ts';
import { detailedProblem } from '../detailedProblem.ts';
import { htmlToText } from '../htmlToText.ts';
import { cellLocation } from '../location.ts';
import { aliasResolver, TIMELINEJS_COLUMN_ALIASES, TIMELINEJS_TYPE_ALIASES } from '../../csv/columnAliases.ts';
import { fitted, LIMITS } from '../../dataset/limits.ts';
import { slideConverter, type Slide, type SlideField } from './slides.ts';
import { readExcelTimeCell, readTimeCell, type TjsDate } from './tjsDate.ts';
import { readCellDate, type CellDate } from '../cellDate.ts';
import { serialDates } from '../serialDates.ts';
import { isRowNumberHeader } from '../datasetCsvHeader.ts';

/** TimelineJS's spreadsheet template, column by column (its header row, as published). */
const COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background', 'Alt Text',
] as const;
type Column = (typeof COLUMNS)[number];
const BY_FOLDED = new Map<string, Column>(COLUMNS.map((c) => [foldHeader(c), c]));
/** A column headed in Russian (`Год`, `Заголовок`) as the English header it stands for (columnAliases.ts). */
const englishHeader = aliasResolver(TIMELINEJS_COLUMN_ALIASES, foldHeader);
/** A Type written in Russian (`титул`, `эпоха`) as the word it stands for, as the headers are read. */
const englishType = aliasResolver(TIMELINEJS_TYPE_ALIASES, foldHeader);

/** The column each part of a slide comes from. */
const SLIDE_COLUMNS: Record<SlideField, Column | undefined> = {
  slide: undefined,
  start: 'Year',
  end: 'End Year',
  startYear: 'Year',
  startMonth: 'Month',
  startDay: 'Day',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  startTime: 'Time',
  endTime: 'End Time',
  headline: 'Headline',
  text: 'Text',
  displayDate: 'Display Date',
  media: 'Media',
  mediaCaption: 'Media Caption',
  mediaCredit: 'Media Credit',
  mediaAlt: 'Alt Text',
  group: 'Group',
  uniqueId: undefined,
  background: 'Background',
};
const EVENT_FIELD_FROM: Record<string, SlideField> = { date: 'start', dateEnd: 'end', dateNote: 'displayDate', from: 'group', title: 'headline', summary: 'text', sources: 'text', media: 'media' };

/** A year as a sheet writes it: digits, perhaps grouped by thousands (2 022), which TimelineJS reads (tjsDate.ts). */
const YEAR_NUMBER = /^[+-]?(?:\d{1,4}|\d{1,3}[,\u00a0\u202f ]\d{3})$/;

/**
 * A Year cell that holds a whole date as Excel writes one (01.03.2022, 2022-03-02, a serial day
 * 44623, 2022 г.), as the ISO date (`2022-03-01`, `2022-03`, `2022`) a spreadsheet date is read as
 * (cellDate.ts); undefined for a year, for a date with a time, and for one that reads either way
 * round (03/04/2022): nothing is guessed.
 */
function dateInYearCell(cell: string): CellDate | undefined {
  if (cell === '' || YEAR_NUMBER.test(cell)) return undefined;
  const [dmy, mdy] = [readCellDate(cell, 'dmy'), readCellDate(cell, 'mdy')].map((d) => (d && d.droppedTime === undefined && /^\d{4}(-\d{2}){0,2}$/.test(d.iso) ? d : null));
  return dmy && mdy && dmy.iso === mdy.iso ? dmy : undefined;
}

/** TimelineJS's spreadsheet (its Google Sheets template saved as CSV) as a dataset; problems are located by row and column. */
export function convertTimelineCsv(table: CsvTable, options: ImportOptions = {}): Conversion {
  const problems: Problem[] = [...table.problems];
  const [header, ...sheetRows] = table.rows;
  // A row that repeats the header (two sheets pasted together) holds no slide: skipped, said.
  const repeated = header ? sheetRows.map((r) => repeatedHeaderProblem(r, header)) : [];
  for (const p of repeated) if (p) problems.push(p);
  const rows = sheetRows.filter((_, i) => !repeated[i]);
  const colOf = new Map<Column, number>();
  const headerText = new Map<Column, string>();
  /** The columns read from their Russian names, as the sheet heads them, with the English header each stands for. */
  const russian: { header: string; column: string }[] = [];
  /** A column that numbers the rows (`№`): its numbers are the slides' ids, as a unique_id is in TimelineJS's JSON. */
  let numbering: number | undefined;
  header?.cells.forEach((cell, i) => {
    const name = cell.trim();
    if (name === '') return;
    if (numbering === undefined && isRowNumberHeader(name)) {
      numbering = i;
      return;
    }
    const english = englishHeader(name);
    const column = BY_FOLDED.get(foldHeader(english));
    if (!column) problems.push({ code: 'unknown-column', path: cellLocation(header.row, name), message: 'is not a column of the TimelineJS template (ignored)' });
    else if (colOf.has(column)) problems.push({ code: 'duplicate-column', path: cellLocation(header.row, name), message: 'repeats an earlier column; this one was ignored' });
    else {
      colOf.set(column, i);
      headerText.set(column, name);
      if (english !== name) russian.push({ header: name, column });
    }
  });
  // Read, and said: TimelineJS itself reads only its English headers, so such a sheet would not load there.
  if (header && russian.length > 0) problems.unshift(detailedProblem('column-read-as', cellLocation(header.row), { key: 'timelineHeadersInRussian', columns: russian }));
  const at = (row: number, column: Column | undefined) => cellLocation(row, column === undefined ? undefined : (headerText.get(column) ?? column));
  const cell = (r: CsvRow, column: Column) => {
    const i = colOf.get(column);
    return i === undefined ? '' : (r.cells[i] ?? '').trim();
  };
  /** The sheet's Excel serial days in a Year column, said once (serialDates.ts). */
  const serials = serialDates();
  /** The row's Time and End Time written as Excel stores a time (a fraction of the day), as written: said when the time is left out. */
  let excelTimes: Partial<Record<SlideField, string>> = {};
  const date = (r: CsvRow, prefix: '' | 'End '): TjsDate | undefined => {
    const d: TjsDate = { year: cell(r, `${prefix}Year`), month: cell(r, `${prefix}Month`), day: cell(r, `${prefix}Day`) };
    // A whole date in the Year column, as Excel writes a date typed there, with no month or day of its own: read, and said (TimelineJS reads only a year).
    const whole = d.month === '' && d.day === '' ? dateInYearCell(d.year as string) : undefined;
    if (whole !== undefined) {
      problems.push(detailedProblem('column-read-as', at(r.row, `${prefix}Year`), { key: 'dateInYear', value: d.year as string, iso: whole.iso }));
      serials.add(at(r.row, `${prefix}Year`), d.year as string, whole);
      [d.year, d.month = '', d.day = ''] = whole.iso.split('-');
    }
    const time = cell(r, `${prefix}Time`);
    if (time !== '') {
      const excel = readExcelTimeCell(time);
      if (excel) excelTimes[prefix === '' ? 'startTime' : 'endTime'] = time;
      const t = readTimeCell(time) ?? (excel && { hour: excel.hour, minute: excel.minute });
      if (t) Object.assign(d, t);
      else problems.push(detailedProblem('invalid-date', at(r.row, `${prefix}Time`), { key: 'notATime', value: time }));
    }
    // No end at all; an end's month, day or time without its year is given on, to be said (slides.ts).
    return prefix === 'End ' && d.year === '' && d.month === '' && d.day === '' && time === '' ? undefined : d;
  };

  /** A row's Type, in English (`title`, `era`) however the sheet writes it. */
  const typeOf = (r: CsvRow) => englishType(cell(r, 'Type')).toLowerCase();
  const titleRow = rows.find((r) => typeOf(r) === 'title');
  const headline = fitted(titleRow ? htmlToText(cell(titleRow, 'Headline')).text.replace(/\s*\n+\s*/g, ' ') : '', LIMITS.shortText, 'titleCut');
  let title = headline.text;
  if (headline.cut && titleRow) problems.push(detailedProblem('too-long', at(titleRow.row, 'Headline'), headline.cut));
  if (title === '') {
    title = options.fallbackTitle ?? UNTITLED_DATASET;
    problems.push(detailedProblem('no-title', titleRow ? at(titleRow.row, 'Headline') : '(file)', { key: 'noTitle', where: 'timelinejsSheet', title }));
  }
  const about = fitted(titleRow ? htmlToText(cell(titleRow, 'Text')).text : '', LIMITS.longText);
  const description = about.text;
  if (about.cut && titleRow) problems.push(detailedProblem('too-long', at(titleRow.row, 'Text'), about.cut));

  const slides = slideConverter(title);
  const events: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  /** Rows of events whose date could not be used, or with more cells than the header (each has its problem). */
  let leftOut = 0;
  for (const r of rows) {
    const extra = header && extraCellsProblem(r, header);
    if (extra) {
      problems.push(extra);
      leftOut++;
      continue;
    }
    if (header) problems.push(...unnamedCellProblems(r, header));
    const type = typeOf(r);
    // Read, and said: TimelineJS itself reads only its English words.
    const written = cell(r, 'Type');
    if (type !== written.toLowerCase()) problems.push(detailedProblem('column-read-as', at(r.row, 'Type'), { key: 'timelineTypeInRussian', value: written, type }));
    if (r === titleRow) {
      if (cell(r, 'Media') !== '') problems.push(detailedProblem('not-carried-over', at(r.row, 'Media'), { key: 'titleSlideMedia' }));
      if (cell(r, 'Background') !== '') problems.push(detailedProblem('not-carried-over', at(r.row, 'Background'), { key: 'titleSlideBackground' }));
      continue;
    }
    // A second title row is an ordinary slide, as TimelineJS reads it (with its warning "Multiple title slides detected."): nothing in it is lost.
    if (type === 'title') problems.push(detailedProblem('second-title', at(r.row, 'Type'), { key: 'secondTitleRow' }));
    if (type === 'era') {
      const label = htmlToText(cell(r, 'Headline')).text;
      problems.push(detailedProblem('not-carried-over', at(r.row, 'Type'), { key: 'era', label }));
      continue;
    }
    if (type !== '' && type !== 'title') problems.push(detailedProblem('not-allowed', at(r.row, 'Type'), { key: 'notATimelineType', value: cell(r, 'Type') }));
    excelTimes = {};
    const slide: Slide = {
      start: date(r, ''),
      end: date(r, 'End '),
      headline: cell(r, 'Headline'),
      text: cell(r, 'Text'),
      displayDate: cell(r, 'Display Date'),
      media: { url: cell(r, 'Media'), credit: cell(r, 'Media Credit'), caption: cell(r, 'Media Caption'), thumbnail: cell(r, 'Media Thumbnail'), alt: cell(r, 'Alt Text') },
      group: cell(r, 'Group'),
      background: cell(r, 'Background'),
      // A row's number written "1." or "1)" is its number.
      uniqueId: numbering === undefined ? '' : (r.cells[numbering] ?? '').trim().replace(/^(\d+)[.)]$/, '$1'),
    };
    const e = slides.convert(slide, (code, field, message, more) => {
      const path = at(r.row, SLIDE_COLUMNS[field]);
      // A time left out that the cell wrote as Excel stores it: said with the cell's own text, and the time it was read as.
      const detail = more?.detail;
      const written = excelTimes[field];
      if (detail?.key === 'timelineTimeDropped' && written !== undefined) problems.push(detailedProblem(code, path, { key: 'excelTimeDropped', value: written, time: detail.time }));
      else problems.push({ code, path, message, ...more });
    });
    if (e) {
      events.push(e);
      rowOf.push(r.row);
    } else leftOut++;
  }

  const serialNote = serials.problem();
  if (serialNote) problems.push(serialNote);
  slides.inTimeOrder(events, rowOf);
  const actors = slides.actors();
  const dataset: RawDataset = { version: 1, title, actors, events };
  if (description !== '') dataset.description = description;

  const locate = (path: string): string => {
    const p = splitDatasetPath(path);
    if (!p) {
      if ((path === 'title' || path === 'description') && titleRow) return at(titleRow.row, path === 'title' ? 'Headline' : 'Text');
      // `events` and `actors` are the sheet's rows as a whole (none valid, too many), in no one row; so is a title it lacks.
      return path === 'events' || path === 'actors' || path === 'title' || path === 'description' ? '(file)' : path;
    }
    if (p.list === 'actors') {
      const first = events.findIndex((e) => e.from === actors[p.index]?.id);
      return first >= 0 ? at(rowOf[first]!, 'Group') : path;
    }
    const row = rowOf[p.index];
    if (row === undefined) return path;
    const field = EVENT_FIELD_FROM[/^[A-Za-z]+/.exec(p.rest)?.[0] ?? ''];
    return at(row, field ? SLIDE_COLUMNS[field] : undefined);
  };
  return { format: 'timelinejs-csv', dataset, problems, leftOut, locate };
}
