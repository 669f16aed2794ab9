import * as z from 'zod/mini';
import { datasetSchema } from '../src/shared/dataset/schema.ts';

/** The published JSON Schema for dataset files, generated from the one zod schema. */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const out = {
    ...schema,
    $id: 'https://correspondence-timeline.example/schema/v1.json',
    title: 'Correspondence timeline dataset, version 1',
    description:
      'A dataset of letters, statements and posts between institutions. Generated from src/shared/dataset/schema.ts by `npm run schema`; cross-record rules (unique ids, known actors, replies, dateEnd after date, https source URLs) are checked by `npm run validate`.',
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
