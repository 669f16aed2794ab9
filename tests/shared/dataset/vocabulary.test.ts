import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/shared/dataset/schema.ts';
import { EVENT_FIELDS } from '../../../src/shared/dataset/vocabulary.ts';

describe('the format vocabulary', () => {
  it('lists exactly the event fields the schema defines', () => {
    expect([...EVENT_FIELDS]).toEqual(Object.keys(eventSchema.def.shape));
  });
});
