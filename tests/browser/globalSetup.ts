import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOWLIST_DIST, startDataOrigin, startStaticServer } from './staticServer.ts';
import { BROWSER_TEST_PORT, DATA_ORIGINS } from './env.ts';
import { generateHostileFixtures } from '../fixtures/hostile/generate.ts';
import { generateDataset } from '../../src/shared/gen/generateDataset.ts';

/** Large fixtures are made here rather than committed: the hostile catalogue's and archives of 1,000, 10,000 and 100,000 events. */
async function generateFixtures() {
  await generateHostileFixtures();
  mkdirSync('tests/fixtures/generated', { recursive: true });
  for (const events of [1_000, 10_000, 100_000]) {
    const file = `tests/fixtures/generated/gen-${events}.json`;
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateDataset({ events, actors: 5, seed: 42 })));
  }
}

/**
 * The app built again with VITE_DATA_ORIGINS set to the test HTTPS origin, for the allowlist tests
 * (about 5 s); skipped while dist/ has not been rebuilt since.
 */
function buildAllowlistApp() {
  const stamp = `${DATA_ORIGINS.https} ${statSync('dist/index.html').mtimeMs}`;
  const stampFile = join(ALLOWLIST_DIST, '.built-from');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  const vite = spawnSync('node_modules/.bin/vite', ['build', '--outDir', ALLOWLIST_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, VITE_DATA_ORIGINS: DATA_ORIGINS.https },
    stdio: 'inherit',
  });
  if (vite.status !== 0) throw new Error('The allowlist build of the app failed.');
  writeFileSync(stampFile, stamp);
}

/** Serves the built app and the other origins for the browser tests; the returned function stops them. */
export default async function globalSetup() {
  await generateFixtures();
  buildAllowlistApp();
  const root = process.cwd();
  const servers = await Promise.all([
    startStaticServer(root, BROWSER_TEST_PORT),
    startDataOrigin(root, BROWSER_TEST_PORT + 1, false),
    startDataOrigin(root, BROWSER_TEST_PORT + 2, true),
    startDataOrigin(root, BROWSER_TEST_PORT + 3, true),
  ]);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
