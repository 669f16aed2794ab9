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
  use: {
    baseURL: `http://127.0.0.1:${BROWSER_TEST_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
