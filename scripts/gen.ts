// Writes a seeded synthetic dataset: `npm run gen -- --events 10000 --actors 5 [--seed 42] [--out file.json]`.
import { writeFileSync } from 'node:fs';
import { generateDataset } from '../src/shared/gen/generateDataset.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const events = Number(opt('events') ?? 1000);
const actors = Number(opt('actors') ?? 5);
const seed = Number(opt('seed') ?? 42);
if (!Number.isInteger(events) || events < 1 || events > 200_000 || !Number.isInteger(actors) || actors < 1) {
  console.error('usage: npm run gen -- --events N (1..200000) --actors K [--seed S] [--out FILE]');
  process.exit(2);
}
const text = JSON.stringify(generateDataset({ events, actors, seed }));
const out = opt('out');
if (out) {
  writeFileSync(out, text);
  console.error(`wrote ${out}: ${events} events, ${actors} actors, ${(text.length / 1e6).toFixed(1)} MB`);
} else process.stdout.write(text);
