import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/shared/dataset/problem.ts';
import { importInput } from '../../../src/shared/import/importInput.ts';
import { cellLocation } from '../../../src/shared/import/location.ts';
import { inFileOrder } from '../../../src/shared/import/problemOrder.ts';

const at = (path: string, message = ''): Problem => ({ code: 'invalid-date', path, message });
const paths = (ps: readonly Problem[]) => ps.map((p) => `${p.path}${p.message}`);

describe('inFileOrder', () => {
  it("puts a sheet's problems in row order, problems of one row as given, the file as a whole last", () => {
    const given = [at(cellLocation(9)), at('(file)'), at(cellLocation(2, 'date'), ' a'), at(cellLocation(12, 'kind')), at(cellLocation(2), ' b'), at(cellLocation(1, 'colour'))];
    expect(paths(inFileOrder(given))).toEqual(['row 1, column "colour"', 'row 2, column "date" a', 'row 2 b', 'row 9', 'row 12, column "kind"', '(file)']);
  });

  it("puts a JSON file's top-level fields first, then its actors, then its events by number, then what is said of all events", () => {
    const given = [at('events[10].date'), at('events'), at('events[2].inReplyTo[0]'), at('actors[1].color'), at('title'), at('eras[0]'), at('events[9].start_date.year')];
    expect(paths(inFileOrder(given))).toEqual(['title', 'eras[0]', 'actors[1].color', 'events[2].inReplyTo[0]', 'events[9].start_date.year', 'events[10].date', 'events']);
  });

  it("interleaves a TimelineJS file's conversion problems with the validator's: slide 2's before slide 9's", () => {
    const r = importInput(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        events: [
          ...Array.from({ length: 9 }, (_, i) => ({ start_date: { year: 2022 }, text: { headline: `H${i}`, text: 'https://e.org/a' }, ...(i === 2 ? { display_date: 'x'.repeat(20_001) } : {}) })),
          { start_date: { year: 'abc' }, text: { headline: 'Late' } },
        ],
      }),
    );
    expect(r.problems.map((p) => `${p.code} ${p.path}`)).toEqual(['too-long events[2].display_date', 'invalid-date events[9].start_date.year']);
  });
});
