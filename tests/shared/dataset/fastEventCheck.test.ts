import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastEventCheck } from '../../../src/shared/dataset/fastEventCheck.ts';
import { eventSchema } from '../../../src/shared/dataset/schema.ts';
import { generateDataset } from '../../../src/shared/gen/generateDataset.ts';

const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const slugish = fc.oneof(fc.constantFrom('a', 'nasa', 'e-1', 'x'), fc.string({ maxLength: 6 }), fc.constant(''), fc.constant('Bad Id'));
const dateish = fc.oneof(fc.constantFrom('2022', '2022-03', '2022-03-12', '2022-02-30', '2022-02-24T13:43:00-05:00', '2022-3-4', 'soon', ''), fc.string({ maxLength: 12 }));
const textish = fc.oneof(fc.string({ maxLength: 20 }), fc.constant(''), fc.constant('x'.repeat(301)), fc.integer(), fc.constant(null));

const eventish = fc.record(
  {
    id: slugish,
    date: dateish,
    dateEnd: maybe(dateish),
    approximate: maybe(fc.oneof(fc.boolean(), fc.constant('yes'))),
    kind: fc.oneof(fc.constantFrom('letter', 'social-post', 'statement', 'press-report', 'sanction', 'milestone'), fc.string({ maxLength: 5 })),
    from: slugish,
    to: fc.oneof(fc.array(slugish, { maxLength: 3 }), fc.constant('nasa')),
    author: maybe(textish),
    title: textish,
    summary: textish,
    inReplyTo: maybe(fc.array(slugish, { maxLength: 3 })),
    sources: fc.oneof(
      fc.array(
        fc.record(
          { title: textish, publisher: textish, url: maybe(fc.oneof(fc.string({ maxLength: 10 }), fc.integer())), date: maybe(dateish) },
          { requiredKeys: ['title', 'publisher'] },
        ),
        { maxLength: 3 },
      ),
      fc.constant('none'),
    ),
    tags: maybe(fc.array(textish, { maxLength: 3 })),
    extra: maybe(fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe('fastEventCheck', () => {
  it('accepts an event only when the schema does, and returns exactly what the schema returns', () => {
    fc.assert(
      fc.property(eventish, (raw) => {
        const fast = fastEventCheck(raw);
        if (fast === null) return;
        const parsed = eventSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(fast).toEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the fast path for the generator’s plain events', () => {
    const events = generateDataset({ events: 200, seed: 3 }).events.filter((e) => !e.quotes && !e.verification);
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) expect(fastEventCheck(JSON.parse(JSON.stringify(e)))).toEqual(eventSchema.parse(e));
  });
});
