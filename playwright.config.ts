import { defineConfig } from '@playwright/test';
import { BROWSER_TEST_PORT, CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/env.ts';

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/browser/globalSetup.ts',
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: true,
  projects: [
    { name: 'browser', grepInvert: /@timing/ },
    /*
     * Tests that bound a task's length run after all the others, alone: on a 2-core machine a second
     * worker's browser test stretched a 70 ms export task to 282 ms (exportScale.spec in a CI run).
     * Their bounds are those a reader's otherwise idle browser must meet.
     */
    { name: 'timing', grep: /@timing/, dependencies: ['browser'], workers: 1 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${BROWSER_TEST_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
