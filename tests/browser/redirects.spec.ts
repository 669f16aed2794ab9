import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DATA_ORIGINS } from './env.ts';

/*
 * ?data= is checked before loading (an https address, or a path on this site; with
 * VITE_DATA_ORIGINS, only the listed origins). A server can answer with a redirect: the address
 * the data really comes from must pass the same policy, and the label must name it. The test
 * server sends the app's security headers at / and /allowlist/ (there the worker's own CSP refuses
 * first) and none at /no-headers/ and /allowlist/no-headers/ (there the app's check refuses).
 */

test.use({ ignoreHTTPSErrors: true });

const minimal = JSON.parse(readFileSync('tests/fixtures/valid-minimal.json', 'utf8')) as { title: string };
const FILE = '/fixtures/valid-minimal.json';
const host = (origin: string) => new URL(origin).host;

/** A same-origin path (or one on `via`) that answers 302 to `target`. */
const redirectTo = (target: string, via = '') => `${via}/__redirect?to=${encodeURIComponent(target)}`;

const open = (page: Page, app: string, data: string) => page.goto(`${app}?data=${encodeURIComponent(data)}`);

const BY_POLICY_HEADER =
  "The dataset's address, or an address it redirected to, was refused: this site's Content-Security-Policy does not allow loading data from there.";
const REDIRECT_FAILED = 'The address redirected to one that cannot be loaded: a data:, javascript: or other address that is not a web one is refused.';
const byApp = (target: string, reason: string) => `The address redirected to "${target}", which was refused: ${reason}.`;

async function expectRefused(page: Page, message: string) {
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.getByRole('heading', { level: 1, name: minimal.title })).toHaveCount(0);
}

async function expectLoadedFrom(page: Page, label: string) {
  await expect(page.getByRole('heading', { level: 1, name: minimal.title })).toBeVisible();
  await expect(page.getByText(/^Data from /)).toHaveText(label);
}

for (const [served, app, headers] of [
  ['with its security headers', '/', true],
  ['by a host that sends no headers', '/no-headers/', false],
] as const) {
  test.describe(`served ${served}`, () => {
    test('a same-origin path that redirects to an http address on another origin is refused', async ({ page }) => {
      const target = `${DATA_ORIGINS.http}${FILE}`;
      await open(page, app, redirectTo(target));
      await expectRefused(page, headers ? BY_POLICY_HEADER : byApp(target, 'only https addresses or paths on this site can be loaded'));
    });

    test('a same-origin path that redirects to a data: or javascript: address says the redirect was refused, not that the server could not be reached', async ({ page }) => {
      // Before: "The server could not be reached." for data:. A redirect to javascript: is refused by the page's
      // Content-Security-Policy where it is sent, which the browser reports with the first address only: said as such.
      await open(page, app, redirectTo('data:application/json,{}'));
      await expectRefused(page, REDIRECT_FAILED);
      await expect(page.getByRole('alert')).not.toContainText('could not be reached');
      await open(page, app, redirectTo('javascript:alert(1)'));
      await expectRefused(page, headers ? BY_POLICY_HEADER : REDIRECT_FAILED);
    });

    test('data from a same-origin redirect to another path is labelled with that path', async ({ page }) => {
      await open(page, app, redirectTo(FILE));
      await expectLoadedFrom(page, `Data from ${FILE}`);
    });

    test('data from a same-origin path that redirects to another https origin is labelled with that origin', async ({ page }) => {
      await open(page, app, redirectTo(`${DATA_ORIGINS.otherHttps}${FILE}`));
      await expectLoadedFrom(page, `Data from ${host(DATA_ORIGINS.otherHttps)}`);
    });
  });
}

for (const [served, app, headers] of [
  ['with its security headers', '/allowlist/', true],
  ['by a host that sends no headers', '/allowlist/no-headers/', false],
] as const) {
  test.describe(`a build that loads data only from ${DATA_ORIGINS.https}, served ${served}`, () => {
    const reason = `this site only loads data from ${DATA_ORIGINS.https}`;

    test('loads the allowed origin, and refuses it when it redirects to another origin', async ({ page }) => {
      await open(page, app, `${DATA_ORIGINS.https}${FILE}`);
      await expectLoadedFrom(page, `Data from ${host(DATA_ORIGINS.https)}`);
      const target = `${DATA_ORIGINS.otherHttps}${FILE}`;
      await open(page, app, redirectTo(target, DATA_ORIGINS.https));
      await expectRefused(page, headers ? BY_POLICY_HEADER : byApp(target, reason));
    });

    test('refuses a same-origin path that redirects to an origin not on the list', async ({ page }) => {
      const target = `${DATA_ORIGINS.otherHttps}${FILE}`;
      await open(page, app, redirectTo(target));
      await expectRefused(page, headers ? BY_POLICY_HEADER : byApp(target, reason));
    });
  });
}
