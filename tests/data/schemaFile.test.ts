import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../scripts/buildJsonSchema.ts';

type Node = { properties: Record<string, Node>; items: Node; required?: string[]; pattern?: string };
const schema = JSON.parse(readFileSync('data/schema.json', 'utf8')) as Node;
const event = schema.properties.events!.items;

describe('data/schema.json', () => {
  it('is the schema generated from src (run `npm run schema` when this fails)', () => {
    expect(readFileSync('data/schema.json', 'utf8')).toBe(buildJsonSchema());
  });

  it.each(['sources', 'media'])('lets an editor reject a %s URL that is not https', (list) => {
    const pattern = new RegExp(event.properties[list]!.items.properties.url!.pattern!, 'u');
    expect(pattern.test('https://tass.com/science/1421121')).toBe(true);
    for (const url of ['http://tass.com/x', 'javascript:alert(1)', 'ftp://x.example/a', '//x.example/a', 'tass.com']) expect(pattern.test(url)).toBe(false);
  });

  it('lets an event leave out its sources (it is then shown as unsourced), but not its title', () => {
    expect(event.required).not.toContain('sources');
    expect(event.required).toContain('title');
  });
});
