import * as z from 'zod/mini';
import { datasetSchema } from '../src/shared/dataset/schema.ts';

/** The published JSON Schema for dataset files, generated from the one zod schema. */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    // A field with a default (an event's sources) may be left out of a file.
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; shape?: Record<string, { _zod: { def: { type: string } } }> };
      if (def.type !== 'object' || !def.shape || !jsonSchema.required) return;
      jsonSchema.required = jsonSchema.required.filter((k) => def.shape![k]?._zod.def.type !== 'default');
    },
  });
  const out = {
    ...schema,
    $id: 'https://correspondence-timeline.example/schema/v1.json',
    title: 'Correspondence timeline dataset, version 1',
    description:
      'A dataset of letters, statements and posts between institutions. Generated from src/shared/dataset/schema.ts by `npm run schema`; cross-record rules (unique ids, known actors, replies and their cycles, dateEnd after date, time zones) and the https rule for source and media URLs with its message are checked by `npm run validate`.',
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
