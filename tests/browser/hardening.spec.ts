import { createServer, type AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DATA_ORIGINS } from './env.ts';
import { bundled, expectNoAxeViolations, refuseOtherSites } from './helpers.ts';

test('a dataset from another origin without CORS headers ends in its own message', async ({ page }) => {
  // The browser refuses a cross-origin response without CORS headers as a network error (a TypeError
  // for fetch); Playwright's fulfilled responses skip that check, so the refusal is simulated as one.
  await page.route('https://data.example.org/**', refuseOtherSites);
  await page.goto('/?data=https://data.example.org/letters.json');
  await expect(page.getByRole('alert')).toContainText('does not allow other sites to load it (CORS)', { timeout: 12_000 });
  await expect(page.getByRole('alert')).toContainText('Data from data.example.org');
  await expect(page.getByRole('alert')).toContainText('or download it and open it here with "Open a file".');
});

test.describe('with the test-only certificate accepted', () => {
  test.use({ ignoreHTTPSErrors: true });

  test('an https address whose server cannot be reached says so, not that it refuses other sites; a real server without CORS headers still says that', async ({ page }) => {
    // Before, both said "does not allow other sites to load it (CORS), or cannot be reached", with advice on where to put the file.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const closedPort = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    // A closed port, and a host that does not resolve (the browser here resolves no name but 127.0.0.1).
    for (const [data, host] of [[`https://127.0.0.1:${closedPort}/letters.json`, `127.0.0.1:${closedPort}`], ['https://no-such-host.invalid/letters.json', 'no-such-host.invalid']] as const) {
      await page.goto(`/?data=${encodeURIComponent(data)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The server could not be reached.', { timeout: 12_000 });
      await expect(alert).toContainText(`Data from ${host}`);
      await expect(alert).not.toContainText(/CORS|redirect/);
    }
    await page.goto(`/?data=${encodeURIComponent(`${DATA_ORIGINS.https}/no-cors/fixtures/valid-minimal.json`)}`);
    await expect(page.getByRole('alert')).toContainText('does not allow other sites to load it (CORS)', { timeout: 12_000 });
  });
});

test('a dataset from another origin that allows it is labelled with its host', async ({ page }) => {
  const body = JSON.stringify({ version: 1, title: 'Remote letters', actors: [{ id: 'a', name: 'A' }], events: [{ id: 'x', date: '2022-01-02', kind: 'letter', from: 'a', to: [], title: 'Remote', summary: 's', sources: [{ title: 't', publisher: 'p' }] }] });
  await page.route('https://data.example.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body }),
  );
  await page.goto('/?data=https://data.example.org/letters.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Remote letters' })).toBeVisible();
  await expect(page.getByText('Data from data.example.org')).toBeVisible();
});

test('offline ends in its own message, and Retry works when the network is back', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: bundled.title })).toBeVisible();
  await context.setOffline(true);
  await page.evaluate(() => {
    history.pushState(null, '', '?data=/fixtures/valid-minimal.json');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('alert')).toContainText('You appear to be offline.', { timeout: 12_000 });
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'http://example.org/x.json', ' JaVaScRiPt:alert(1)']) {
  test(`?data=${bad} is refused with a message`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/?data=${encodeURIComponent(bad)}`);
    await expect(page.getByRole('alert')).toContainText('was refused: only https addresses or paths on this site can be loaded');
    await expect(page.getByRole('link', { name: 'Open the bundled dataset' })).toBeVisible();
    expect(dialogs).toBe(0);
  });
}

test('1,000 random postMessages change nothing and raise no error', async ({ page }) => {
  await page.goto('/?embed=1');
  await expect(page.locator('.event-mark').first()).toBeVisible();
  const before = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const values: unknown[] = [null, undefined, 0, -1, NaN, Infinity, '', 'x', true, [], {}, '<img src=x onerror=alert(1)>', 'nelson-reply-letter', '__proto__'];
    const types = ['correspondence-timeline:select', 'correspondence-timeline:resize', 'select', '', 'CORRESPONDENCE-TIMELINE:SELECT'];
    for (let i = 0; i < 1000; i++) {
      const shape = Math.floor(rnd() * 6);
      let msg: unknown;
      if (shape === 0) msg = pick(values);
      else if (shape === 1) msg = { type: pick(types) };
      else if (shape === 2) msg = { type: pick(types), eventId: pick(values), extra: pick(values) };
      else if (shape === 3) msg = { type: 'correspondence-timeline:select', eventId: pick(values.filter((v) => v !== 'nelson-reply-letter')) };
      else if (shape === 4) msg = JSON.stringify({ type: 'correspondence-timeline:select', eventId: 'nelson-reply-letter' });
      else msg = [pick(types), pick(values)];
      // Sent by the page itself (not the parent): even a well-formed message must be ignored.
      window.postMessage(shape === 5 ? { type: 'correspondence-timeline:select', eventId: 'nelson-reply-letter' } : msg, '*');
    }
  });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => location.href)).toBe(before);
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

const states: [string, string, () => RegExp | string][] = [
  ['ready', '/', () => /events? in \d+ lanes?/],
  ['panel open', '/?event=rogozin-posts-replies', () => 'panel'],
  ['list', '/?view=list', () => 'table'],
  ['empty', '/?q=zzzz-nothing', () => 'No events match these filters.'],
  ['partial', '/?data=/fixtures/partial-example.json&view=list', () => 'table'],
  ['error', '/?data=/__fault/404', () => 'alert'],
  ['embed', '/?embed=1', () => /events? in \d+ lanes?/],
];

for (const [name, url] of states) {
  test(`axe finds no violation in the ${name} state under forced colours and reduced motion`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (name === 'panel open') await expect(page.getByRole('complementary')).toBeVisible();
    if (name === 'error') await expect(page.getByRole('alert')).toBeVisible();
    if (name === 'empty') await expect(page.getByText('No events match these filters.')).toBeVisible();
    if (name === 'list' || name === 'partial') await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('under forced colours a pressed filter chip and the pressed view switch look pressed (not only bolder); the normal look is unchanged', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?agency=esa&kind=letter');
  const filters = page.getByRole('region', { name: 'Filters' });
  /** What tells a button's state apart, but its font weight. */
  const look = (button: ReturnType<Page['getByRole']>) =>
    button.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, border: `${s.borderTopWidth} ${s.borderTopColor}`, shadow: s.boxShadow };
    });
  const pairs = [
    [filters.getByRole('button', { name: /^ESA, / }), filters.getByRole('button', { name: /^NASA, / })],
    [filters.getByRole('button', { name: /^Letter, / }), filters.getByRole('button', { name: /^Statement, / })],
    [page.getByRole('button', { name: 'Timeline', exact: true }), page.getByRole('button', { name: 'List', exact: true })],
  ] as const;
  for (const [pressed, unpressed] of pairs) {
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await expect(unpressed).toHaveAttribute('aria-pressed', 'false');
    const [a, b] = [await look(pressed), await look(unpressed)];
    expect(a.background, 'background').not.toBe(b.background);
    expect(a.shadow, 'edge').not.toBe(b.shadow);
  }
  await expectNoAxeViolations(page);
  // Without forced colours, the pressed look is the theme's, as before.
  await page.emulateMedia({ forcedColors: 'none' });
  const normal = await look(pairs[0][0]);
  expect(normal.background).toBe('rgb(227, 238, 251)');
  expect(normal.shadow).toBe('rgb(11, 92, 173) 0px 0px 0px 1px inset');
});

test('the loading state is announced and usable, and axe finds no violation in it', async ({ page }) => {
  await page.goto('/?data=/__fault/slow');
  await expect(page.getByRole('status')).toContainText('Loading the dataset');
  await expectNoAxeViolations(page);
});

test('the focused event is never hidden behind the bottom sheet on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?event=journal-asks-authenticity');
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/?event=journal-asks-authenticity');
  await page.getByRole('button', { name: 'Close details' }).click();
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-event-id', 'journal-asks-authenticity');
  await page.getByRole('button', { name: 'Close details' }).count();
  // Open it again with the keyboard: focus moves into the panel; the mark stays above the sheet.
  await page.keyboard.press('Enter');
  const sheet = (await page.getByRole('complementary').boundingBox())!;
  await page.keyboard.press('Escape');
  const mark = (await page.locator('[data-event-id="journal-asks-authenticity"]').boundingBox())!;
  expect(mark.y + mark.height).toBeLessThanOrEqual(640);
  expect(sheet.y).toBeGreaterThan(0);
});
