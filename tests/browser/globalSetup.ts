import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { startStaticServer } from './staticServer.ts';
import { BROWSER_TEST_PORT } from './env.ts';
import { generateHostileFixtures } from '../fixtures/hostile/generate.ts';
import { generateDataset } from '../../src/shared/gen/generateDataset.ts';

/** Large fixtures are made here rather than committed: the hostile catalogue's and archives of 1,000 and 100,000 events. */
async function generateFixtures() {
  await generateHostileFixtures();
  mkdirSync('tests/fixtures/generated', { recursive: true });
  for (const events of [1_000, 100_000]) {
    const file = `tests/fixtures/generated/gen-${events}.json`;
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateDataset({ events, actors: 5, seed: 42 })));
  }
}

/** Serves the built app for the browser tests; the returned function stops the server. */
export default async function globalSetup() {
  await generateFixtures();
  const server = await startStaticServer(process.cwd(), BROWSER_TEST_PORT);
  return async () => {
    await server.close();
  };
}
