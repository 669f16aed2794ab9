import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from './fixtures.ts';
import { BROWSER_TEST_PORT } from './env.ts';

/*
 * README's quick start runs the app with `npm run dev`: the dev server serves modules, not the
 * built page's classic scripts, so every script loaded on demand has a path of its own there.
 * Every other browser test runs the build; this one runs the dev server.
 */

let server: ViteDevServer;
let origin = '';

test.beforeAll(async () => {
  server = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: BROWSER_TEST_PORT + 9, strictPort: true } });
  await server.listen();
  origin = `http://127.0.0.1:${BROWSER_TEST_PORT + 9}`;
});

test.afterAll(async () => {
  await server?.close();
});

test('the dev server shows the bundled dataset, and a spreadsheet by address', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Roscosmos and the ISS partners, February–July 2022' })).toBeVisible({ timeout: 45_000 });
  // The template: one example row, read by the page's pipeline (a script of its own in the build).
  await page.goto(`${origin}/?data=/template.csv`);
  await expect(page.getByRole('heading', { level: 1, name: 'My timeline' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(/^Data from \/template\.csv/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
