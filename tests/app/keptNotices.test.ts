import { describe, expect, it } from 'vitest';
import { keptThroughReport } from '../../src/app/keptNotices.ts';
import type { UrlNotice } from '../../src/shared/url/urlState.ts';

const swapped: UrlNotice = { problem: 'window-swapped', start: '2022-04-05', end: '2022-03-10' };
const repeated: UrlNotice = { problem: 'repeated', param: 'window', times: 2, value: '2022-03-10..2022-04-05' };
const malformed: UrlNotice = { problem: 'not-a-window', value: 'soon' };
const kind: UrlNotice = { problem: 'not-one-of', param: 'kind', value: 'nope', allowed: ['letter'] };
const asked = { start: '2022-03-10', end: '2022-04-05' };

describe('keptThroughReport', () => {
  it('keeps a notice about the window while the chart shows what it said: the same days written back the right way round, once', () => {
    expect(keptThroughReport([swapped, repeated], asked)).toEqual([swapped, repeated]);
  });

  it('keeps them while the chart has moved those days inside its own and says so: each problem of the address said once', () => {
    // Before, ?window=2022-03-10..2022-01-01 with the chart moving 2022-01-01..2022-03-10 lost its "dates swapped".
    expect(keptThroughReport([swapped, repeated], { start: '2022-03-12', end: '2022-04-20' }, '2022-03-10..2022-04-05')).toEqual([swapped, repeated]);
    expect(keptThroughReport([swapped], { start: '2022-03-12', end: '2022-04-20' }, '2022-01-01..2022-02-01')).toEqual([]);
  });

  it('lets them go once the view has moved on from those days (the reader zoomed or panned)', () => {
    expect(keptThroughReport([swapped, repeated], { start: '2022-03-12', end: '2022-03-30' })).toEqual([]);
  });

  it('keeps a malformed window\'s notice while the whole timeline is shown, and none about another parameter (the address still says those)', () => {
    expect(keptThroughReport([malformed, kind], null)).toEqual([malformed]);
    expect(keptThroughReport([malformed], asked)).toEqual([]);
  });
});
