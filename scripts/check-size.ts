// Fails when the JS and CSS that dist/index.html loads up front exceed the budget (gzip -9).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 140;
const html = readFileSync('dist/index.html', 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="\.?\/?([^"]+)"/g)].map((m) => `dist/${m[1]}`);
if (files.length === 0) {
  console.error('size: no script or stylesheet found in dist/index.html (run npm run build first)');
  process.exit(1);
}
let total = 0;
for (const f of files) {
  const gz = gzipSync(readFileSync(f), { level: 9 }).length;
  total += gz;
  console.log(`${f}: ${(gz / 1000).toFixed(1)} KB gzip`);
}
const kb = total / 1000;
console.log(`initial JS+CSS: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`size: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
