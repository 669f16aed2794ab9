import { describe, expect, it } from 'vitest';
import { axisTicks, tickUnit, type AxisTick } from '../../../../src/features/timeline/layout/axisTicks.ts';
import { computeDimensions } from '../../../../src/features/timeline/layout/dimensions.ts';
import { createTimeScale, paddedExtent } from '../../../../src/features/timeline/layout/timeScale.ts';
import { bundledModel } from '../timelineFixtures.ts';

const ticksFor = (from: string, to: string, width: number) =>
  axisTicks(createTimeScale([Date.parse(from), Date.parse(to)], width), width);
const labels = (ticks: readonly AxisTick[]) => ticks.map((t) => t.label);

describe('axisTicks', () => {
  it('shows weekly day ticks for the whole bundled dataset in a 1200 px chart', () => {
    // 1168 px inside the margins asks for 12 ticks over ~165 days, ~13.8 days each; d3 picks the
    // nearer standard interval, one week (13.8 / 7 ≈ 1.97 < 30 / 13.8 ≈ 2.18), so the unit is days.
    const inner = computeDimensions(1200, 0).innerWidth;
    const ticks = axisTicks(createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner), inner);
    expect(tickUnit(ticks)).toBe('days');
    expect(ticks).toHaveLength(24);
    expect(ticks[1]!.key - ticks[0]!.key).toBe(7 * 86_400_000);
    expect(labels(ticks).slice(0, 11)).toEqual([
      // The year on the first date whose longer label the chart's edge does not cut; the days beside
      // it, which that label would touch, keep their ticks unlabelled.
      '', '27 Feb 2022', '', '13 Mar', '20 Mar', '27 Mar', '3 Apr', '10 Apr', '17 Apr', '24 Apr', 'May',
    ]);
    expect(ticks.at(-1)!.label).toBe('31 Jul');
  });

  it('puts one letter known only to its day on an axis of days, not of hours around a 12:00 tick it was never sent at', () => {
    const inner = computeDimensions(1200, 0).innerWidth;
    const day = Date.UTC(2022, 2, 2);
    const ticks = axisTicks(createTimeScale(paddedExtent([day], [day + 86_400_000]), inner), inner);
    expect(tickUnit(ticks)).toBe('days');
    expect(labels(ticks).filter((l) => l.includes(':'))).toEqual([]);
    expect(labels(ticks)).toContain('2 Mar');
  });

  it('keeps events known only to their days on an axis of days while a day or more is in view (a five-day filter, a one-day one)', () => {
    const inner = computeDimensions(1200, 0).innerWidth;
    const at = (from: number, to: number) => axisTicks(createTimeScale([from, to], inner), inner, 'en-GB', true);
    // 14 to 18 March: before, ticks every 12 hours ("14 Mar", "12:00", "15 Mar", …).
    const five = at(Date.UTC(2022, 2, 13, 22), Date.UTC(2022, 2, 19, 2));
    expect(labels(five)).toEqual(['14 Mar', '15 Mar 2022', '16 Mar', '17 Mar', '18 Mar', '19 Mar']);
    // 14 March alone: its two midnights, no hours.
    expect(labels(at(Date.UTC(2022, 2, 13, 23), Date.UTC(2022, 2, 15, 1)))).toEqual(['14 Mar 2022', '15 Mar']);
    // Zoomed in to less than a day, hours again; with a time of day, as before.
    expect(tickUnit(at(Date.UTC(2022, 2, 14, 6), Date.UTC(2022, 2, 14, 18)))).toBe('hours');
    expect(tickUnit(axisTicks(createTimeScale([Date.UTC(2022, 2, 13, 22), Date.UTC(2022, 2, 19, 2)], inner), inner))).toBe('hours');
  });

  it('names the month, not the day, on a weekly tick that falls on the 1st (Sunday 1 May 2022)', () => {
    const inner = computeDimensions(1200, 0).innerWidth;
    const ticks = axisTicks(createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner), inner);
    const may = ticks.find((t) => t.key === Date.UTC(2022, 4, 1))!;
    expect(may.label).toBe('May');
    // Over 161 days of ticks, a month boundary is not drawn heavier.
    expect(may.major).toBe(false);
  });

  it('shows months for 1 February to 1 September 2022 in 1200 px', () => {
    const ticks = ticksFor('2022-02-01T00:00:00Z', '2022-09-01T00:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('months');
    expect(labels(ticks)).toEqual(['Feb', 'Mar 2022', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept']);
    expect(ticks.every((t) => !t.major)).toBe(true);
  });

  it('in Russian, whose days are written longer ("20 февр."), shows months for the bundled dataset in a 1200 px chart: weekly labels would run into each other', () => {
    const inner = computeDimensions(1200, 0).innerWidth;
    const ticks = axisTicks(createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner), inner, 'ru');
    expect(tickUnit(ticks)).toBe('months');
    expect(labels(ticks)).toEqual(['март 2022 г.', 'апр.', 'май', 'июнь', 'июль', 'авг.']);
    // Zoomed to a fortnight, days still get a tick each.
    expect(tickUnit(axisTicks(createTimeScale([Date.parse('2022-03-01T00:00:00Z'), Date.parse('2022-03-15T00:00:00Z')], 1200), 1200, 'ru'))).toBe('days');
  });

  it('shows months for the bundled dataset in an 800 px chart', () => {
    const inner = computeDimensions(800, 0).innerWidth;
    const ticks = axisTicks(createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner), inner);
    expect(tickUnit(ticks)).toBe('months');
    expect(labels(ticks)).toEqual(['Mar 2022', 'Apr', 'May', 'Jun', 'Jul', 'Aug']);
  });

  it('shows hours for a two-day range, with each midnight named by its day', () => {
    const ticks = ticksFor('2022-04-01T00:00:00Z', '2022-04-03T00:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('hours');
    expect(labels(ticks)).toEqual([
      'Apr', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '',
      '2 Apr 2022', '', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00', '3 Apr',
    ]);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Apr', '2 Apr 2022', '3 Apr']);
  });

  it('uses fewer, wider hour steps in a narrow chart', () => {
    const ticks = ticksFor('2022-04-01T00:00:00Z', '2022-04-03T00:00:00Z', 400);
    expect(tickUnit(ticks)).toBe('hours');
    expect(labels(ticks)).toEqual(['Apr', '12:00', '2 Apr 2022', '12:00', '3 Apr']);
  });

  it('labels half hours as HH:MM when zoomed to an afternoon', () => {
    const ticks = ticksFor('2022-04-01T10:00:00Z', '2022-04-01T18:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('hours');
    // No tick names a day: the first hour whose longer label the edge does not cut says it, and the
    // hours beside it that it would touch are left unlabelled (before, nothing said which day).
    expect(labels(ticks).slice(0, 4)).toEqual(['', '1 Apr 2022, 10:30', '', '11:30']);
    expect(labels(ticks).filter((l) => l.includes('Apr'))).toHaveLength(1);
    expect(labels(axisTicks(createTimeScale([Date.parse('2022-04-01T10:00:00Z'), Date.parse('2022-04-01T18:00:00Z')], 1200), 1200, 'ru')).find((l) => l.includes('2022'))).toBe('1 апр. 2022 г., 11:00');
    expect(labels(ticks)).toContain('14:00');
    expect(ticks.find((t) => t.label === '14:00')!.x).toBe(600);
  });

  it('shows one tick a day, each "D Mon", for a fortnight', () => {
    const ticks = ticksFor('2022-03-01T00:00:00Z', '2022-03-15T00:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('days');
    expect(labels(ticks).slice(0, 4)).toEqual(['Mar', '2 Mar 2022', '3 Mar', '4 Mar']);
    expect(ticks.at(-1)!.label).toBe('15 Mar');
  });

  it('shows years for a six-year range in 800 px, every one a major tick', () => {
    const ticks = ticksFor('2018-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 800);
    expect(tickUnit(ticks)).toBe('years');
    expect(labels(ticks)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it('shows years, not quarters, for six years in 1200 px: quarters labelled "Apr 2018" sat 50 px apart, about their own width', () => {
    const ticks = ticksFor('2018-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('years');
    expect(labels(ticks)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(150);
    // In Russian too, whose months with their year are longer still ('апр. 2018 г.').
    const ru = axisTicks(createTimeScale([Date.parse('2018-01-01T00:00:00Z'), Date.parse('2024-01-01T00:00:00Z')], 1200), 1200, 'ru-RU');
    expect(tickUnit(ru)).toBe('years');
  });

  it('keeps quarters with the year on each month where they have room: two years in 1200 px', () => {
    const ticks = ticksFor('2021-01-01T00:00:00Z', '2023-01-01T00:00:00Z', 1200);
    expect(tickUnit(ticks)).toBe('months');
    expect(labels(ticks).slice(0, 5)).toEqual(['2021', 'Apr 2021', 'Jul 2021', 'Oct 2021', '2022']);
    // Each label about 50 px wide, 15 px a character from tick to tick: over twice its width.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(15 * ticks[i]!.label.length);
  });

  it('names every month of the bundled dataset on a phone, in English and Russian, not only April and July', () => {
    const inner = computeDimensions(390 - 24, 0).innerWidth;
    const scale = createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner);
    expect(labels(axisTicks(scale, inner))).toEqual(['Mar 2022', 'Apr', 'May', 'Jun', 'Jul', 'Aug']);
    expect(labels(axisTicks(scale, inner, 'ru'))).toEqual(['март', 'апр.', 'май', 'июнь', 'июль', 'авг.']);
  });

  it('leaves room between month labels within a year (about 6.5 px a character) over two to eleven months at any width from 240 to 1280 px, in English and Russian', () => {
    let months = 0;
    for (const locale of ['en-GB', 'ru-RU']) {
      for (let span = 2; span <= 11; span++) {
        for (let width = 240; width <= 1280; width += 20) {
          const ticks = axisTicks(createTimeScale([Date.UTC(2022, 0, 10), Date.UTC(2022, span, 5)], width), width, locale);
          if (tickUnit(ticks) !== 'months') continue;
          months++;
          for (let i = 1; i < ticks.length; i++) {
            const gap = ticks[i]!.x - ticks[i - 1]!.x - 6.5 * Math.max(ticks[i]!.label.length, ticks[i - 1]!.label.length);
            expect(gap, `${locale}, ${span} months in ${width} px: ${ticks[i - 1]!.label} | ${ticks[i]!.label}`).toBeGreaterThanOrEqual(12);
          }
        }
      }
    }
    expect(months).toBeGreaterThan(300);
  });

  it('leaves room between labels (about 6.5 px a character in the chart font) over one to ten years at any width from 320 to 1280 px, in English and Russian', () => {
    for (const locale of ['en-GB', 'ru-RU']) {
      for (let years = 1; years <= 10; years++) {
        for (let width = 320; width <= 1280; width += 40) {
          const ticks = axisTicks(createTimeScale([Date.UTC(2015, 0, 1), Date.UTC(2015 + years, 0, 1)], width), width, locale);
          for (let i = 1; i < ticks.length; i++) {
            const gap = ticks[i]!.x - ticks[i - 1]!.x - 6.5 * Math.max(ticks[i]!.label.length, ticks[i - 1]!.label.length);
            expect(gap, `${locale}, ${years} years in ${width} px: ${ticks[i - 1]!.label} | ${ticks[i]!.label}`).toBeGreaterThanOrEqual(12);
          }
        }
      }
    }
  });

  it('names the year on the first date of a view within one year: an archive of 2020 to 2022 zoomed to a season, or filtered to March–September 2021, said which year nowhere', () => {
    // 1216 px, 16 January to 15 April 2020: weekly ticks, once "19 Jan", "26 Jan" … "Mar" … "12 Apr".
    const weeks = ticksFor('2020-01-16T00:00:00Z', '2020-04-15T00:00:00Z', 1216);
    expect(tickUnit(weeks)).toBe('days');
    expect(labels(weeks).slice(0, 3)).toEqual(['19 Jan 2020', '26 Jan', '2 Feb']);
    expect(labels(weeks).filter((l) => /\d{4}/.test(l))).toEqual(['19 Jan 2020']);
    expect(labels(ticksFor('2021-02-25T00:00:00Z', '2021-10-05T00:00:00Z', 1216))[0]).toBe('Mar 2021');
    expect(labels(axisTicks(createTimeScale([Date.parse('2021-02-25T00:00:00Z'), Date.parse('2021-10-05T00:00:00Z')], 1216), 1216, 'ru')).slice(0, 2)).toEqual(['март', 'апр. 2021 г.']);
    // A filter's bounds leave out the ticks before its first day: the first left says the year.
    const scale = createTimeScale([Date.parse('2021-02-20T00:00:00Z'), Date.parse('2021-06-01T00:00:00Z')], 1216);
    const bounded = axisTicks(scale, 1216, 'en-GB', true, [Date.UTC(2021, 2, 1), Date.UTC(2021, 4, 31, 23, 59, 59)]);
    expect(bounded[0]!.key).toBeGreaterThanOrEqual(Date.UTC(2021, 2, 1));
    expect(labels(bounded)[0]).toMatch(/ 2021$/);
  });

  it('leaves unlabelled a day beside the first that its year would touch, never a month: then the year is not said', () => {
    // 1216 px, 26 June to 18 November 2020: weekly ticks 57 px apart, "5 Jul 2020" about 65 px
    // wide; "28 Jun 2020", 17 px from the edge, would be cut by it.
    const weeks = ticksFor('2020-06-26T00:00:00Z', '2020-11-18T00:00:00Z', 1216);
    expect(labels(weeks).slice(0, 4)).toEqual(['', '5 Jul 2020', '', '19 Jul']);
    expect(weeks.map((t) => t.key).slice(0, 3)).toEqual([Date.UTC(2020, 5, 28), Date.UTC(2020, 6, 5), Date.UTC(2020, 6, 12)]);
    // Months on a Russian phone, "март 2022 г." touching "апр.": every month is named, the year not.
    const inner = computeDimensions(390 - 24, 0).innerWidth;
    const scale = createTimeScale(paddedExtent(bundledModel().columns.start, bundledModel().columns.end), inner);
    expect(labels(axisTicks(scale, inner, 'ru'))).toEqual(['март', 'апр.', 'май', 'июнь', 'июль', 'авг.']);
  });

  it('puts the year on no tick whose longer label the chart’s right edge would cut: a day in view, from midnight to midnight, with hours between', () => {
    // 8 July 2021 in 1248 px: "8 Jul" at 0 and "9 Jul" at the right edge, both too near an edge
    // for "9 Jul 2021"; before, the right one took it and showed "9 Jul 20".
    const ticks = ticksFor('2021-07-08T00:00:00Z', '2021-07-09T00:00:00Z', 1248);
    const dated = ticks.filter((t) => t.label.includes('2021'));
    expect(dated).toHaveLength(1);
    for (const t of dated) {
      expect(t.x - (6.5 * t.label.length) / 2).toBeGreaterThanOrEqual(-8);
      expect(t.x + (6.5 * t.label.length) / 2).toBeLessThanOrEqual(1248 + 8);
    }
  });

  it('says the year on month ticks when the ticks cross a new year', () => {
    const ticks = ticksFor('2021-11-01T00:00:00Z', '2022-05-01T00:00:00Z', 600);
    expect(labels(ticks)).toEqual(['Nov 2021', 'Dec 2021', '2022', 'Feb 2022', 'Mar 2022', 'Apr 2022', 'May 2022']);
  });

  it('keeps every tick inside the chart, from 0 to the width, in increasing order', () => {
    const cases: [string, string, number][] = [
      ['2022-02-17T21:07:12Z', '2022-08-02T02:52:48Z', 1168],
      ['2022-04-01T07:30:00Z', '2022-04-03T05:00:00Z', 1200],
      ['2017-07-01T00:00:00Z', '2023-07-01T00:00:00Z', 800],
      ['2022-03-01T00:00:00Z', '2022-03-15T00:00:00Z', 264],
    ];
    for (const [from, to, width] of cases) {
      const ticks = ticksFor(from, to, width);
      expect(ticks.length, `${from}–${to}`).toBeGreaterThanOrEqual(2);
      for (const t of ticks) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(width);
      }
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    }
  });

  it('keys each tick by its instant', () => {
    const ticks = ticksFor('2018-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 800);
    expect(ticks[2]!.key).toBe(Date.UTC(2020, 0, 1));
  });
});

describe('tickUnit', () => {
  const tick = (key: number): AxisTick => ({ x: 0, label: '', major: false, key, kind: 'day' });

  it('says days when there are fewer than two ticks', () => {
    expect(tickUnit([])).toBe('days');
    expect(tickUnit([tick(0)])).toBe('days');
  });

  it('reads the unit from the step between the first two ticks', () => {
    const day = 86_400_000;
    expect(tickUnit([tick(0), tick(3_600_000)])).toBe('hours');
    expect(tickUnit([tick(0), tick(day)])).toBe('days');
    expect(tickUnit([tick(0), tick(28 * day)])).toBe('months');
    expect(tickUnit([tick(0), tick(27 * day)])).toBe('days');
    expect(tickUnit([tick(0), tick(360 * day)])).toBe('years');
    expect(tickUnit([tick(0), tick(359 * day)])).toBe('months');
  });
});
