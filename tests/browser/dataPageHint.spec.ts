import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, refuseOtherSites } from './helpers.ts';

/*
 * A TimelineJS author gives the address of their timeline as they know it: the Google Sheet they
 * edit, the page Publish to web shows, or their TimelineJS embed. The app cannot read a web page;
 * it says what to do instead or links to the app reading the data the page names. The hosts are
 * routed: the sandbox has no network, and the pages themselves are refused as a browser refuses
 * them (no CORS).
 */

const KEY = '2PACX-1vTestKey_abc-123';
const sheetCsv = readFileSync('tests/fixtures/timelinejs/space-race.csv', 'utf8');
const timelineJson = readFileSync('tests/fixtures/timelinejs/space-race.json', 'utf8');

test('a published Google Sheets page links to the app reading its CSV, which loads the timeline', async ({ page }) => {
  const asked: string[] = [];
  await page.route('https://docs.google.com/**', (route) => {
    asked.push(route.request().url());
    return route.request().url().endsWith('output=csv')
      ? route.fulfill({ status: 200, contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' }, body: sheetCsv })
      : refuseOtherSites(route);
  });
  await page.goto(`/?data=${encodeURIComponent(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=7&single=true`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This is a published Google Sheets page, not its data; the same sheet can be read as CSV.', { timeout: 12_000 });
  await expectNoAxeViolations(page);
  const link = alert.getByRole('link', { name: 'Load the published sheet as CSV' });
  // The way forward comes first: a keyboard reaches it before Retry.
  await expect(alert.getByRole('link').or(alert.getByRole('button')).first()).toHaveText('Load the published sheet as CSV');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible({ timeout: 12_000 });
  expect(new URL(page.url()).searchParams.get('data')).toBe(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=7&single=true&output=csv`);
  expect(asked.at(-1)).toBe(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=7&single=true&output=csv`);
});

test('the address of a Google Sheet being edited says how to publish it as CSV, in Russian too', async ({ page }) => {
  await page.route('https://docs.google.com/**', refuseOtherSites);
  await page.goto(`/?data=${encodeURIComponent('https://docs.google.com/spreadsheets/d/1AbCdEf/edit#gid=0')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('in Google Sheets, choose File › Share › Publish to web and "Comma-separated values (.csv)"', { timeout: 12_000 });
  await expect(alert.getByRole('link', { name: 'Load the published sheet as CSV' })).toHaveCount(0);
  await page.goto(`/?lang=ru&data=${encodeURIComponent('https://docs.google.com/spreadsheets/d/1AbCdEf/edit')}`);
  await expect(page.getByRole('alert')).toContainText('«Файл › Поделиться › Опубликовать в интернете»', { timeout: 12_000 });
});

test("a TimelineJS embed's address links to the app reading the file it shows", async ({ page }) => {
  await page.route('https://cdn.knightlab.com/**', refuseOtherSites);
  await page.route('https://news.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: timelineJson }));
  const embed = `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${encodeURIComponent('https://news.example.org/space-race.json')}&font=Default&lang=en&height=650`;
  await page.goto(`/?data=${encodeURIComponent(embed)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This is a TimelineJS page, not its data; the file it shows can be read here.', { timeout: 12_000 });
  await alert.getByRole('link', { name: 'Load the file it shows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible({ timeout: 12_000 });
  expect(new URL(page.url()).searchParams.get('data')).toBe('https://news.example.org/space-race.json');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("a Google Sheet's CSV address that fails (the sheet not published, or no longer) says to publish it and Retry, in Russian too", async ({ page }) => {
  // Before, only 'the server at docs.google.com does not allow other sites to load it (CORS), or cannot be reached.'
  // Google answers an unpublished sheet's CSV with its sign-in page, without CORS: as refused here.
  await page.route('https://docs.google.com/**', refuseOtherSites);
  const csv = `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=0&single=true&output=csv`;
  await page.goto(`/?data=${encodeURIComponent(csv)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'A Google Sheet\'s CSV loads here when the sheet is published to the web: in Google Sheets, check File › Share › Publish to web ("Comma-separated values (.csv)", publishing started), then Retry.',
    { timeout: 12_000 },
  );
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/?lang=ru&data=${encodeURIComponent(csv)}`);
  await expect(page.getByRole('alert')).toContainText('CSV Google Таблицы загружается здесь, когда таблица опубликована в интернете', { timeout: 12_000 });
});

/*
 * In an embed, the reader's click on "Load the published sheet as CSV" loads it in the frame in
 * place, as every other change of an embed's address is made: before, the frame loaded a new page,
 * which added an entry to the host page's Back button.
 */
test('in an embed, "Load the published sheet as CSV" adds nothing to the host page\'s Back button', async ({ page }) => {
  await page.route('https://docs.google.com/**', (route) =>
    route.request().url().endsWith('output=csv')
      ? route.fulfill({ status: 200, contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' }, body: sheetCsv })
      : refuseOtherSites(route),
  );
  const src = `/?embed=1&data=${encodeURIComponent(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`)}`;
  await page.route('**/fixtures/hosts/sheet-host.html', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body><iframe id="embed" title="Timeline" src="${src}" width="640" height="480"></iframe></body></html>`,
    }),
  );
  await page.goto('/fixtures/hosts/sheet-host.html');
  const frame = page.frameLocator('#embed');
  const link = frame.getByRole('alert').getByRole('link', { name: 'Load the published sheet as CSV' });
  await expect(link).toBeVisible({ timeout: 12_000 });
  // A new tab still opens the app reading the CSV.
  await expect(link).toHaveAttribute('href', /output%3Dcsv/);
  const before = await page.evaluate(() => history.length);
  await link.click();
  await expect(frame.getByRole('heading', { level: 1, name: 'The space race' })).toBeVisible({ timeout: 12_000 });
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(new URL(page.frames()[1]!.url()).searchParams.get('data')).toBe(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`);
});
