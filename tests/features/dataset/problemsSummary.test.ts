import { describe, expect, it } from 'vitest';
import { problemsSummary } from '../../../src/features/dataset/problemsSummary.ts';
import { en } from '../../../src/shared/i18n/catalogues/en.ts';
import { catalogue as ru } from '../../../src/shared/i18n/catalogues/ru.ts';
import { makeFormat } from '../../../src/shared/i18n/format.ts';

const say = (t: typeof en, counts: { problemCount: number; eventCount: number; droppedEvents: number }) => problemsSummary(counts, t, makeFormat(t));

describe('problemsSummary', () => {
  it('says how many events were left out, of how many, where any were', () => {
    expect(say(en, { problemCount: 4, eventCount: 1200, droppedEvents: 3 })).toBe('3 of 1,200 events were left out because of problems in the file.');
    expect(say(ru, { problemCount: 4, eventCount: 1200, droppedEvents: 3 })).toBe('Из-за проблем в файле не показано событий: 3 из 1\u00a0200.');
  });

  it('says in English that one event of many was left out, in the singular', () => {
    expect(say(en, { problemCount: 1, eventCount: 8, droppedEvents: 1 })).toBe('1 of 8 events was left out because of problems in the file.');
  });

  it('says in Russian how many events were left out with no word that would have to agree with the numbers (1 of 21)', () => {
    expect(say(ru, { problemCount: 1, eventCount: 21, droppedEvents: 1 })).toBe('Из-за проблем в файле не показано событий: 1 из 21.');
  });

  it('else how many problems, in the plural form each language gives the number', () => {
    expect(say(en, { problemCount: 1, eventCount: 2, droppedEvents: 0 })).toBe('The file has 1 problem; every event is shown.');
    expect(say(en, { problemCount: 2, eventCount: 2, droppedEvents: 0 })).toBe('The file has 2 problems; every event is shown.');
    expect([1, 2, 5, 21].map((n) => say(ru, { problemCount: n, eventCount: 2, droppedEvents: 0 }))).toEqual([
      'В файле 1 проблема; показаны все события.',
      'В файле 2 проблемы; показаны все события.',
      'В файле 5 проблем; показаны все события.',
      'В файле 21 проблема; показаны все события.',
    ]);
  });

  it('says the same short, for one line of a 300-pixel embed', () => {
    const short = (t: typeof en, counts: { problemCount: number; eventCount: number; droppedEvents: number }) => problemsSummary(counts, t, makeFormat(t), true);
    expect(short(en, { problemCount: 4, eventCount: 1200, droppedEvents: 3 })).toBe('3 of 1,200 events left out.');
    expect(short(ru, { problemCount: 4, eventCount: 1200, droppedEvents: 3 })).toBe('Пропущено событий: 3 из 1\u00a0200.');
    expect(short(en, { problemCount: 1, eventCount: 2, droppedEvents: 0 })).toBe('1 problem in the file.');
    expect(short(ru, { problemCount: 5, eventCount: 2, droppedEvents: 0 })).toBe('В файле 5 проблем.');
  });
});
