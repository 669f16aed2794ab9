// Writes data/schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from './buildJsonSchema.ts';

writeFileSync(new URL('../data/schema.json', import.meta.url), buildJsonSchema());
console.log('wrote data/schema.json');
