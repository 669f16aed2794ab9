import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../scripts/buildJsonSchema.ts';

describe('data/schema.json', () => {
  it('is the schema generated from src (run `npm run schema` when this fails)', () => {
    expect(readFileSync('data/schema.json', 'utf8')).toBe(buildJsonSchema());
  });
});
